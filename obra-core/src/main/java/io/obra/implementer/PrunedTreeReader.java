package io.obra.implementer;

import com.fasterxml.jackson.core.JsonLocation;
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
import com.fasterxml.jackson.databind.node.POJONode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Reads a JSON document into the tree {@link ObjectMapper#readTree(String)} would build, minus the parts
 * a {@link TreeShape} leaves out or defers. Those are still tokenized, so a malformed or truncated
 * document fails as it would with {@code readTree}, but their strings are never decoded into text nor
 * their nodes built: for Claude Code's stream that skips the file contents a tool result carries, most
 * of a line. A deferred value stands in the tree as a {@link POJONode} holding a {@link DeferredValue},
 * which builds the value from the document when asked. What is kept is read by the mapper's own tree
 * deserializer, so it equals {@code readTree}'s nodes; for a repeated field, the last one wins, as there.
 * <p>
 * That holds for a mapper with the default settings for reading, and a document no longer than the
 * longest string Jackson accepts (it checks the length only of strings it decodes): settings that can
 * fail on a value (long integers only, duplicate fields refused, big decimals) or drop one (null fields)
 * would act on the skipped values too, so otherwise the whole tree is built. Stateless and thread-safe.
 */
final class PrunedTreeReader {

    private final ObjectMapper mapper;
    /** Reads kept values in the middle of a document, so never looks for trailing tokens itself. */
    private final ObjectReader values;
    private final JsonNodeFactory nodes;
    private final boolean failOnTrailingTokens;
    private final boolean prunes;
    private final int maxStringLength;

    PrunedTreeReader(final ObjectMapper mapper) {
        this.mapper = mapper;
        this.values = mapper.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        this.nodes = mapper.getNodeFactory();
        this.failOnTrailingTokens = mapper.isEnabled(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        this.prunes = readsTreesByDefault(mapper.getDeserializationConfig());
        this.maxStringLength = mapper.getFactory().streamReadConstraints().getMaxStringLength();
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
        Document document = new Document() {
            @Override
            public JsonParser parserAt(final long offset) throws IOException {
                return mapper.createParser(json.substring((int) offset));
            }

            @Override
            public long offset(final JsonLocation location) {
                return location.getCharOffset();
            }
        };
        try (JsonParser parser = mapper.createParser(json)) {
            return readObject(parser, document, json.length(), shape);
        }
    }

    /**
     * As {@link #readObject(String, TreeShape)}, for a document given as UTF-8 that starts with
     * {@code '{'} (so Jackson does not take it for UTF-16 or UTF-32). Jackson reads bytes about twice
     * as fast as chars.
     */
    Optional<ObjectNode> readObject(final byte[] utf8, final TreeShape shape) throws IOException {
        Document document = new Document() {
            @Override
            public JsonParser parserAt(final long offset) throws IOException {
                // a value starts with an ASCII character and valid JSON holds no zero byte: read as UTF-8
                return mapper.createParser(utf8, (int) offset, utf8.length - (int) offset);
            }

            @Override
            public long offset(final JsonLocation location) {
                return location.getByteOffset();
            }
        };
        try (JsonParser parser = mapper.createParser(utf8)) {
            return readObject(parser, document, utf8.length, shape);
        }
    }

    private Optional<ObjectNode> readObject(final JsonParser parser, final Document document, final long length,
                                            final TreeShape shape) throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            // readTree would read on, but whatever it found, the root is not an object
            return Optional.empty();
        }
        ObjectNode root = (ObjectNode) read(parser, document,
                prunes && length <= maxStringLength ? shape : TreeShape.WHOLE);
        if (failOnTrailingTokens && parser.nextToken() != null) {
            throw new IOException("trailing tokens after the root object");
        }
        return Optional.of(root);
    }

    /** The value at the parser's current token, pruned to {@code shape}; leaves the parser on its last token. */
    private JsonNode read(final JsonParser parser, final Document document, final TreeShape shape)
            throws IOException {
        JsonToken token = parser.currentToken();
        // Only strings and containers are deferred: a number read again alone would want a space after it.
        if (shape.kind() == TreeShape.Kind.DEFERRED
                && (token == JsonToken.VALUE_STRING || token == JsonToken.START_ARRAY
                || token == JsonToken.START_OBJECT)) {
            long offset = document.offset(parser.currentTokenLocation());
            parser.skipChildren();
            return nodes.pojoNode(new DeferredValue(this, document, offset));
        }
        if (token == JsonToken.VALUE_STRING) {
            // what the tree deserializer makes of a string, without setting up a deserialization for it
            return nodes.textNode(parser.getText());
        }
        if (shape.kind() != TreeShape.Kind.PRUNED || token.isScalarValue()) {
            return values.readTree(parser);
        }
        if (token == JsonToken.START_OBJECT) {
            ObjectNode object = nodes.objectNode();
            for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
                parser.nextToken();
                Optional<TreeShape> field = shape.field(name);
                if (field.isPresent()) {
                    object.set(name, read(parser, document, field.get()));
                } else {
                    parser.skipChildren();
                }
            }
            return object;
        }
        ArrayNode array = nodes.arrayNode();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            if (shape.members().isPresent()) {
                array.add(read(parser, document, shape.members().get()));
            } else {
                parser.skipChildren();
            }
        }
        return array;
    }

    /**
     * {@code node} itself, or the value it stands for when it is a deferred one.
     *
     * @throws UncheckedIOException never in practice: the value was read once already, and reading it
     *                              again cannot fail where skipping it did not
     */
    static JsonNode undeferred(final JsonNode node) {
        if (node instanceof POJONode pojo && pojo.getPojo() instanceof DeferredValue deferred) {
            return deferred.read();
        }
        return node;
    }

    /** Where a document's values start, and how to read it again from there. */
    private interface Document {
        JsonParser parserAt(long offset) throws IOException;

        long offset(JsonLocation location);
    }

    /** A value left unread in its document, built when {@link #read()} is called. */
    static final class DeferredValue {
        private final PrunedTreeReader reader;
        private final Document document;
        private final long offset;

        private DeferredValue(final PrunedTreeReader reader, final Document document, final long offset) {
            this.reader = reader;
            this.document = document;
            this.offset = offset;
        }

        /** The value, as {@code readTree} builds it. */
        JsonNode read() {
            try (JsonParser parser = document.parserAt(offset)) {
                return reader.values.readTree(parser);
            } catch (IOException e) {
                throw new UncheckedIOException("a JSON value could not be read again from its line", e);
            }
        }

        @Override
        public String toString() {
            return "DeferredValue[at " + offset + "]";
        }
    }
}
