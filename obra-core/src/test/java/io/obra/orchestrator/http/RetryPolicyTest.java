package io.obra.orchestrator.http;

import io.obra.config.RetrySettings;
import io.obra.orchestrator.OrchestratorException.Kind;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import javax.net.ssl.SSLHandshakeException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class RetryPolicyTest {

    private static final Instant NOW = Instant.parse("2026-08-03T10:15:30Z");
    private static final RetrySettings SETTINGS = new RetrySettings(6, Duration.ofMillis(500), Duration.ofSeconds(8),
            Duration.ofMinutes(10), Duration.ofSeconds(10), Duration.ofMinutes(5));

    private static RetryPolicy policy(final double random) {
        return new RetryPolicy(SETTINGS, () -> random);
    }

    @Test
    void backoffDoublesFromTheInitialValueUpToTheCap() {
        RetryPolicy highest = policy(0.999_999_9);

        assertThat(java.util.stream.IntStream.rangeClosed(1, 7).mapToObj(highest::backoff).map(Duration::toMillis))
                .containsExactly(500L, 1000L, 2000L, 4000L, 8000L, 8000L, 8000L);
    }

    @Test
    void fullJitterCanWaitNothingAtAll() {
        assertThat(policy(0.0).backoff(5)).isZero();
        assertThat(policy(0.5).backoff(3)).isEqualTo(Duration.ofMillis(1000));
    }

    @Property
    void backoffStaysWithinItsCeiling(@ForAll @IntRange(min = 1, max = 80) final int failed,
                                      @ForAll @DoubleRange(min = 0, max = 1, maxIncluded = false) final double random) {
        Duration wait = policy(random).backoff(failed);

        assertThat(wait).isBetween(Duration.ZERO, policy(random).backoffCeiling(failed));
        assertThat(policy(random).backoffCeiling(failed)).isLessThanOrEqualTo(SETTINGS.maxBackoff());
    }

    @ParameterizedTest
    @ValueSource(ints = {408, 409, 429, 500, 502, 503, 504, 529})
    void transientStatusesAreRetried(final int status) {
        assertThat(policy(0.5).onStatus(status, Headers.of(), ApiError.none(), NOW).retryable()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 401, 403, 404, 413, 422})
    void permanentStatusesAreNot(final int status) {
        assertThat(policy(0.5).onStatus(status, Headers.of(), ApiError.none(), NOW).retryable()).isFalse();
    }

    @Test
    void insufficientQuotaIsNeverRetriedEvenWhenTheServerSaysSo() {
        ApiError quota = new ApiError("You exceeded your current quota", "insufficient_quota", "insufficient_quota",
                "", true);

        RetryDecision decision = policy(0.5).onStatus(429, Headers.of("x-should-retry", "true"), quota, NOW);

        assertThat(decision).isEqualTo(new RetryDecision(false, Kind.RATE_LIMITED, "insufficient_quota",
                Optional.empty()));
    }

    @Test
    void xShouldRetryOverridesTheStatusRule() {
        assertThat(policy(0.5).onStatus(503, Headers.of("x-should-retry", "false"), ApiError.none(), NOW).retryable())
                .isFalse();
        assertThat(policy(0.5).onStatus(400, Headers.of("x-should-retry", "true"), ApiError.none(), NOW).retryable())
                .isTrue();
    }

    @Test
    void theServersWaitIsReadFromRetryAfterMsThenRetryAfter() {
        assertThat(RetryPolicy.serverWait(Headers.of("retry-after-ms", "1500", "Retry-After", "9"), NOW))
                .contains(Duration.ofMillis(1500));
        assertThat(RetryPolicy.serverWait(Headers.of("Retry-After", "2.5"), NOW)).contains(Duration.ofMillis(2500));
        String inTenSeconds = DateTimeFormatter.RFC_1123_DATE_TIME.format(NOW.plusSeconds(10).atOffset(ZoneOffset.UTC));
        assertThat(RetryPolicy.serverWait(Headers.of("Retry-After", inTenSeconds), NOW)).contains(Duration.ofSeconds(10));
    }

    @Test
    void unusableWaitsCountAsAbsent() {
        String past = DateTimeFormatter.RFC_1123_DATE_TIME.format(NOW.minusSeconds(10).atOffset(ZoneOffset.UTC));
        assertThat(RetryPolicy.serverWait(Headers.of("Retry-After", past), NOW)).isEmpty();
        assertThat(RetryPolicy.serverWait(Headers.of("Retry-After", "soon"), NOW)).isEmpty();
        assertThat(RetryPolicy.serverWait(Headers.of("Retry-After", "0"), NOW)).isEmpty();
        assertThat(RetryPolicy.serverWait(Headers.of("retry-after-ms", "-5"), NOW)).isEmpty();
        assertThat(RetryPolicy.serverWait(Headers.of(), NOW)).isEmpty();
    }

    @Test
    void aNonRetryableStatusCarriesNoWait() {
        assertThat(policy(0.5).onStatus(400, Headers.of("Retry-After", "5"), ApiError.none(), NOW).serverWait())
                .isEmpty();
    }

    @Test
    void failuresWithoutAResponseAreClassified() {
        assertThat(policy(0.5).onIoFailure(new SocketTimeoutException("timeout")))
                .isEqualTo(new RetryDecision(true, Kind.TIMEOUT, "timeout", Optional.empty()));
        assertThat(policy(0.5).onIoFailure(new InterruptedIOException("timeout")).kind()).isEqualTo(Kind.TIMEOUT);
        assertThat(policy(0.5).onIoFailure(new ConnectException("Connection refused")))
                .isEqualTo(new RetryDecision(true, Kind.UNREACHABLE, "unreachable", Optional.empty()));
        assertThat(policy(0.5).onIoFailure(new SSLHandshakeException("PKIX path building failed")).retryable())
                .isFalse();
    }

    @Test
    void failuresWithoutAResponseAreDescribedShortly() {
        ConnectException refused = new ConnectException("Failed to connect to /127.0.0.1:9");
        refused.initCause(new ConnectException("Connection refused"));

        assertThat(RetryPolicy.describe(refused)).isEqualTo("connection refused");
        assertThat(RetryPolicy.describe(new UnknownHostException("gpu-agent"))).isEqualTo("unknown host gpu-agent");
        assertThat(RetryPolicy.describe(new SocketTimeoutException("timeout"))).isEqualTo("timeout");
        assertThat(RetryPolicy.describe(new IOException("unexpected end of stream")))
                .isEqualTo("the connection failed before the reply was complete (IOException: unexpected end of stream)");
    }
}
