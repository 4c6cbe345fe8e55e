package io.obra.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Deep-merges configuration layers, lowest first: maps merge key by key, scalars and lists replace, nulls
 * set nothing. One exception: an LLM block ({@code orchestrator.llm}, {@code .fallback}, {@code .shadow})
 * that names a different provider replaces the lower block whole, so that switching from OpenAI to Ollama
 * in step parameters does not inherit the OpenAI key, base URL or API version.
 */
final class TreeMerger {

    private static final List<String> LLM_BLOCKS = List.of("orchestrator.llm", "orchestrator.fallback",
            "orchestrator.shadow");

    private TreeMerger() {
    }

    static ObjectNode merge(final List<JsonNode> layers) {
        ObjectNode merged = JsonNodeFactory.instance.objectNode();
        for (JsonNode layer : layers) {
            if (layer.isObject()) {
                mergeInto(merged, layer, "");
            }
        }
        return merged;
    }

    private static void mergeInto(final ObjectNode target, final JsonNode source, final String path) {
        for (Map.Entry<String, JsonNode> entry : source.properties()) {
            String key = entry.getKey();
            JsonNode incoming = entry.getValue();
            if (incoming.isNull()) {
                continue;
            }
            String childPath = path.isEmpty() ? key : path + "." + key;
            JsonNode existing = target.get(key);
            if (existing != null && existing.isObject() && incoming.isObject()
                    && !switchesProvider(childPath, existing, incoming)) {
                mergeInto((ObjectNode) existing, incoming, childPath);
            } else {
                target.set(key, incoming.deepCopy());
            }
        }
    }

    private static boolean switchesProvider(final String path, final JsonNode lower, final JsonNode higher) {
        if (!LLM_BLOCKS.contains(path) || !lower.path("provider").isTextual() || !higher.path("provider").isTextual()) {
            return false;
        }
        return !normalize(lower.path("provider").asText()).equals(normalize(higher.path("provider").asText()));
    }

    private static String normalize(final String provider) {
        return provider.trim().toLowerCase(Locale.ROOT);
    }
}
