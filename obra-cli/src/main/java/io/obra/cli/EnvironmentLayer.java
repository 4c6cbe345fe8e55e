package io.obra.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.obra.config.ConfigSource;
import io.obra.privacy.Secret;

import java.util.ArrayList;
import java.util.Collections;
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
    static Layer layer(final CliEnvironment env, final Optional<ConfigSource> file, final Map<String, Object> flags) {
        Map<String, Object> root = new LinkedHashMap<>();
        List<String> warnings = new ArrayList<>();
        boolean fileTrusted = file.map(ConfigSource::trusted).orElse(true);
        JsonNode fileTree = file.map(ConfigSource::tree).orElse(null);
        for (String block : BLOCKS) {
            Optional<String> provider = provider(block, fileTree, flags);
            if (provider.isEmpty()) {
                continue;
            }
            Map<String, Object> values = new LinkedHashMap<>();
            Optional<String> trustedUrl = env.get(baseUrlVariable(provider.get()));
            FlagLayer.put(values, "base_url", trustedUrl.orElse(null));
            JsonNode fileBlock = fileTree == null ? null : fileTree.path("orchestrator").path(block);
            boolean fileNamesKey = fileBlock != null && !fileBlock.path("api_key").isMissingNode()
                    && provider.equals(provider(block, fileTree, Map.of()));
            Optional<Secret> key = EnvironmentSecrets.variable(env, EnvironmentSecrets.keyVariable(provider.get()));
            // An untrusted file (a pull request's) must not lead the environment's key to an endpoint of its
            // choosing; an endpoint from the environment or a flag is the user's own.
            boolean fileBlockApplies = fileBlock != null && provider.equals(provider(block, fileTree, Map.of()));
            Optional<String> untrustedUrl = !fileBlockApplies || fileTrusted || trustedUrl.isPresent()
                    || (block.equals("llm") && flagSetsUrl(flags)) ? Optional.empty()
                    : Optional.of(fileBlock.path("base_url")).filter(JsonNode::isTextual).map(JsonNode::asText);
            if (key.isPresent() && untrustedUrl.isPresent()) {
                warnings.add("the key from " + key.get().source() + " is not sent to " + untrustedUrl.get()
                        + ", which the untrusted " + file.map(ConfigSource::name).orElse("") + " names for orchestrator."
                        + block + "; set " + baseUrlVariable(provider.get()) + " (or --orchestrator-url) to use "
                        + "that endpoint with the key");
            } else if (!fileNamesKey) {
                FlagLayer.put(values, "api_key", key.orElse(null));
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
        return new Layer(root, warnings);
    }

    /** The layer's tree in {@code .obra.yml} spelling, and what the user should know about it. */
    record Layer(Map<String, Object> tree, List<String> warnings) {
        Layer {
            tree = Collections.unmodifiableMap(new LinkedHashMap<>(tree));
            warnings = List.copyOf(warnings);
        }
    }

    private static boolean flagSetsUrl(final Map<String, Object> flags) {
        return flags.get("orchestrator") instanceof Map<?, ?> orchestrator
                && orchestrator.get("llm") instanceof Map<?, ?> llm && llm.get("base_url") != null;
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
