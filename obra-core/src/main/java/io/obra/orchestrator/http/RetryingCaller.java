package io.obra.orchestrator.http;

import io.obra.config.RetrySettings;
import io.obra.orchestrator.Attempt;
import io.obra.orchestrator.OrchestratorContext;
import io.obra.orchestrator.OrchestratorException;
import io.obra.orchestrator.OrchestratorException.Kind;
import okhttp3.OkHttpClient;
import okhttp3.Request;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Sends a provider's requests with bounded retries: exponential backoff with full jitter, the server's
 * {@code Retry-After} honoured, at most {@link RetrySettings#maxAttempts()} attempts per model and never past
 * the call's deadline. Every attempt is recorded; every retry is logged. Waits go through the context's
 * sleeper, so tests run without real delays. Thread-safe.
 */
public final class RetryingCaller {

    private final String provider;
    private final String endpoint;
    private final HttpCall http;
    private final RetrySettings settings;
    private final OrchestratorContext context;
    private final RetryPolicy policy;
    private final ProviderErrors errors;

    /**
     * @param http the shared client; connect and read timeouts of {@code settings} are applied on a derived
     *             client that shares its connection pool and dispatcher; calls run on the calling thread
     */
    public RetryingCaller(final String provider, final String endpoint, final OkHttpClient http,
                          final RetrySettings settings, final OrchestratorContext context,
                          final ProviderErrors errors) {
        this.provider = provider;
        this.endpoint = endpoint;
        this.http = new HttpCall(http.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .readTimeout(settings.readTimeout())
                // OkHttp would otherwise repeat a 408 or a failed connection on its own: unrecorded, unlogged,
                // outside the backoff and the attempt bound.
                .retryOnConnectionFailure(false)
                .build());
        this.settings = settings;
        this.context = context;
        this.policy = new RetryPolicy(settings, () -> ThreadLocalRandom.current().nextDouble());
        this.errors = errors;
    }

    public RetrySettings settings() {
        return settings;
    }

    /**
     * Sends the exchange for {@code model} until a usable reply, a failure no retry fixes, the last allowed
     * attempt, or the deadline.
     *
     * @param attempts where attempts are appended (shared across the models of one call)
     * @throws OrchestratorException carrying a copy of {@code attempts}
     */
    public <T> T call(final String model, final Exchange<T> exchange, final Instant deadline,
                      final List<Attempt> attempts) throws OrchestratorException, InterruptedException {
        int max = settings.maxAttempts();
        for (int n = 1; ; n++) {
            Instant start = context.clock().instant();
            Duration remaining = Duration.between(start, deadline);
            if (remaining.isNegative() || remaining.isZero()) {
                throw deadlinePassed(model, n - 1, attempts, null, ApiError.none(), "", 0);
            }
            HttpReply reply = null;
            IOException failure = null;
            try {
                reply = http.execute(exchange.request(), remaining);
            } catch (IOException e) {
                failure = e;
            }
            long latency = Duration.between(start, context.clock().instant()).toMillis();
            if (reply != null && reply.successful()) {
                try {
                    T value = exchange.read(reply);
                    attempts.add(new Attempt(provider, model, reply.status(), "ok", latency));
                    return value;
                } catch (ReplyProblem problem) {
                    attempts.add(new Attempt(provider, model, reply.status(), problem.outcome(), latency));
                    throw new OrchestratorException(problem.kind(), endpoint, problem.getMessage(), attempts);
                }
            }
            ApiError error = reply == null ? ApiError.none() : errors.read(reply);
            RetryDecision decision = reply == null ? policy.onIoFailure(failure)
                    : policy.onStatus(reply.status(), reply.headers(), error, context.clock().instant());
            int status = reply == null ? 0 : reply.status();
            String ioDetail = failure == null ? "" : RetryPolicy.describe(failure);
            attempts.add(new Attempt(provider, model, status, decision.outcome(), latency));

            if (!decision.retryable() || n >= max) {
                Failure.Stop stop = decision.retryable() ? Failure.Stop.ATTEMPTS_EXHAUSTED : Failure.Stop.NOT_RETRYABLE;
                if (failure != null && !context.clock().instant().isBefore(deadline)) {
                    throw deadlinePassed(model, n, attempts, failure, error, ioDetail, status);
                }
                throw fail(new Failure(decision.kind(), model, status, error, ioDetail, n, stop, Optional.empty()),
                        attempts, failure);
            }
            Optional<Duration> asked = decision.serverWait();
            if (asked.isPresent() && asked.get().compareTo(RetryPolicy.MAX_SERVER_WAIT) > 0) {
                throw fail(new Failure(decision.kind(), model, status, error, ioDetail, n,
                        Failure.Stop.WAIT_TOO_LONG, asked), attempts, failure);
            }
            Duration wait = asked.isPresent() ? asked.get() : policy.backoff(n);
            if (!context.clock().instant().plus(wait).isBefore(deadline)) {
                throw deadlinePassed(model, n, attempts, failure, error, ioDetail, status);
            }
            context.log().warn("orchestrator: %s %s %s, retry %d/%d in %s".formatted(provider, model,
                    status == 0 ? "failed (" + ioDetail + ")" : "returned " + status, n + 1, max,
                    FailureMessages.human(wait)));
            context.sleeper().sleep(wait.toMillis());
        }
    }

    /**
     * One request without retries, for health checks and listings. Non-2xx replies are returned, not thrown.
     *
     * @throws OrchestratorException UNREACHABLE or TIMEOUT when no response arrived
     */
    public HttpReply probe(final Request request) throws OrchestratorException, InterruptedException {
        try {
            return http.execute(request, settings.connectTimeout().plus(settings.readTimeout()));
        } catch (IOException e) {
            RetryDecision decision = policy.onIoFailure(e);
            throw fail(new Failure(decision.kind(), "", 0, ApiError.none(), RetryPolicy.describe(e), 1,
                    Failure.Stop.NOT_RETRYABLE, Optional.empty()), List.of(), e);
        }
    }

    /** The exception for a non-2xx reply of a probe, worded by the provider. */
    public OrchestratorException failureOf(final HttpReply reply, final String model) {
        ApiError error = errors.read(reply);
        return fail(new Failure(RetryPolicy.kindOf(reply.status()), model, reply.status(), error, "", 1,
                Failure.Stop.NOT_RETRYABLE, Optional.empty()), List.of(), null);
    }

    private OrchestratorException deadlinePassed(final String model, final int n, final List<Attempt> attempts,
                                                 final IOException cause, final ApiError error,
                                                 final String ioDetail, final int status) {
        return fail(new Failure(Kind.TIMEOUT, model, status, error, ioDetail.isEmpty() && status == 0
                ? "no attempt left time to answer" : ioDetail, n, Failure.Stop.DEADLINE, Optional.empty()),
                attempts, cause);
    }

    private OrchestratorException fail(final Failure failure, final List<Attempt> attempts, final Throwable cause) {
        // The cause's own message may name the host but never a key: keys travel only in headers.
        return new OrchestratorException(failure.kind(), endpoint, errors.describe(failure), attempts, cause);
    }
}
