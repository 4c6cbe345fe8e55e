package io.obra.orchestrator.http;

import io.obra.orchestrator.OrchestratorException.Kind;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What to do after a failed attempt.
 *
 * @param retryable  whether another attempt may succeed
 * @param kind       the failure kind if no further attempt is made
 * @param outcome    short reason recorded in the {@link io.obra.orchestrator.Attempt}, e.g. {@code rate_limited}
 * @param serverWait the wait the server asked for ({@code retry-after-ms} / {@code Retry-After}), if any
 */
public record RetryDecision(boolean retryable, Kind kind, String outcome, Optional<Duration> serverWait) {

    public RetryDecision {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(serverWait, "serverWait");
    }
}
