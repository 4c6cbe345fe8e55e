package io.obra.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.obra.privacy.Secret;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One configuration layer: a name for error messages ({@code .obra.yml}, {@code step parameters},
 * {@code global configuration}) and a tree in {@code .obra.yml} key spelling (snake_case). Immutable: the
 * tree is copied in and out.
 *
 * @param name    shown in every problem of this layer
 * @param tree    a map of sections; {@code null} or an empty document means "sets nothing"
 * @param trusted false for a layer whoever changes the code can write (the repository's {@code .obra.yml}
 *                in a pull-request build): it may not set the keys of {@link UntrustedKeys}
 */
public record ConfigSource(String name, JsonNode tree, boolean trusted) {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    public ConfigSource {
        Objects.requireNonNull(name, "name");
        tree = tree == null || tree.isMissingNode() || tree.isNull() ? NODES.objectNode() : tree.deepCopy();
    }

    /** A trusted layer. */
    public ConfigSource(final String name, final JsonNode tree) {
        this(name, tree, true);
    }

    /** This layer, marked as written by someone the build must not trust with credentials. */
    public ConfigSource untrusted() {
        return new ConfigSource(name, tree, false);
    }

    /**
     * Parses YAML text (one document; duplicate keys are refused).
     *
     * @throws ConfigException malformed YAML, with line and column, e.g. {@code .obra.yml line 3, column 5: ...}
     */
    public static ConfigSource yaml(final String name, final String text) throws ConfigException {
        return new ConfigSource(name, YamlParser.parse(name, text == null ? "" : text));
    }

    /**
     * A layer from nested maps, lists and scalars, e.g. {@code Map.of("gate", Map.of("min_quality", 80))}.
     * {@code null} values mean "not set" and are dropped, so unset optional parameters do not override lower
     * layers. A {@link Secret} may stand for an {@code api_key}; enums become their lower-case names and
     * durations milliseconds ({@code "1500ms"}).
     *
     * @throws IllegalArgumentException for any other kind of value, naming its path
     */
    public static ConfigSource of(final String name, final Map<String, ?> tree) {
        return new ConfigSource(name, toNode(tree, ""));
    }

    @Override
    public JsonNode tree() {
        return tree.deepCopy();
    }

    /** The name only: the tree may hold a literal key. */
    @Override
    public String toString() {
        return "ConfigSource[" + name + "]";
    }

    private static JsonNode toNode(final Object value, final String path) {
        if (value instanceof Map<?, ?> map) {
            ObjectNode node = NODES.objectNode();
            map.forEach((key, child) -> {
                if (child != null) {
                    String name = String.valueOf(key);
                    node.set(name, toNode(child, path.isEmpty() ? name : path + "." + name));
                }
            });
            return node;
        }
        if (value instanceof Iterable<?> list) {
            ArrayNode node = NODES.arrayNode();
            int index = 0;
            for (Object child : list) {
                if (child != null) {
                    node.add(toNode(child, path + "[" + index + "]"));
                }
                index++;
            }
            return node;
        }
        return scalar(value, path);
    }

    private static JsonNode scalar(final Object value, final String path) {
        if (value instanceof CharSequence text) {
            return NODES.textNode(text.toString());
        }
        if (value instanceof Boolean bool) {
            return NODES.booleanNode(bool);
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return NODES.numberNode(((Number) value).longValue());
        }
        if (value instanceof Double || value instanceof Float) {
            return NODES.numberNode(((Number) value).doubleValue());
        }
        if (value instanceof BigDecimal decimal) {
            return NODES.numberNode(decimal);
        }
        if (value instanceof BigInteger integer) {
            return NODES.numberNode(integer);
        }
        if (value instanceof Enum<?> constant) {
            return NODES.textNode(constant.name().toLowerCase(Locale.ROOT));
        }
        if (value instanceof Duration duration) {
            return NODES.textNode(duration.toMillis() + "ms");
        }
        if (value instanceof Secret secret) {
            return NODES.pojoNode(secret);
        }
        throw new IllegalArgumentException(path + ": unsupported configuration value of type "
                + value.getClass().getName() + "; use maps, lists, strings, numbers, booleans or a Secret");
    }
}
