package io.obra.orchestrator.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.UncheckedIOException;

/**
 * JSON for the providers. The mapper is private and never reconfigured, so sharing it is safe; callers get
 * trees, text and parsing only.
 */
public final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** A configured option value (string, number, boolean, list, map) as a tree. */
    public static JsonNode tree(final Object value) {
        return MAPPER.valueToTree(value);
    }

    /** Parses a body; throws on anything that is not JSON. */
    public static JsonNode read(final String text) throws JsonProcessingException {
        return MAPPER.readTree(text);
    }

    public static String write(final JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The node's text, or empty for a missing, null or non-scalar node. */
    public static String text(final JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode() || node.isContainerNode() ? "" : node.asText();
    }

    /** The node's number, or 0 when missing or not a number. */
    public static long number(final JsonNode node) {
        return node != null && node.isNumber() ? node.asLong() : 0;
    }
}
