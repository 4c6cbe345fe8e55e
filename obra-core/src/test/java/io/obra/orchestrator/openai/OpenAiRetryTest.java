package io.obra.orchestrator.openai;

import io.obra.config.LlmSettings;
import io.obra.orchestrator.Attempt;
import io.obra.orchestrator.Completion;
import io.obra.orchestrator.OrchestratorException;
import io.obra.orchestrator.OrchestratorException.Kind;
import io.obra.testing.FakeOrchestratorContext;
import io.obra.testing.OpenAiFake;
import io.obra.testing.OrchestratorFixtures;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import static io.obra.testing.OrchestratorFixtures.VERDICT_JSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class OpenAiRetryTest {

    private static final String MODEL = "gpt-4o-2024-11-20";

    private MockWebServer server;
    private OkHttpClient http;
    private FakeOrchestratorContext fake;

    @BeforeEach
    void start() {
        server = OrchestratorFixtures.startServer();
        http = new OkHttpClient();
        fake = new FakeOrchestratorContext();
    }

    @AfterEach
    void stop() {
        server.close();
        OrchestratorFixtures.close(http);
    }

    private Completion complete(final LlmSettings settings) throws Exception {
        return new OpenAiProvider().create(settings, http, fake.context()).complete(OrchestratorFixtures.verdictPrompt());
    }

    private OrchestratorException failure(final LlmSettings settings) {
        return catchThrowableOfType(OrchestratorException.class, () -> complete(settings));
    }

    private static MockResponse serverError(final int status) {
        return OpenAiFake.error(status, "server_error", null,
                "The server had an error while processing your request. Sorry about that!");
    }

    @ParameterizedTest
    @ValueSource(ints = {408, 409, 429, 500, 502, 503, 504})
    void aTransientStatusIsRetriedAfterABackoffAndThenSucceeds(final int status) throws Exception {
        server.enqueue(serverError(status));
        server.enqueue(OpenAiFake.completion(VERDICT_JSON, MODEL, 1000, 150));

        Completion completion = complete(OpenAiFake.settings(server, MODEL));

        assertThat(completion.content()).isEqualTo(VERDICT_JSON);
        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(completion.attempts()).extracting(Attempt::httpStatus).containsExactly(status, 200);
        assertThat(completion.attempts().get(0).outcome()).isNotEqualTo("ok");
        assertThat(completion.attempts().get(1).outcome()).isEqualTo("ok");
        // Full jitter: the first wait lies in [0, initial backoff].
        assertThat(fake.sleeps()).singleElement().satisfies(ms -> assertThat(ms).isBetween(0L, 500L));
        assertThat(fake.warnings()).singleElement().asString()
                .matches("orchestrator: openai gpt-4o-2024-11-20 returned " + status + ", retry 2/4 in \\d+\\.\\d s");
    }

    @ParameterizedTest
    @CsvSource({"400, BAD_REQUEST, bad_request", "401, AUTHENTICATION, unauthorized",
            "403, AUTHENTICATION, forbidden", "404, NOT_FOUND, not_found", "422, BAD_REQUEST, bad_request"})
    void aPermanentStatusFailsAtOnce(final int status, final Kind kind, final String outcome) {
        server.enqueue(OpenAiFake.error(status, "invalid_request_error", "some_code", "The request was refused."));
        server.enqueue(OpenAiFake.completion(VERDICT_JSON, MODEL, 1000, 150));

        OrchestratorException e = failure(OpenAiFake.settings(server, MODEL));

        assertThat(e.kind()).isEqualTo(kind);
        assertThat(e.endpoint()).isEqualTo(server.url("/v1").toString());
        assertThat(e.getMessage()).contains(server.url("/v1").toString()).contains("The request was refused.");
        assertThat(e.attempts()).extracting(Attempt::httpStatus, Attempt::outcome)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(status, outcome));
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(fake.sleeps()).isEmpty();
    }

    @Test
    void insufficientQuotaIsNotRetriedAndPointsAtBilling() {
        server.enqueue(OpenAiFake.insufficientQuota());
        server.enqueue(OpenAiFake.completion(VERDICT_JSON, MODEL, 1000, 150));

        OrchestratorException e = failure(OpenAiFake.settings(server, MODEL)
                .withFallbackModels(java.util.List.of("gpt-4o-mini-2024-07-18")));

        assertThat(e.kind()).isEqualTo(Kind.RATE_LIMITED);
        assertThat(e.getMessage())
                .contains("no quota left (429 insufficient_quota)")
                .contains("key from environment variable OPENAI_API_KEY")
                .contains("Waiting does not clear this")
                .contains("https://platform.openai.com/settings/organization/billing");
        assertThat(e.attempts()).extracting(Attempt::outcome).containsExactly("insufficient_quota");
        // Same account, same quota: the fallback model is not tried either.
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(fake.sleeps()).isEmpty();
    }

    @Test
    void retryAfterSecondsIsHonoured() throws Exception {
        server.enqueue(OpenAiFake.rateLimited("3"));
        server.enqueue(OpenAiFake.completion(VERDICT_JSON, MODEL, 1000, 150));

        complete(OpenAiFake.settings(server, MODEL));

        assertThat(fake.sleeps()).containsExactly(3000L);
        assertThat(fake.warnings()).singleElement().asString().endsWith("returned 429, retry 2/4 in 3.0 s");
    }

    @Test
    void retryAfterMsTakesPrecedenceOverRetryAfter() throws Exception {
        server.enqueue(OpenAiFake.rateLimited("2").newBuilder().setHeader("retry-after-ms", "1500").build());
        server.enqueue(OpenAiFake.completion(VERDICT_JSON, MODEL, 1000, 150));

        complete(OpenAiFake.settings(server, MODEL));

        assertThat(fake.sleeps()).containsExactly(1500L);
    }

    @Test
    void retryAfterAsAnHttpDateIsHonoured() throws Exception {
        String in7Seconds = DateTimeFormatter.RFC_1123_DATE_TIME
                .format(FakeOrchestratorContext.START.plusSeconds(7).atOffset(ZoneOffset.UTC));
        server.enqueue(serverError(503).newBuilder().setHeader("Retry-After", in7Seconds).build());
        server.enqueue(OpenAiFake.completion(VERDICT_JSON, MODEL, 1000, 150));

        complete(OpenAiFake.settings(server, MODEL));

        assertThat(fake.sleeps()).containsExactly(7000L);
    }

    @Test
    void aRetryAfterLongerThan120SecondsGivesUpInsteadOfWaiting() {
        server.enqueue(OpenAiFake.rateLimited("3600"));
        server.enqueue(OpenAiFake.completion(VERDICT_JSON, MODEL, 1000, 150));

        OrchestratorException e = failure(OpenAiFake.settings(server, MODEL));

        assertThat(e.kind()).isEqualTo(Kind.RATE_LIMITED);
        assertThat(e.getMessage()).contains("asked to retry in 60 m, longer than the 120 s Obra waits")
                .contains("Rate limit reached for gpt-4o");
        assertThat(fake.sleeps()).isEmpty();
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void xShouldRetryFalseStopsRetriesOfAServerError() {
        server.enqueue(serverError(503).newBuilder().setHeader("x-should-retry", "false").build());
        server.enqueue(OpenAiFake.completion(VERDICT_JSON, MODEL, 1000, 150));

        OrchestratorException e = failure(OpenAiFake.settings(server, MODEL));

        assertThat(e.kind()).isEqualTo(Kind.SERVER_ERROR);
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(fake.sleeps()).isEmpty();
    }

    @Test
    void xShouldRetryTrueRetriesEvenABadRequest() throws Exception {
        server.enqueue(OpenAiFake.error(400, "invalid_request_error", null, "Try again.").newBuilder()
                .setHeader("x-should-retry", "true").build());
        server.enqueue(OpenAiFake.completion(VERDICT_JSON, MODEL, 1000, 150));

        Completion completion = complete(OpenAiFake.settings(server, MODEL));

        assertThat(completion.attempts()).extracting(Attempt::httpStatus).containsExactly(400, 200);
    }

    @Test
    void attemptsAreBoundedAndBackoffDoublesWithinItsCeiling() {
        for (int i = 0; i < 6; i++) {
            server.enqueue(serverError(503));
        }
        LlmSettings settings = OpenAiFake.settings(server, MODEL)
                .withRetry(OrchestratorFixtures.retry(4, Duration.ofMinutes(10), Duration.ofSeconds(10)));

        OrchestratorException e = failure(settings);

        assertThat(e.kind()).isEqualTo(Kind.SERVER_ERROR);
        assertThat(e.getMessage()).contains("failed with 503 for model gpt-4o-2024-11-20 after 4 attempts")
                .contains("The server had an error");
        assertThat(server.getRequestCount()).isEqualTo(4);
        assertThat(e.attempts()).hasSize(4).allSatisfy(a -> assertThat(a.outcome()).isEqualTo("server_error"));
        assertThat(fake.sleeps()).hasSize(3);
        assertThat(fake.sleeps().get(0)).isBetween(0L, 500L);
        assertThat(fake.sleeps().get(1)).isBetween(0L, 1000L);
        assertThat(fake.sleeps().get(2)).isBetween(0L, 2000L);
        assertThat(fake.warnings()).extracting(line -> line.replaceAll(" in .*", ""))
                .containsExactly("orchestrator: openai gpt-4o-2024-11-20 returned 503, retry 2/4",
                        "orchestrator: openai gpt-4o-2024-11-20 returned 503, retry 3/4",
                        "orchestrator: openai gpt-4o-2024-11-20 returned 503, retry 4/4");
    }

    @Test
    void theDeadlineOfTheCallIsRespected() {
        for (int i = 0; i < 4; i++) {
            server.enqueue(serverError(503).newBuilder().setHeader("Retry-After", "3").build());
        }
        LlmSettings settings = OpenAiFake.settings(server, MODEL)
                .withRetry(OrchestratorFixtures.retry(10, Duration.ofSeconds(5), Duration.ofSeconds(10)));

        OrchestratorException e = failure(settings);

        // 0 s: 503, wait 3 s; 3 s: 503, a second wait would end at 6 s, past the 5 s deadline.
        assertThat(e.kind()).isEqualTo(Kind.TIMEOUT);
        assertThat(e.getMessage()).contains("before the call's deadline of 5.0 s passed").contains("last: 503");
        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(fake.sleeps()).containsExactly(3000L);
    }
}
