package io.obra.implementer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.obra.implementer.ImplementerResult.ImplementerUsage;
import io.obra.implementer.StreamEvent.AssistantText;
import io.obra.implementer.StreamEvent.PermissionDenial;
import io.obra.implementer.StreamEvent.ToolResult;
import io.obra.implementer.StreamEvent.ToolUse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static io.obra.implementer.StreamEvent.textField;

/**
 * The reference for {@link StreamJsonParser}: the parser as it was before it pruned lines, building
 * Jackson's full tree of every line ({@code readTree}) and reading the events from it. Kept verbatim
 * (commit 4167865) so that the equivalence properties compare against what the engine used to do.
 */
final class TreeStreamJsonParser {

    private final ObjectMapper mapper;

    TreeStreamJsonParser() {
        this(new ObjectMapper());
    }

    TreeStreamJsonParser(final ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The events of one line; empty for a blank line. */
    List<StreamEvent> parse(final String line) {
        if (line.isBlank()) {
            return List.of();
        }
        JsonNode node;
        try {
            node = mapper.readTree(line);
        } catch (JsonProcessingException e) {
            return List.of(new StreamEvent.NotJson(line));
        }
        if (node == null || !node.isObject()) {
            return List.of(new StreamEvent.NotJson(line));
        }
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
                events.add(new ToolResult(text(block, "tool_use_id"), block.path("is_error").asBoolean(false),
                        toolResultText(block.get("content"))));
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
}
