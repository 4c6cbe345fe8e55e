package io.obra.implementer;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One event of Claude Code's {@code --output-format stream-json} output, as {@link StreamJsonParser}
 * reads it. A stream line can hold several events (an assistant message with several content blocks).
 */
public sealed interface StreamEvent {

    /** {@code {"type":"system","subtype":"init",…}}: the first line of a run. */
    record Init(String sessionId, String model, List<String> tools, String claudeCodeVersion,
                String permissionMode, String cwd) implements StreamEvent {
        public Init {
            tools = List.copyOf(tools);
        }
    }

    /** A text block of an assistant message. */
    record AssistantText(String messageId, String text) implements StreamEvent {
    }

    /**
     * A tool call of an assistant message.
     *
     * @param input the tool's arguments as the model sent them
     */
    record ToolUse(String messageId, String toolUseId, String name, JsonNode input) implements StreamEvent {

        /** Tools whose {@code file_path} (or {@code notebook_path}) is a file the agent changes. */
        private static final List<String> EDITING_TOOLS = List.of("Write", "Edit", "MultiEdit", "NotebookEdit");

        /** The file this call writes or edits, for the editing tools. */
        public Optional<String> editedFile() {
            if (!EDITING_TOOLS.contains(name)) {
                return Optional.empty();
            }
            return textField(input, "file_path").or(() -> textField(input, "notebook_path"));
        }
    }

    /**
     * The result of a tool call, sent back to the model in a user message. Its content (often a whole
     * file) is made when first asked for, since a run reads it only of a failed call; otherwise it is a
     * value like a record: equal when its three parts are.
     */
    final class ToolResult implements StreamEvent {
        private final String toolUseId;
        private final boolean isError;
        /** What makes the content, until it has been made. */
        private Supplier<String> source;
        private String content;

        public ToolResult(final String toolUseId, final boolean isError, final String content) {
            this.toolUseId = toolUseId;
            this.isError = isError;
            this.content = content;
        }

        /** A tool result whose content {@code source} makes when it is first asked for. */
        ToolResult(final String toolUseId, final boolean isError, final Supplier<String> source) {
            this.toolUseId = toolUseId;
            this.isError = isError;
            this.source = Objects.requireNonNull(source, "source");
        }

        public String toolUseId() {
            return toolUseId;
        }

        public boolean isError() {
            return isError;
        }

        public synchronized String content() {
            if (source != null) {
                content = source.get();
                source = null;
            }
            return content;
        }

        @Override
        public boolean equals(final Object other) {
            return other instanceof ToolResult result && isError == result.isError
                    && Objects.equals(toolUseId, result.toolUseId) && Objects.equals(content(), result.content());
        }

        @Override
        public int hashCode() {
            return Objects.hash(toolUseId, isError, content());
        }

        @Override
        public String toString() {
            return "ToolResult[toolUseId=" + toolUseId + ", isError=" + isError + ", content=" + content() + "]";
        }
    }

    /** {@code {"type":"system","subtype":"api_retry",…}}: the CLI retries an API request. */
    record ApiRetry(int attempt, int maxRetries, Optional<Integer> errorStatus, String error, long retryDelayMs)
            implements StreamEvent {
    }

    /** The last line of a run: what the CLI reports about the whole run. */
    record Result(String subtype, boolean isError, Optional<Integer> apiErrorStatus, int numTurns, String result,
                  String sessionId, Optional<Double> totalCostUsd, long durationMs,
                  ImplementerResult.ImplementerUsage usage,
                  List<PermissionDenial> permissionDenials, String terminalReason, List<String> errors)
            implements StreamEvent {
        public Result {
            Objects.requireNonNull(apiErrorStatus, "apiErrorStatus");
            Objects.requireNonNull(totalCostUsd, "totalCostUsd");
            permissionDenials = List.copyOf(permissionDenials);
            errors = List.copyOf(errors);
        }
    }

    /** A tool use the CLI refused because the permission mode did not allow it. */
    record PermissionDenial(String toolName, String toolUseId, JsonNode toolInput) {
    }

    /** A well-formed line of a type this parser does not interpret (hook output, rate-limit notes, …). */
    record Other(String type, String subtype) implements StreamEvent {
    }

    /** A line that is not a JSON object: kept in the raw artifact and reported, never fatal. */
    record NotJson(String line) implements StreamEvent {
    }

    /** A line too long to parse; it is kept whole in the raw artifact. */
    record Oversized(long chars) implements StreamEvent {
    }

    /** The text of a field, when present and not null. */
    static Optional<String> textField(final JsonNode node, final String field) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || value.isNull() || value.isContainerNode()) {
            return Optional.empty();
        }
        return Optional.of(value.asText());
    }
}
