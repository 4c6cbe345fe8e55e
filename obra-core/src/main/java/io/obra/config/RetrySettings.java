package io.obra.config;

import java.time.Duration;
import java.util.Objects;

/**
 * Retry, backoff and timeout policy for orchestrator calls.
 *
 * @param maxAttempts    attempts per model, including the first (≥ 1)
 * @param initialBackoff first backoff; doubles per attempt, with full jitter
 * @param maxBackoff     cap of a single backoff
 * @param deadline       total time for all attempts of all models of one call
 * @param connectTimeout TCP connect timeout
 * @param readTimeout    timeout between bytes of the response (a slow local model needs minutes)
 */
public record RetrySettings(int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration deadline,
                            Duration connectTimeout, Duration readTimeout) {

    public RetrySettings {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, got " + maxAttempts);
        }
        Objects.requireNonNull(initialBackoff, "initialBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
    }

    /** Like the OpenAI SDK: 0.5 s doubling to 8 s; 4 attempts; 10 minutes overall. */
    public static RetrySettings defaults() {
        return new RetrySettings(4, Duration.ofMillis(500), Duration.ofSeconds(8), Duration.ofMinutes(10),
                Duration.ofSeconds(10), Duration.ofMinutes(5));
    }
}
