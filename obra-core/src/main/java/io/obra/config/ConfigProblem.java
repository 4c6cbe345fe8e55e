package io.obra.config;

import java.io.Serializable;
import java.util.Objects;

/**
 * One mistake (or warning) in a configuration layer, e.g.
 * {@code .obra.yml: gate.min_quality: expected a number 0–100, got "high"}. Never carries a secret value.
 *
 * @param source   the layer's name, e.g. {@code .obra.yml} or {@code step parameters}
 * @param location {@code line 3, column 5} where the YAML parser knows it, otherwise empty
 * @param path     dotted key path, e.g. {@code gate.min_quality} or {@code privacy.exclude[1]}; empty for the whole layer
 * @param message  what is wrong and, where possible, the fix
 */
public record ConfigProblem(String source, String location, String path, String message) implements Serializable {

    private static final long serialVersionUID = 1L;

    public ConfigProblem {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    /** A problem without a parser location. */
    public static ConfigProblem at(final String source, final String path, final String message) {
        return new ConfigProblem(source, "", path, message);
    }

    /** {@code source[ location]: [path: ]message}, the line users see. */
    @Override
    public String toString() {
        StringBuilder line = new StringBuilder(source);
        if (!location.isEmpty()) {
            line.append(' ').append(location);
        }
        line.append(": ");
        if (!path.isEmpty()) {
            line.append(path).append(": ");
        }
        return line.append(message).toString();
    }
}
