package io.obra.validation;

import java.util.Objects;
import java.util.Optional;

/**
 * A problem the orchestrator found.
 *
 * @param file path relative to the workspace, when the finding is about a file
 * @param line 1-based line, when known
 */
public record Finding(Severity severity, Optional<String> file, Optional<Integer> line, String message) {

    public Finding {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(message, "message");
    }

    public static Finding of(final Severity severity, final String message) {
        return new Finding(severity, Optional.empty(), Optional.empty(), message);
    }

    /** {@code file:line}, {@code file}, or empty. */
    public String location() {
        return file.map(f -> line.map(l -> f + ":" + l).orElse(f)).orElse("");
    }
}
