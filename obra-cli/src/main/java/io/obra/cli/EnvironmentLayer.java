package io.obra.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.obra.config.ConfigSource;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The configuration layer the CLI takes from environment variables, between {@code .obra.yml} and the
 * flags: endpoint overrides ({@code OBRA_OPENAI_BASE_URL}, {@code OBRA_OLLAMA_BASE_URL}, generally
 * {@code OBRA_<PROVIDER>_BASE_URL}), provider keys ({@code OPENAI_API_KEY}, {@code OLLAMA_API_KEY}) where
 * the file names none, the claude binary ({@code OBRA_CLAUDE}) and Claude Code's endpoint
 * ({@code ANTHROPIC_BASE_URL}, handed to the CLI's environment explicitly so that loopback gateways also
 * get their {@code NO_PROXY}).
 */
final class EnvironmentLayer {

    static final String NAME = "environment";
    static final String OBRA_CLAUDE = "OBRA_CLAUDE";
    static final String ANTHROPIC_BASE_URL = "ANTHROPIC_BASE_URL";
    static final String DEFAULT_PROVIDER = "openai";

    private static final List<String> BLOCKS = List.of("llm", "fallback", "shadow");

    private EnvironmentLayer() {
    }

    /**
     * @param file  the configuration file's layer, if any
     * @param flags the flags' layer (only {@code orchestrator.llm} can be set by a flag)
     */
    static Map<String, Object> tree(final CliEnvironment env, final Optional<ConfigSource> file,
                                    final Map<String, Object> flags) {
        Map<String, Object> root = new LinkedHashMap<>();
        JsonNode fileTree = file.map(ConfigSource::tree).orElse(null);
        for (String block : BLOCKS) {
            Optional<String> provider = provider(block, fileTree, flags);
            if (provider.isEmpty()) {
                continue;
            }
            Map<String, Object> values = new LinkedHashMap<>();
            FlagLayer.put(values, "base_url", env.get(baseUrlVariable(provider.get())).orElse(null));
            JsonNode fileBlock = fileTree == null ? null : fileTree.path("orchestrator").path(block);
            boolean fileNamesKey = fileBlock != null && !fileBlock.path("api_key").isMissingNode()
                    && provider.equals(provider(block, fileTree, Map.of()));
            if (!fileNamesKey) {
                FlagLayer.put(values, "api_key",
                        EnvironmentSecrets.variable(env, EnvironmentSecrets.keyVariable(provider.get())).orElse(null));
            }
            if (!values.isEmpty()) {
                // Named, so that the loader merges this block with the one of the same provider (a block of
                // another provider replaces the lower one whole).
                values.put("provider", provider.get());
                FlagLayer.put(root, "orchestrator." + block, values);
            }
        }
        FlagLayer.put(root, "agent.executable", env.get(OBRA_CLAUDE).orElse(null));
        FlagLayer.put(root, "agent.env." + ANTHROPIC_BASE_URL, env.get(ANTHROPIC_BASE_URL).orElse(null));
        return root;
    }

    /** {@code OBRA_OPENAI_BASE_URL} for {@code openai}, {@code OBRA_OLLAMA_BASE_URL} for {@code ollama}. */
    static String baseUrlVariable(final String provider) {
        return "OBRA_" + provider.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_") + "_BASE_URL";
    }

    /**
     * The provider a block will have: the primary one is the flag's, else the file's, else the default; a
     * fallback or shadow block exists only when the file writes one.
     */
    private static Optional<String> provider(final String block, final JsonNode fileTree,
                                             final Map<String, Object> flags) {
        if (block.equals("llm") && flags.get("orchestrator") instanceof Map<?, ?> orchestrator
                && orchestrator.get("llm") instanceof Map<?, ?> llm && llm.get("provider") instanceof String p) {
            return Optional.of(normalise(p));
        }
        JsonNode node = fileTree == null ? null : fileTree.path("orchestrator").path(block);
        if (node != null && node.path("provider").isTextual() && !node.path("provider").asText().isBlank()) {
            return Optional.of(normalise(node.path("provider").asText()));
        }
        return block.equals("llm") ? Optional.of(DEFAULT_PROVIDER) : Optional.empty();
    }

    private static String normalise(final String provider) {
        return provider.trim().toLowerCase(Locale.ROOT);
    }
}
