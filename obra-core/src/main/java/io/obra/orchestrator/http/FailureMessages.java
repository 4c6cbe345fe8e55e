package io.obra.orchestrator.http;

import io.obra.config.RetrySettings;

import java.time.Duration;

/**
 * Wording shared by all providers for failures that read the same everywhere (unreachable host, timeout,
 * rate limit, server error, invalid request). Providers word the rest (keys, missing models) themselves.
 */
public final class FailureMessages {

    private FailureMessages() {
    }

    /**
     * The standard message for a failure.
     *
     * @param label    the provider as users know it, e.g. {@code OpenAI}
     * @param endpoint the endpoint root
     */
    public static String standard(final String label, final String endpoint, final RetrySettings retry,
                                  final Failure f) {
        if (f.stop() == Failure.Stop.DEADLINE) {
            return "%s at %s gave no usable answer for model %s before the call's deadline of %s passed%s; last: %s"
                    .formatted(label, endpoint, f.model(), human(retry.deadline()), f.afterAttempts(),
                            f.lastResult());
        }
        if (f.stop() == Failure.Stop.WAIT_TOO_LONG) {
            return "%s at %s answered %d for model %s and asked to retry in %s, longer than the %s Obra waits%s: %s"
                    .formatted(label, endpoint, f.status(), f.model(), human(f.serverWait().orElse(Duration.ZERO)),
                            human(RetryPolicy.MAX_SERVER_WAIT), f.afterAttempts(), f.error().summary());
        }
        return switch (f.kind()) {
            case UNREACHABLE -> RetryPolicy.connectionLost(f.ioDetail())
                    ? ("%s at %s: %s for model %s%s; the server or a proxy in between dropped it: check the server's log "
                    + "and the proxy's timeouts and size limits").formatted(label, endpoint, f.ioDetail(), f.model(),
                    f.afterAttempts())
                    : "cannot reach %s: %s%s; is the server running and is the URL right?"
                    .formatted(endpoint, f.ioDetail(), f.afterAttempts());
            case TIMEOUT -> f.status() == 0
                    ? "%s at %s did not answer for model %s within the read timeout of %s%s; raise the read timeout or use a faster model"
                    .formatted(label, endpoint, f.model(), human(retry.readTimeout()), f.afterAttempts())
                    : "%s at %s timed out the request for model %s (%d)%s: %s"
                    .formatted(label, endpoint, f.model(), f.status(), f.afterAttempts(), f.error().summary());
            case RATE_LIMITED -> "%s at %s kept rate-limiting model %s (429)%s: %s; lower the request rate or raise the limit"
                    .formatted(label, endpoint, f.model(), f.afterAttempts(), f.error().summary());
            case SERVER_ERROR -> "%s at %s failed with %d for model %s%s: %s"
                    .formatted(label, endpoint, f.status(), f.model(), f.afterAttempts(), f.error().summary());
            case AUTHENTICATION -> "%s at %s refused the request (%d): %s; check the key"
                    .formatted(label, endpoint, f.status(), f.error().summary());
            case NOT_FOUND -> "%s at %s answered 404 for model %s: %s; check the model name and the base URL"
                    .formatted(label, endpoint, f.model(), f.error().summary());
            case BAD_REQUEST -> "%s at %s rejected the request for model %s as invalid (%d): %s"
                    .formatted(label, endpoint, f.model(), f.status(), f.error().summary());
            default -> "%s at %s answered %d for model %s%s: %s"
                    .formatted(label, endpoint, f.status(), f.model(), f.afterAttempts(), f.error().summary());
        };
    }

    /** "1.2 s", "90 s", "5 m" — how durations read in messages. */
    public static String human(final Duration duration) {
        long ms = duration.toMillis();
        if (ms < 10_000) {
            return String.format(java.util.Locale.ROOT, "%.1f s", ms / 1000.0);
        }
        if (ms < 300_000 || ms % 60_000 != 0) {
            return (ms / 1000) + " s";
        }
        return (ms / 60_000) + " m";
    }
}
