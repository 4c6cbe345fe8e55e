package io.obra.config;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Privacy mode: redact secrets before a prompt leaves.
 *
 * @param enabled  on/off; empty means the default: on for remote providers, off for Ollama on a
 *                 private or loopback address
 * @param exclude  globs of files whose changes are never sent (e.g. {@code **}{@code /.env})
 * @param patterns extra regular expressions to redact
 */
public record PrivacySettings(Optional<Boolean> enabled, List<String> exclude, List<String> patterns) {

    public PrivacySettings {
        Objects.requireNonNull(enabled, "enabled");
        exclude = List.copyOf(exclude);
        patterns = List.copyOf(patterns);
    }

    public static PrivacySettings defaults() {
        return new PrivacySettings(Optional.empty(), List.of("**/.env", "**/.env.*", "secrets/**"), List.of());
    }
}
