package io.obra.orchestrator.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The JSON mapper of the providers (thread-safe once built, never reconfigured) and small reading helpers. */
public final class Json {

    public static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
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
