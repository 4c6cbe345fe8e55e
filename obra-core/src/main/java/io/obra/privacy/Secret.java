package io.obra.privacy;

import java.util.Objects;

/**
 * A secret value (API key, token) with a human description of where it came from. Its
 * {@link #toString()} never shows the value, so a secret that slips into a log line, an exception
 * message or a report by accident prints as {@code Secret[env OPENAI_API_KEY]}.
 *
 * @param source where the value came from, e.g. {@code "environment variable OPENAI_API_KEY"} or
 *               {@code "Jenkins credential 'openai-key'"}; shown in error messages instead of the value
 */
public record Secret(String source, String value) {

    public Secret {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(value, "value");
    }

    /** The plain value; call only where it is handed to an HTTP header or a process environment. */
    public String reveal() {
        return value;
    }

    public boolean isBlank() {
        return value.isBlank();
    }

    @Override
    public String toString() {
        return "Secret[" + source + "]";
    }

    @Override
    public String value() {
        return value;
    }
}
