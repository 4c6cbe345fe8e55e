package io.obra.orchestrator.http;

import io.obra.config.RetrySettings;
import io.obra.orchestrator.OrchestratorException.Kind;
import okhttp3.Headers;

import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.DoubleSupplier;

/**
 * Which failures are worth another attempt, and how long to wait first. The rules follow the OpenAI SDK
 * ({@code _base_client.py}): retry connection failures, timeouts, 408, 409, 429 and 5xx; obey
 * {@code x-should-retry}; wait what {@code retry-after-ms} or {@code Retry-After} (seconds or an HTTP date)
 * asks, else back off exponentially with full jitter. Quota errors never clear by waiting and are not retried.
 */
public final class RetryPolicy {

    /** A server asking for a longer wait than this is not waited for: the attempt chain gives up instead. */
    public static final Duration MAX_SERVER_WAIT = Duration.ofSeconds(120);

    /** Error codes (or types) that say the account is out of money or quota. */
    private static final Set<String> QUOTA_CODES = Set.of("insufficient_quota", "credit_balance_exhausted",
            "billing_hard_limit_reached");

    private final RetrySettings settings;
    private final DoubleSupplier random;

    /**
     * @param random uniform in [0, 1); the jitter source (tests pass a fixed value)
     */
    public RetryPolicy(final RetrySettings settings, final DoubleSupplier random) {
        this.settings = settings;
        this.random = random;
    }

    /** Decision for an HTTP error status. */
    public RetryDecision onStatus(final int status, final Headers headers, final ApiError error, final Instant now) {
        Kind kind = kindOf(status);
        Optional<Duration> wait = serverWait(headers, now);
        if (status == 429 && isQuotaExhausted(error)) {
            return new RetryDecision(false, Kind.RATE_LIMITED, "insufficient_quota", Optional.empty());
        }
        String outcome = outcomeOf(status);
        String shouldRetry = headers.get("x-should-retry");
        if ("true".equalsIgnoreCase(shouldRetry)) {
            return new RetryDecision(true, kind, outcome, wait);
        }
        if ("false".equalsIgnoreCase(shouldRetry)) {
            return new RetryDecision(false, kind, outcome, Optional.empty());
        }
        boolean retryable = status == 408 || status == 409 || status == 429 || status >= 500;
        return new RetryDecision(retryable, kind, outcome, retryable ? wait : Optional.empty());
    }

    /** Whether the error says the account has no quota or credit left (no wait clears that). */
    public static boolean isQuotaExhausted(final ApiError error) {
        return QUOTA_CODES.stream().anyMatch(error::is);
    }

    /** Decision for a failure without a response. */
    public RetryDecision onIoFailure(final IOException failure) {
        if (isTimeout(failure)) {
            return new RetryDecision(true, Kind.TIMEOUT, "timeout", Optional.empty());
        }
        if (failure instanceof SSLHandshakeException || failure instanceof SSLPeerUnverifiedException) {
            // A certificate problem does not go away on its own.
            return new RetryDecision(false, Kind.UNREACHABLE, "tls_failure", Optional.empty());
        }
        return new RetryDecision(true, Kind.UNREACHABLE, "unreachable", Optional.empty());
    }

    /**
     * The backoff before attempt {@code failedAttempts + 1}: uniform in [0, min(max, initial·2^(n-1))]
     * ("full jitter"), so that many builds hitting one limit do not retry in lockstep.
     */
    public Duration backoff(final int failedAttempts) {
        long ceiling = backoffCeiling(failedAttempts).toMillis();
        return Duration.ofMillis((long) Math.floor(random.getAsDouble() * (ceiling + 1)));
    }

    /** The ceiling of {@link #backoff(int)}, for tests and messages. */
    public Duration backoffCeiling(final int failedAttempts) {
        int doublings = Math.min(Math.max(failedAttempts - 1, 0), 30);
        long ceiling = Math.min(settings.maxBackoff().toMillis(), settings.initialBackoff().toMillis() << doublings);
        return Duration.ofMillis(ceiling < 0 ? settings.maxBackoff().toMillis() : ceiling);
    }

    /**
     * The wait a server asked for: {@code retry-after-ms} (OpenAI's), else {@code Retry-After} as seconds
     * or as an HTTP date. Zero, negative or unreadable values count as absent.
     */
    public static Optional<Duration> serverWait(final Headers headers, final Instant now) {
        Optional<Duration> millis = number(headers.get("retry-after-ms")).map(ms -> Duration.ofMillis(ms.longValue()));
        if (millis.isPresent()) {
            return millis.filter(d -> !d.isNegative() && !d.isZero());
        }
        String retryAfter = headers.get("Retry-After");
        if (retryAfter == null) {
            return Optional.empty();
        }
        Optional<Duration> seconds = number(retryAfter).map(s -> Duration.ofMillis((long) (s * 1000)));
        if (seconds.isEmpty()) {
            try {
                Instant at = ZonedDateTime.parse(retryAfter.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                seconds = Optional.of(Duration.between(now, at));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
        return seconds.filter(d -> !d.isNegative() && !d.isZero());
    }

    /** The failure kind of an HTTP status. */
    public static Kind kindOf(final int status) {
        if (status == 401 || status == 403) {
            return Kind.AUTHENTICATION;
        }
        if (status == 404) {
            return Kind.NOT_FOUND;
        }
        if (status == 408) {
            return Kind.TIMEOUT;
        }
        if (status == 429) {
            return Kind.RATE_LIMITED;
        }
        if (status == 409 || status >= 500) {
            return Kind.SERVER_ERROR;
        }
        if (status >= 400) {
            return Kind.BAD_REQUEST;
        }
        return Kind.MALFORMED_RESPONSE;
    }

    private static String outcomeOf(final int status) {
        return switch (status) {
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not_found";
            case 408 -> "request_timeout";
            case 409 -> "conflict";
            case 429 -> "rate_limited";
            default -> status >= 500 ? "server_error" : status >= 400 ? "bad_request" : "unexpected_status";
        };
    }

    static boolean isTimeout(final IOException failure) {
        return failure instanceof SocketTimeoutException
                || failure instanceof InterruptedIOException && "timeout".equalsIgnoreCase(failure.getMessage());
    }

    /**
     * How {@link #describe} starts for a connection that was made and then failed before the reply was
     * complete (reset, closed mid-body): the host is reachable, so "is the server running" would mislead.
     */
    public static final String CONNECTION_LOST = "the connection failed before the reply was complete";

    /** Whether a {@link #describe description} is of a connection lost mid-exchange. */
    public static boolean connectionLost(final String description) {
        return description.startsWith(CONNECTION_LOST);
    }

    /** A short, key-free description of a failure without a response, e.g. {@code connection refused}. */
    public static String describe(final IOException failure) {
        if (isTimeout(failure)) {
            return "timeout";
        }
        Throwable root = failure;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof UnknownHostException
                    || t instanceof NoRouteToHostException) {
                root = t;
            }
        }
        if (root instanceof UnknownHostException) {
            return "unknown host " + root.getMessage();
        }
        if (root instanceof ConnectException) {
            String message = String.valueOf(root.getMessage()).toLowerCase(Locale.ROOT);
            return message.contains("refused") || message.startsWith("failed to connect") ? "connection refused"
                    : "cannot connect (" + root.getMessage() + ")";
        }
        if (root instanceof NoRouteToHostException) {
            return "no route to host";
        }
        if (root instanceof SSLHandshakeException || root instanceof SSLPeerUnverifiedException) {
            return "TLS handshake failed (" + root.getMessage() + ")";
        }
        return CONNECTION_LOST + " (" + root.getClass().getSimpleName()
                + (root.getMessage() == null ? "" : ": " + root.getMessage()) + ")";
    }

    private static Optional<Double> number(final String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            double parsed = Double.parseDouble(value.strip());
            return Double.isFinite(parsed) ? Optional.of(parsed) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
