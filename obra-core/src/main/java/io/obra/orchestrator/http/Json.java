package io.obra.orchestrator.http;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import okhttp3.MediaType;
import okhttp3.RequestBody;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * JSON for the providers. The mapper is private and never reconfigured, so sharing it is safe; callers get
 * trees, request bodies and parsing only.
 */
public final class Json {

    /** What request bodies are sent as; the charset as OkHttp always added it. */
    private static final MediaType MEDIA_TYPE = MediaType.get("application/json; charset=utf-8");

    /** Characters beyond the BMP as UTF-8 bytes, not as escaped surrogate pairs: the bytes a JSON text had. */
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8).build();

    private Json() {
    }

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** A configured option value (string, number, boolean, list, map) as a tree. */
    public static JsonNode tree(final Object value) {
        return MAPPER.valueToTree(value);
    }

    /**
     * Parses a reply's body, from its bytes when it is UTF-8; throws on anything that is not JSON. The result is
     * that of parsing {@link HttpReply#body() the text}: bytes that are not valid UTF-8 are parsed as the text,
     * where the decoder replaced them.
     */
    public static JsonNode read(final HttpReply reply) throws JsonProcessingException {
        if (reply.utf8()) {
            try {
                return MAPPER.readTree(reply.bytes().toByteArray());
            } catch (JsonProcessingException e) {
                // not JSON, or not UTF-8: the text decides, as below
            } catch (IOException e) {
                // Nothing but memory is read from.
                throw new UncheckedIOException(e);
            }
        }
        return MAPPER.readTree(reply.body());
    }

    /**
     * The tree as a request body: serialized once, straight to UTF-8 bytes, which a retry sends again. The
     * bytes are those of the tree's JSON text encoded as UTF-8 ({@link Utf8Strings}).
     */
    public static RequestBody body(final JsonNode tree) {
        JsonBytes bytes = new JsonBytes();
        try (JsonGenerator json = new Utf8Strings(MAPPER.getFactory().createGenerator(bytes, JsonEncoding.UTF8),
                bytes)) {
            MAPPER.writeTree(json, tree);
        } catch (IOException e) {
            // Nothing but memory is written to.
            throw new UncheckedIOException(e);
        }
        return bytes.body(MEDIA_TYPE);
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
