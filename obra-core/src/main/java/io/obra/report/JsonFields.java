package io.obra.report;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Typed, path-aware access to one JSON object of a stored report, so that a broken file fails with the
 * name of the field ({@code iterations[1].verdict.quality}) instead of a NullPointerException.
 * A JSON {@code null} and a missing field both read as an empty Optional.
 */
final class JsonFields {

    /** Maps one JSON object to a record. */
    @FunctionalInterface
    interface Mapper<T> {
        T map(JsonFields fields) throws ReportFormatException;
    }

    private final JsonNode node;
    private final String path;

    private JsonFields(final JsonNode node, final String path) {
        this.node = node;
        this.path = path;
    }

    static JsonFields root(final JsonNode node) throws ReportFormatException {
        if (node == null || !node.isObject()) {
            throw new ReportFormatException("obra-report.json must hold a JSON object, found "
                    + (node == null ? "nothing" : describe(node)));
        }
        return new JsonFields(node, "");
    }

    JsonFields object(final String name) throws ReportFormatException {
        JsonNode value = required(name);
        if (!value.isObject()) {
            throw wrongType(name, "an object", value);
        }
        return new JsonFields(value, pathOf(name));
    }

    <T> Optional<T> optionalObject(final String name, final Mapper<T> mapper) throws ReportFormatException {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isObject()) {
            throw wrongType(name, "an object or null", value);
        }
        return Optional.of(mapper.map(new JsonFields(value, pathOf(name))));
    }

    String string(final String name) throws ReportFormatException {
        JsonNode value = required(name);
        if (!value.isTextual()) {
            throw wrongType(name, "a string", value);
        }
        return value.textValue();
    }

    Optional<String> optionalString(final String name) throws ReportFormatException {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            throw wrongType(name, "a string or null", value);
        }
        return Optional.of(value.textValue());
    }

    boolean bool(final String name) throws ReportFormatException {
        JsonNode value = required(name);
        if (!value.isBoolean()) {
            throw wrongType(name, "true or false", value);
        }
        return value.booleanValue();
    }

    int integer(final String name) throws ReportFormatException {
        return integerValue(name, required(name));
    }

    Optional<Integer> optionalInteger(final String name) throws ReportFormatException {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        return Optional.of(integerValue(name, value));
    }

    long longInteger(final String name) throws ReportFormatException {
        JsonNode value = required(name);
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw wrongType(name, "an integer", value);
        }
        return value.longValue();
    }

    double number(final String name) throws ReportFormatException {
        return numberValue(name, required(name));
    }

    Optional<Double> optionalNumber(final String name) throws ReportFormatException {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        return Optional.of(numberValue(name, value));
    }

    List<String> strings(final String name) throws ReportFormatException {
        JsonNode array = array(name);
        List<String> result = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            JsonNode element = array.get(i);
            if (!element.isTextual()) {
                throw wrongType(name + "[" + i + "]", "a string", element);
            }
            result.add(element.textValue());
        }
        return result;
    }

    <T> List<T> objects(final String name, final Mapper<T> mapper) throws ReportFormatException {
        JsonNode array = array(name);
        List<T> result = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            JsonNode element = array.get(i);
            String elementName = name + "[" + i + "]";
            if (!element.isObject()) {
                throw wrongType(elementName, "an object", element);
            }
            result.add(mapper.map(new JsonFields(element, pathOf(elementName))));
        }
        return result;
    }

    Map<String, Integer> integerMap(final String name) throws ReportFormatException {
        JsonFields map = object(name);
        Map<String, Integer> result = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : map.node.properties()) {
            result.put(entry.getKey(), map.integerValue(entry.getKey(), entry.getValue()));
        }
        return result;
    }

    private JsonNode array(final String name) throws ReportFormatException {
        JsonNode value = required(name);
        if (!value.isArray()) {
            throw wrongType(name, "an array", value);
        }
        return value;
    }

    private int integerValue(final String name, final JsonNode value) throws ReportFormatException {
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw wrongType(name, "an integer", value);
        }
        return value.intValue();
    }

    private double numberValue(final String name, final JsonNode value) throws ReportFormatException {
        if (!value.isNumber()) {
            throw wrongType(name, "a number", value);
        }
        return value.doubleValue();
    }

    private JsonNode required(final String name) throws ReportFormatException {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            throw new ReportFormatException("obra-report.json: field " + pathOf(name) + " is missing");
        }
        return value;
    }

    private ReportFormatException wrongType(final String name, final String expected, final JsonNode found) {
        return new ReportFormatException("obra-report.json: field " + pathOf(name) + " must be " + expected
                + ", found " + describe(found));
    }

    private String pathOf(final String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static String describe(final JsonNode value) {
        String type = value.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        // Only the type: the value could be long model text.
        return value.isNumber() || value.isBoolean() ? type + " " + value.asText() : type;
    }
}
