package io.obra.config;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/**
 * Keys an untrusted layer may not set. In a pull-request build the repository's {@code .obra.yml} is
 * written by the PR's author: with these keys they could run their own binary with the Claude
 * credential in its environment, redirect that credential ({@code ANTHROPIC_BASE_URL} in
 * {@code agent.env}), load their own settings, MCP servers or hooks, lift the permission mode, grant
 * Claude Code tools that run their code while the credential is in its environment, or plant an API key. The orchestrator's key is guarded separately: it is only attached to the endpoint
 * its credential was configured for.
 */
final class UntrustedKeys {

    static final List<String> AGENT = List.of("executable", "env", "settings_file", "mcp_config", "permission_mode",
            "allowed_tools");

    private UntrustedKeys() {
    }

    /** The problems of an untrusted layer, one per forbidden key it sets. */
    static List<ConfigProblem> check(final ConfigSource source) {
        List<ConfigProblem> problems = new ArrayList<>();
        if (source.trusted()) {
            return problems;
        }
        JsonNode tree = source.tree();
        JsonNode agent = tree.path("agent");
        for (String key : AGENT) {
            if (agent.has(key)) {
                problems.add(refused(source, "agent." + key));
            }
        }
        JsonNode orchestrator = tree.path("orchestrator");
        for (String llm : List.of("llm", "fallback", "shadow")) {
            if (orchestrator.path(llm).has("api_key")) {
                problems.add(refused(source, "orchestrator." + llm + ".api_key"));
            }
        }
        return problems;
    }

    private static ConfigProblem refused(final ConfigSource source, final String path) {
        return ConfigProblem.at(source.name(), path, "not accepted from " + source.name() + " in a pull-request "
                + "build (its author could use it to run their own code with the credentials or redirect them); "
                + "remove it from the file on pull requests, or gate pull requests in review mode (no task), which "
                + "does not run Claude Code");
    }
}
