package io.obra.validation;

import java.util.Locale;
import java.util.Optional;

/** How bad a finding is, as the verdict schema spells it. */
public enum Severity {
    BLOCKER, MAJOR, MINOR, INFO;

    /** The schema spelling: {@code blocker}, {@code major}, … */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Severity> parse(final String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim().toUpperCase(Locale.ROOT);
        for (Severity s : values()) {
            if (s.name().equals(t)) {
                return Optional.of(s);
            }
        }
        return switch (t) {
            case "CRITICAL", "HIGH", "ERROR" -> Optional.of(BLOCKER);
            case "MEDIUM", "WARNING", "WARN" -> Optional.of(MAJOR);
            case "LOW", "NIT", "TRIVIAL" -> Optional.of(MINOR);
            case "NOTE", "INFORMATION", "INFORMATIONAL" -> Optional.of(INFO);
            default -> Optional.empty();
        };
    }
}
