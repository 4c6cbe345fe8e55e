package io.obra.orchestrator.http;

import io.obra.orchestrator.OrchestratorException.Kind;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Why the attempts for one model stopped, with what a provider needs to write an actionable message.
 *
 * @param kind       the failure kind
 * @param model      the model requested
 * @param status     the last HTTP status, 0 when no response arrived
 * @param error      the last error body as the provider read it
 * @param ioDetail   the last failure without a response, e.g. {@code connection refused}; empty otherwise
 * @param attempts   attempts made for this model
 * @param stop       why no further attempt was made
 * @param serverWait the wait the server asked for, when that is why the chain stopped
 */
public record Failure(Kind kind, String model, int status, ApiError error, String ioDetail, int attempts,
                      Stop stop, Optional<Duration> serverWait) {

    /** Why the attempts stopped. */
    public enum Stop {
        /** The failure is not one a retry can fix. */
        NOT_RETRYABLE,
        /** Every allowed attempt failed. */
        ATTEMPTS_EXHAUSTED,
        /** The server asked to wait longer than Obra waits. */
        WAIT_TOO_LONG,
        /** The call's overall deadline passed or would pass during the next wait. */
        DEADLINE
    }

    public Failure {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(error, "error");
        Objects.requireNonNull(ioDetail, "ioDetail");
        Objects.requireNonNull(stop, "stop");
        Objects.requireNonNull(serverWait, "serverWait");
    }

    /** " after N attempts" when there was more than one, else empty. */
    public String afterAttempts() {
        return attempts > 1 ? " after " + attempts + " attempts" : "";
    }

    /** What the last attempt got: "503: message" or "connection refused". */
    public String lastResult() {
        if (status == 0) {
            return ioDetail;
        }
        return status + (error.message().isEmpty() ? "" : ": " + error.summary());
    }
}
