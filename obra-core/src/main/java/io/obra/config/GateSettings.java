package io.obra.config;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * When a run passes, and what a failed gate does to the build.
 *
 * @param minQuality    0–100
 * @param minConfidence 0–1
 * @param onFail        build result of a failed gate
 * @param maxIterations implementer rounds at most (≥ 1)
 * @param verifyCommand shell command whose exit code must be 0 for the gate to pass, e.g. {@code mvn -q test}
 * @param verifyTimeout limit of one verify run
 */
public record GateSettings(int minQuality, double minConfidence, OnFail onFail, int maxIterations,
                           Optional<String> verifyCommand, Duration verifyTimeout) {

    public GateSettings {
        if (minQuality < 0 || minQuality > 100) {
            throw new IllegalArgumentException("minQuality must be 0-100, got " + minQuality);
        }
        if (Double.isNaN(minConfidence) || minConfidence < 0 || minConfidence > 1) {
            throw new IllegalArgumentException("minConfidence must be 0-1, got " + minConfidence);
        }
        Objects.requireNonNull(onFail, "onFail");
        if (maxIterations < 1) {
            throw new IllegalArgumentException("maxIterations must be at least 1, got " + maxIterations);
        }
        Objects.requireNonNull(verifyCommand, "verifyCommand");
        Objects.requireNonNull(verifyTimeout, "verifyTimeout");
    }

    public static GateSettings defaults() {
        return new GateSettings(80, 0.6, OnFail.FAILURE, 3, Optional.empty(), Duration.ofMinutes(30));
    }
}
