package io.obra.implementer;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.util.Optional;

/** Short human descriptions of tool calls, e.g. {@code Edit src/Foo.java} or {@code Bash mvn -q test}. */
final class ToolCalls {

    private ToolCalls() {
    }

    /** {@code name} plus its most telling argument, on one line; paths relative to {@code root}. */
    static String describe(final String name, final JsonNode input, final String root) {
        Optional<String> argument = switch (name) {
            case "Write", "Edit", "MultiEdit", "Read" -> field(input, "file_path").map(p -> relativize(p, root));
            case "NotebookEdit" -> field(input, "notebook_path").or(() -> field(input, "file_path"))
                    .map(p -> relativize(p, root));
            case "Bash" -> field(input, "command");
            case "Glob", "Grep" -> field(input, "pattern");
            case "WebFetch" -> field(input, "url");
            case "WebSearch" -> field(input, "query");
            case "Task", "Agent" -> field(input, "description");
            default -> input == null || input.isMissingNode() || input.isEmpty()
                    ? Optional.empty() : Optional.of(input.toString());
        };
        return argument.map(a -> name + " " + Text.oneLine(a)).orElse(name);
    }

    /** {@code path} relative to {@code root} when it lies inside it, else unchanged. */
    static String relativize(final String path, final String root) {
        try {
            Path file = Path.of(path).normalize();
            Path base = Path.of(root).normalize();
            if (file.isAbsolute() && file.startsWith(base) && !file.equals(base)) {
                return base.relativize(file).toString().replace('\\', '/');
            }
        } catch (RuntimeException e) {
            // not a path this machine understands (another OS's agent): keep it as given
        }
        return path;
    }

    private static Optional<String> field(final JsonNode input, final String name) {
        return StreamEvent.textField(input, name);
    }
}
