package io.obra.orchestrator.openai;

import io.obra.config.LlmSettings;
import io.obra.orchestrator.Attempt;
import io.obra.orchestrator.Completion;
import io.obra.orchestrator.OrchestratorContext;
import io.obra.orchestrator.OrchestratorException;
import io.obra.orchestrator.OrchestratorException.Kind;
import io.obra.port.BuildLog;
import io.obra.testing.FakeOrchestratorContext;
import io.obra.testing.OpenAiFake;
import io.obra.testing.OrchestratorFixtures;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static io.obra.testing.OrchestratorFixtures.VERDICT_JSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class OpenAiFailureTest {

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

    private String endpoint() {
        return server.url("/v1").toString();
    }

    private OrchestratorException failure(final LlmSettings settings) {
        return catchThrowableOfType(OrchestratorException.class, () -> new OpenAiProvider()
                .create(settings, http, fake.context()).complete(OrchestratorFixtures.verdictPrompt()));
    }

    private OrchestratorException failure(final MockResponse response) {
        server.enqueue(response);
        return failure(OpenAiFake.settings(server, MODEL));
    }

    @Test
    void status401SaysWhichKeyWasRejectedByWhichEndpoint() {
        server.enqueue(OpenAiFake.invalidKey());
        server.enqueue(OpenAiFake.completion(VERDICT_JSON, "gpt-4o-mini-2024-07-18", 10, 10));

        OrchestratorException e = failure(OpenAiFake.settings(server, MODEL)
                .withFallbackModels(List.of("gpt-4o-mini-2024-07-18")));

        assertThat(e.kind()).isEqualTo(Kind.AUTHENTICATION);
        assertThat(e.getMessage())
                .startsWith("the OpenAI key from environment variable OPENAI_API_KEY was rejected (401) by "
                        + endpoint() + ": Incorrect API key provided: sk-****.")
                .endsWith("; check the key")
                .doesNotContain(OpenAiFake.KEY_VALUE).doesNotContain("XYZ");
        // A bad key does not get better with another model.
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void status403SaysTheKeyMayNotUseTheModel() {
        OrchestratorException e = failure(OpenAiFake.error(403, "invalid_request_error", "unsupported_country_region_territory",
                "Country, region, or territory not supported"));

        assertThat(e.kind()).isEqualTo(Kind.AUTHENTICATION);
        assertThat(e.getMessage()).contains("the OpenAI key from environment variable OPENAI_API_KEY is not allowed to "
                + "use model gpt-4o-2024-11-20 at " + endpoint() + " (403)")
                .contains("[code unsupported_country_region_territory]");
    }

    @Test
    void status404NamesTheMissingModelAndHowToPinOne() {
        OrchestratorException e = failure(OpenAiFake.modelNotFound(MODEL));

        assertThat(e.kind()).isEqualTo(Kind.NOT_FOUND);
        assertThat(e.getMessage()).startsWith("model gpt-4o-2024-11-20 is not available at " + endpoint() + " (404)")
                .contains("does not exist or you do not have access to it").contains("check the model name");
    }

    @Test
    void aPlain404MeansTheBaseUrlIsWrong() {
        OrchestratorException e = failure(new MockResponse.Builder().code(404)
                .setHeader("Content-Type", "text/plain; charset=utf-8").body("404 page not found\n").build());

        assertThat(e.kind()).isEqualTo(Kind.NOT_FOUND);
        assertThat(e.getMessage()).contains("has no Chat Completions API at " + endpoint() + "/chat/completions")
                .contains("'404 page not found'").contains("check the base URL");
    }

    @Test
    void aBodyThatIsNotJsonIsAMalformedResponse() {
        OrchestratorException e = failure(new MockResponse.Builder().code(200)
                .setHeader("Content-Type", "application/json").body("{\"id\": \"chatcmpl-1\", \"choices\": [").build());

        assertThat(e.kind()).isEqualTo(Kind.MALFORMED_RESPONSE);
        assertThat(e.getMessage()).contains(endpoint() + "/chat/completions answered 200 with a body that is not the JSON")
                .contains("expected a chat.completion object with choices[0].message.content");
        assertThat(e.attempts()).extracting(Attempt::outcome).containsExactly("malformed_response");
    }

    @Test
    void aTruncatedCompletionIsAMalformedResponse() {
        String whole = OpenAiFake.completionJson(VERDICT_JSON, null, MODEL, 100, 0, 20, "stop");
        OrchestratorException e = failure(new MockResponse.Builder().code(200)
                .setHeader("Content-Type", "application/json").body(whole.substring(0, whole.length() / 2)).build());

        assertThat(e.kind()).isEqualTo(Kind.MALFORMED_RESPONSE);
        assertThat(e.getMessage()).contains("not the JSON the API documents");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void anHtmlPageIsAMalformedResponseNamedByItsTitle() {
        OrchestratorException e = failure(OpenAiFake.htmlPage(200, "Sign in - Corporate Proxy"));

        assertThat(e.kind()).isEqualTo(Kind.MALFORMED_RESPONSE);
        assertThat(e.getMessage()).contains("got an HTML page titled 'Sign in - Corporate Proxy'");
    }

    @Test
    void aProxyErrorPageIsRetriedAndReportedByItsTitle() {
        for (int i = 0; i < 4; i++) {
            server.enqueue(OpenAiFake.htmlPage(502, "502 Bad Gateway"));
        }

        OrchestratorException e = failure(OpenAiFake.settings(server, MODEL));

        assertThat(e.kind()).isEqualTo(Kind.SERVER_ERROR);
        assertThat(e.getMessage()).contains("failed with 502 for model gpt-4o-2024-11-20 after 4 attempts: "
                + "an HTML page titled '502 Bad Gateway'");
        assertThat(server.getRequestCount()).isEqualTo(4);
    }

    @Test
    void emptyChoicesAreAMalformedResponse() {
        OrchestratorException e = failure(OpenAiFake.emptyChoices(MODEL));

        assertThat(e.kind()).isEqualTo(Kind.MALFORMED_RESPONSE);
        assertThat(e.getMessage()).contains("returned a completion without choices for model " + MODEL);
    }

    @Test
    void aRefusalIsInvalidContentWithTheModelsWords() {
        OrchestratorException e = failure(OpenAiFake.refusal("I'm sorry, I can't assist with that request.", MODEL));

        assertThat(e.kind()).isEqualTo(Kind.INVALID_CONTENT);
        assertThat(e.getMessage()).isEqualTo("model " + MODEL + " at " + endpoint()
                + " refused to answer: I'm sorry, I can't assist with that request.");
        assertThat(e.attempts()).extracting(Attempt::outcome).containsExactly("refusal");
    }

    @Test
    void finishReasonLengthSaysTheMaximumTokensWereReached() {
        OrchestratorException e = failure(OpenAiFake.completion("{\"quality\": 8", MODEL, 1000, 0, 4096, "length"));

        assertThat(e.kind()).isEqualTo(Kind.INVALID_CONTENT);
        assertThat(e.getMessage()).contains("reached the maximum number of output tokens")
                .contains("finish_reason length").contains("raise max_output_tokens");
        assertThat(e.attempts()).extracting(Attempt::outcome).containsExactly("truncated");
    }

    @Test
    @Timeout(20)
    void aServerThatDoesNotAnswerInTimeIsATimeout() {
        for (int i = 0; i < 2; i++) {
            server.enqueue(OpenAiFake.completion(VERDICT_JSON, MODEL, 100, 10).newBuilder()
                    .headersDelay(2, TimeUnit.SECONDS).build());
        }
        LlmSettings settings = OpenAiFake.settings(server, MODEL)
                .withRetry(OrchestratorFixtures.retry(2, Duration.ofMinutes(10), Duration.ofMillis(200)));

        OrchestratorException e = failure(settings);

        assertThat(e.kind()).isEqualTo(Kind.TIMEOUT);
        assertThat(e.getMessage()).isEqualTo("OpenAI at " + endpoint() + " did not answer for model " + MODEL
                + " within the read timeout of 0.2 s after 2 attempts; raise the read timeout or use a faster model");
        assertThat(e.attempts()).extracting(Attempt::httpStatus, Attempt::outcome)
                .containsOnly(org.assertj.core.groups.Tuple.tuple(0, "timeout")).hasSize(2);
    }

    @Test
    @Timeout(20)
    void aServerStillSilentAtTheDeadlineEndsTheCallThere() {
        server.enqueue(OpenAiFake.completion(VERDICT_JSON, MODEL, 100, 10).newBuilder()
                .headersDelay(10, TimeUnit.SECONDS).build());
        LlmSettings settings = OpenAiFake.settings(server, MODEL)
                .withRetry(OrchestratorFixtures.retry(2, Duration.ofMillis(500), Duration.ofMinutes(1)));
        // The real clock: the deadline is measured on it.
        OrchestratorContext realTime = new OrchestratorContext(BuildLog.silent(), Clock.systemUTC(), millis -> { });

        long start = System.nanoTime();
        OrchestratorException e = catchThrowableOfType(OrchestratorException.class, () -> new OpenAiProvider()
                .create(settings, http, realTime).complete(OrchestratorFixtures.verdictPrompt()));
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(e.kind()).isEqualTo(Kind.TIMEOUT);
        assertThat(e.getMessage()).isEqualTo("OpenAI at " + endpoint() + " gave no usable answer for model " + MODEL
                + " before the call's deadline of 0.5 s passed; last: timeout");
        assertThat(e.attempts()).extracting(Attempt::httpStatus, Attempt::outcome)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0, "timeout"));
        assertThat(took).as("the call ended at its deadline, not at the read timeout").isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void aClosedPortIsUnreachableAfterTheRetries() {
        String url = "http://127.0.0.1:" + OrchestratorFixtures.closedPort() + "/v1";
        LlmSettings settings = OpenAiFake.settings(server, MODEL).withBaseUrl(url)
                .withFallbackModels(List.of("gpt-4o-mini-2024-07-18"));

        OrchestratorException e = failure(settings);

        assertThat(e.kind()).isEqualTo(Kind.UNREACHABLE);
        assertThat(e.endpoint()).isEqualTo(url);
        assertThat(e.getMessage()).isEqualTo("cannot reach " + url + ": connection refused after 4 attempts; "
                + "is the server running and is the URL right?");
        // Another model on the same dead host would fail the same way.
        assertThat(e.attempts()).hasSize(4).allSatisfy(a -> assertThat(a.model()).isEqualTo(MODEL));
        assertThat(fake.sleeps()).hasSize(3);
        assertThat(fake.warnings()).first().asString().contains("failed (connection refused), retry 2/4");
    }

    @Test
    @Timeout(20)
    void anInterruptCancelsTheCallAtOnce() throws Exception {
        server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());
        OpenAiOrchestrator orchestrator = new OpenAiProvider().create(OpenAiFake.settings(server, MODEL), http,
                fake.context());
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread caller = new Thread(() -> {
            try {
                orchestrator.complete(OrchestratorFixtures.verdictPrompt());
            } catch (Throwable t) {
                thrown.set(t);
            }
        });
        caller.start();
        assertThat(server.takeRequest(5, TimeUnit.SECONDS)).isNotNull();
        assertThat(http.dispatcher().runningCallsCount()).isEqualTo(1);

        caller.interrupt();
        caller.join(5000);

        assertThat(caller.isAlive()).isFalse();
        assertThat(thrown.get()).isInstanceOf(InterruptedException.class);
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (http.dispatcher().runningCallsCount() > 0 && System.nanoTime() < until) {
            Thread.sleep(10);
        }
        assertThat(http.dispatcher().runningCallsCount()).as("the HTTP call was cancelled").isZero();
        assertThat(fake.sleeps()).isEmpty();
    }

    @Test
    void anInterruptDuringTheBackoffStopsTheRetries() {
        server.enqueue(OpenAiFake.error(503, "server_error", null, "overloaded"));
        server.enqueue(OpenAiFake.completion(VERDICT_JSON, MODEL, 100, 10));
        OrchestratorContext interrupting = new OrchestratorContext(BuildLog.silent(), Clock.systemUTC(), millis -> {
            throw new InterruptedException("build aborted");
        });
        OpenAiOrchestrator orchestrator = new OpenAiProvider().create(OpenAiFake.settings(server, MODEL), http,
                interrupting);

        assertThatThrownBy(() -> orchestrator.complete(OrchestratorFixtures.verdictPrompt()))
                .isInstanceOf(InterruptedException.class);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void noMessageOrLogLineEverContainsTheKey() throws Exception {
        String echo = "Invalid header 'Authorization: Bearer " + OpenAiFake.KEY_VALUE + "' for key "
                + OpenAiFake.KEY_VALUE;
        List<MockResponse> responses = List.of(OpenAiFake.invalidKey(),
                OpenAiFake.error(400, "invalid_request_error", null, echo),
                OpenAiFake.error(403, "permission_error", null, echo),
                new MockResponse.Builder().code(200).body("<html><title>" + OpenAiFake.KEY_VALUE + "</title></html>")
                        .setHeader("Content-Type", "text/html").build(),
                OpenAiFake.refusal("I will not repeat " + OpenAiFake.KEY_VALUE, MODEL),
                new MockResponse.Builder().code(500).body("upstream said " + echo).build());
        List<String> texts = new ArrayList<>();
        for (MockResponse response : responses) {
            server.enqueue(response);
            for (int i = 0; i < 3; i++) {
                server.enqueue(response);
            }
            OrchestratorException e = failure(OpenAiFake.settings(server, MODEL));
            texts.add(e.getMessage());
            texts.add(String.valueOf(e));
            server.close();
            server = OrchestratorFixtures.startServer();
        }
        texts.addAll(fake.lines());

        assertThat(texts).hasSizeGreaterThan(12).allSatisfy(text -> assertThat(text)
                .doesNotContain(OpenAiFake.KEY_VALUE).doesNotContain("obraTESTkey"));
        assertThat(texts).anySatisfy(text -> assertThat(text).contains("Bearer ****"));
    }

    @Test
    void aLateSuccessAfterARetryKeepsEveryAttempt() throws Exception {
        server.enqueue(OpenAiFake.rateLimited("1"));
        server.enqueue(OpenAiFake.error(500, "server_error", null, "boom"));
        server.enqueue(OpenAiFake.completion(VERDICT_JSON, MODEL, 100, 10));

        Completion completion = new OpenAiProvider().create(OpenAiFake.settings(server, MODEL), http, fake.context())
                .complete(OrchestratorFixtures.verdictPrompt());

        assertThat(completion.attempts()).extracting(Attempt::httpStatus, Attempt::outcome).containsExactly(
                org.assertj.core.groups.Tuple.tuple(429, "rate_limited"),
                org.assertj.core.groups.Tuple.tuple(500, "server_error"),
                org.assertj.core.groups.Tuple.tuple(200, "ok"));
        assertThat(completion.durationMs()).isGreaterThanOrEqualTo(1000);
    }
}
