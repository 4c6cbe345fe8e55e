package io.obra.config;

import java.util.Locale;
import java.util.Optional;

/** The build result a failed gate sets. */
public enum OnFail {
    FAILURE, UNSTABLE;

    public static Optional<OnFail> parse(final String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim().toUpperCase(Locale.ROOT);
        for (OnFail value : values()) {
            if (value.name().equals(t)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
