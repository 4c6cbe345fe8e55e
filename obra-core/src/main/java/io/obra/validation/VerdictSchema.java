package io.obra.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/**
 * The JSON schema of a verdict, sent as OpenAI {@code response_format: json_schema} (strict) and as
 * Ollama {@code format}. Strict mode wants every property required and no additional properties, so
 * optional values ({@code file}, {@code line}) are nullable instead of absent.
 */
public final class VerdictSchema {

    /** The schema's name in the OpenAI request (a-zA-Z0-9_-). */
    public static final String NAME = "obra_verdict";

    private VerdictSchema() {
    }

    /** The schema for a rubric with the given criterion names (they become an enum). */
    public static JsonNode forCriteria(final List<String> criterionNames) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode criterion = object(f, List.of("name", "score", "rationale"));
        ObjectNode criterionProps = (ObjectNode) criterion.get("properties");
        ObjectNode name = criterionProps.putObject("name").put("type", "string");
        ArrayNode names = name.putArray("enum");
        criterionNames.forEach(names::add);
        criterionProps.putObject("score").put("type", "integer")
                .put("description", "0 (unacceptable) to 100 (flawless)");
        criterionProps.putObject("rationale").put("type", "string");

        ObjectNode finding = object(f, List.of("severity", "file", "line", "message"));
        ObjectNode findingProps = (ObjectNode) finding.get("properties");
        ArrayNode severities = findingProps.putObject("severity").put("type", "string").putArray("enum");
        for (Severity s : Severity.values()) {
            severities.add(s.id());
        }
        findingProps.putObject("file").putArray("type").add("string").add("null");
        findingProps.putObject("line").putArray("type").add("integer").add("null");
        findingProps.putObject("message").put("type", "string");

        ObjectNode root = object(f, List.of("quality", "confidence", "summary", "criteria", "findings"));
        ObjectNode props = (ObjectNode) root.get("properties");
        props.putObject("quality").put("type", "integer").put("description", "overall quality, 0 to 100");
        props.putObject("confidence").put("type", "number")
                .put("description", "how sure you are of this verdict, 0.0 to 1.0");
        props.putObject("summary").put("type", "string");
        props.putObject("criteria").put("type", "array").set("items", criterion);
        props.putObject("findings").put("type", "array").set("items", finding);
        return root;
    }

    private static ObjectNode object(final JsonNodeFactory f, final List<String> required) {
        ObjectNode node = f.objectNode();
        node.put("type", "object");
        node.putObject("properties");
        ArrayNode req = node.putArray("required");
        required.forEach(req::add);
        node.put("additionalProperties", false);
        return node;
    }
}
