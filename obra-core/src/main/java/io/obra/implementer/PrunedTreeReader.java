package io.obra.implementer;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.util.Optional;

/**
 * Reads a JSON document into the tree {@link ObjectMapper#readTree(String)} would build, minus the parts
 * a {@link TreeShape} leaves out. Left-out values are still tokenized, so a malformed or truncated
 * document fails as it would with {@code readTree}, but their strings are never decoded into text nor
 * their nodes built: for Claude Code's stream that skips the file contents every tool result carries
 * a second time ({@code tool_use_result}), most of a line. What is kept is read by the mapper's own tree
 * deserializer, so it equals {@code readTree}'s nodes; for a repeated field, the last one wins, as there.
 * That holds for a mapper with the default settings for reading: settings that can fail on a value
 * (long integers only, duplicate fields refused, big decimals) or drop one (null fields) would act on the
 * skipped values too, so with any such setting changed the whole tree is built. Stateless and thread-safe.
 */
final class PrunedTreeReader {

    private final ObjectMapper mapper;
    /** Reads kept values in the middle of a document, so never looks for trailing tokens itself. */
    private final ObjectReader values;
    private final JsonNodeFactory nodes;
    private final boolean failOnTrailingTokens;
    private final boolean prunes;

    PrunedTreeReader(final ObjectMapper mapper) {
        this.mapper = mapper;
        this.values = mapper.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        this.nodes = mapper.getNodeFactory();
        this.failOnTrailingTokens = mapper.isEnabled(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        this.prunes = readsTreesByDefault(mapper.getDeserializationConfig());
    }

    /** True when every setting that bears on reading a tree is Jackson's default. */
    private static boolean readsTreesByDefault(final DeserializationConfig config) {
        for (DeserializationFeature feature : DeserializationFeature.values()) {
            if (feature != DeserializationFeature.FAIL_ON_TRAILING_TOKENS
                    && config.isEnabled(feature) != feature.enabledByDefault()) {
                return false;
            }
        }
        for (JsonNodeFeature feature : JsonNodeFeature.values()) {
            if (config.isEnabled(feature) != feature.enabledByDefault()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The document's root object, pruned to {@code shape}; empty when the root is not an object.
     *
     * @throws IOException when the text is not JSON (as far as {@code readTree} would read it)
     */
    Optional<ObjectNode> readObject(final String json, final TreeShape shape) throws IOException {
        try (JsonParser parser = mapper.createParser(json)) {
            return readObject(parser, shape);
        }
    }

    /**
     * As {@link #readObject(String, TreeShape)}, for a document given as UTF-8 that starts with
     * {@code '{'} (so Jackson does not take it for UTF-16 or UTF-32). Jackson reads bytes about twice
     * as fast as chars.
     */
    Optional<ObjectNode> readObject(final byte[] utf8, final TreeShape shape) throws IOException {
        try (JsonParser parser = mapper.createParser(utf8)) {
            return readObject(parser, shape);
        }
    }

    private Optional<ObjectNode> readObject(final JsonParser parser, final TreeShape shape) throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            // readTree would read on, but whatever it found, the root is not an object
            return Optional.empty();
        }
        ObjectNode root = (ObjectNode) read(parser, shape);
        if (failOnTrailingTokens && parser.nextToken() != null) {
            throw new IOException("trailing tokens after the root object");
        }
        return Optional.of(root);
    }

    /** The value at the parser's current token, pruned to {@code shape}; leaves the parser on its last token. */
    private JsonNode read(final JsonParser parser, final TreeShape shape) throws IOException {
        JsonToken token = parser.currentToken();
        if (!prunes || shape.whole() || token.isScalarValue()) {
            return values.readTree(parser);
        }
        if (token == JsonToken.START_OBJECT) {
            ObjectNode object = nodes.objectNode();
            for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
                parser.nextToken();
                Optional<TreeShape> field = shape.field(name);
                if (field.isPresent()) {
                    object.set(name, read(parser, field.get()));
                } else {
                    parser.skipChildren();
                }
            }
            return object;
        }
        ArrayNode array = nodes.arrayNode();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            if (shape.members().isPresent()) {
                array.add(read(parser, shape.members().get()));
            } else {
                parser.skipChildren();
            }
        }
        return array;
    }
}
