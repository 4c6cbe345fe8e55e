package io.obra.implementer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.obra.implementer.ImplementerResult.ImplementerUsage;
import io.obra.implementer.StreamEvent.AssistantText;
import io.obra.implementer.StreamEvent.PermissionDenial;
import io.obra.implementer.StreamEvent.ToolResult;
import io.obra.implementer.StreamEvent.ToolUse;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.obra.implementer.StreamEvent.textField;

/**
 * Turns one line of Claude Code's stream-json output into events. Reads fields by name with Jackson,
 * so key order and unknown fields do not matter; a line that is not a JSON object becomes
 * {@link StreamEvent.NotJson} instead of an exception. Only the fields read below are built into a
 * tree ({@link #LINE}); the rest of a line, above all the file contents of {@code tool_use_result}, is
 * checked for syntax and skipped, and a tool result's content is read when it is asked for. Stateless
 * and thread-safe.
 */
public final class StreamJsonParser {

    /**
     * A content block of an assistant or user message: the fields {@link #assistant} and {@link #user}
     * read. A tool result's content waits until it is asked for: only a failed one's is shown.
     */
    private static final TreeShape BLOCK = shape(Map.of("content", TreeShape.DEFERRED), "type", "text", "id", "name",
            "input", "tool_use_id", "is_error");
    /** The fields of a line the events are made of; keep in step with the methods that read them. */
    private static final TreeShape LINE = shape(
            Map.of("message", shape(Map.of("content", TreeShape.members(BLOCK)), "id")),
            "type", "subtype",
            // system: init and api_retry
            "session_id", "model", "tools", "claude_code_version", "permissionMode", "cwd", "attempt", "max_retries",
            "error_status", "error", "retry_delay_ms",
            // result
            "usage", "permission_denials", "total_cost_usd", "is_error", "api_error_status", "num_turns", "result",
            "duration_ms", "terminal_reason", "errors");

    /**
     * One mapper for all parsers: its factory keeps the field names it has seen, so a run's first lines
     * do not meet an empty name table (whose misses made the JIT recompile the name lookup, run after
     * run). Thread-safe, never reconfigured.
     */
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final PrunedTreeReader reader;

    public StreamJsonParser() {
        this(MAPPER);
    }

    public StreamJsonParser(final ObjectMapper mapper) {
        this.reader = new PrunedTreeReader(mapper);
    }

    /** The events of one line; empty for a blank line. */
    public List<StreamEvent> parse(final String line) {
        if (line.isBlank()) {
            return List.of();
        }
        Optional<ObjectNode> object;
        try {
            object = reader.readObject(line, LINE);
        } catch (IOException e) {
            return List.of(new StreamEvent.NotJson(line));
        }
        return events(line, object);
    }

    /**
     * The events of one line read from a stream, the same as {@link #parse(String)}'s, given also as
     * the bytes {@code line.getBytes(UTF_8)}; {@code line} must be well-formed UTF-16 (no lone surrogate
     * half, which those bytes would not keep), as text decoded from UTF-8 always is. Parses the bytes,
     * which is faster; a line Jackson rejects there is parsed again as text, so that what is
     * {@link StreamEvent.NotJson} stays exactly what {@link #parse(String)} says (Jackson's byte parser
     * refuses some lines its text parser takes, e.g. an escaped lone surrogate in a field name).
     */
    List<StreamEvent> parseDecoded(final String line, final byte[] utf8) {
        // Jackson sniffs the encoding of bytes: a zero byte among the first ones would read as UTF-16
        if (utf8.length < 2 || utf8[0] != '{' || utf8[1] == 0) {
            return parse(line);
        }
        Optional<ObjectNode> object;
        try {
            object = reader.readObject(utf8, LINE);
        } catch (IOException e) {
            return parse(line);
        }
        return events(line, object);
    }

    private static List<StreamEvent> events(final String line, final Optional<ObjectNode> object) {
        if (object.isEmpty()) {
            return List.of(new StreamEvent.NotJson(line));
        }
        JsonNode node = object.get();
        String type = text(node, "type");
        String subtype = text(node, "subtype");
        return switch (type) {
            case "system" -> List.of(system(node, subtype));
            case "assistant" -> assistant(node);
            case "user" -> user(node);
            case "result" -> List.of(result(node));
            default -> List.of(new StreamEvent.Other(type, subtype));
        };
    }

    private static StreamEvent system(final JsonNode node, final String subtype) {
        return switch (subtype) {
            case "init" -> new StreamEvent.Init(text(node, "session_id"), text(node, "model"),
                    texts(node.get("tools")), text(node, "claude_code_version"), text(node, "permissionMode"),
                    text(node, "cwd"));
            case "api_retry" -> new StreamEvent.ApiRetry(node.path("attempt").asInt(),
                    node.path("max_retries").asInt(), integer(node, "error_status"), text(node, "error"),
                    node.path("retry_delay_ms").asLong());
            default -> new StreamEvent.Other("system", subtype);
        };
    }

    private static List<StreamEvent> assistant(final JsonNode node) {
        JsonNode message = node.path("message");
        String messageId = text(message, "id");
        List<StreamEvent> events = new ArrayList<>();
        for (JsonNode block : message.path("content")) {
            switch (text(block, "type")) {
                case "text" -> events.add(new AssistantText(messageId, text(block, "text")));
                case "tool_use" -> events.add(new ToolUse(messageId, text(block, "id"), text(block, "name"),
                        block.path("input")));
                default -> {
                    // thinking and other blocks carry nothing the run needs
                }
            }
        }
        return events;
    }

    private static List<StreamEvent> user(final JsonNode node) {
        List<StreamEvent> events = new ArrayList<>();
        for (JsonNode block : node.path("message").path("content")) {
            if ("tool_result".equals(text(block, "type"))) {
                JsonNode content = block.get("content");
                events.add(new ToolResult(text(block, "tool_use_id"), block.path("is_error").asBoolean(false),
                        () -> toolResultText(content == null ? null : PrunedTreeReader.undeferred(content))));
            }
        }
        return events;
    }

    /** A tool result's content is a string or a list of blocks (text, images). */
    private static String toolResultText(final JsonNode content) {
        if (content == null || content.isNull()) {
            return "";
        }
        if (!content.isArray()) {
            return content.asText();
        }
        StringBuilder text = new StringBuilder();
        for (JsonNode block : content) {
            textField(block, "text").ifPresent(part -> text.append(text.length() == 0 ? "" : "\n").append(part));
        }
        return text.toString();
    }

    private static StreamEvent result(final JsonNode node) {
        JsonNode usage = node.path("usage");
        List<PermissionDenial> denials = new ArrayList<>();
        for (JsonNode denial : node.path("permission_denials")) {
            denials.add(new PermissionDenial(text(denial, "tool_name"), text(denial, "tool_use_id"),
                    denial.path("tool_input")));
        }
        JsonNode cost = node.get("total_cost_usd");
        return new StreamEvent.Result(text(node, "subtype"), node.path("is_error").asBoolean(false),
                integer(node, "api_error_status"), node.path("num_turns").asInt(), text(node, "result"),
                text(node, "session_id"),
                cost != null && cost.isNumber() ? Optional.of(cost.asDouble()) : Optional.empty(),
                node.path("duration_ms").asLong(),
                new ImplementerUsage(usage.path("input_tokens").asLong(), usage.path("output_tokens").asLong(),
                        usage.path("cache_read_input_tokens").asLong(),
                        usage.path("cache_creation_input_tokens").asLong()),
                denials, text(node, "terminal_reason"), texts(node.get("errors")));
    }

    private static String text(final JsonNode node, final String field) {
        return textField(node, field).orElse("");
    }

    private static Optional<Integer> integer(final JsonNode node, final String field) {
        JsonNode value = node.get(field);
        return value != null && value.canConvertToInt() && value.isNumber()
                ? Optional.of(value.asInt()) : Optional.empty();
    }

    private static List<String> texts(final JsonNode array) {
        List<String> values = new ArrayList<>();
        if (array != null && array.isArray()) {
            array.forEach(value -> values.add(value.asText()));
        }
        return values;
    }

    /** An object shape keeping {@code shaped} and the {@code whole} fields in full. */
    private static TreeShape shape(final Map<String, TreeShape> shaped, final String... whole) {
        Map<String, TreeShape> fields = new HashMap<>(shaped);
        for (String field : whole) {
            fields.put(field, TreeShape.WHOLE);
        }
        return TreeShape.fields(fields);
    }
}
