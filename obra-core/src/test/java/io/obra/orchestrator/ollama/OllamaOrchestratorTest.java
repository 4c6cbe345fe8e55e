package io.obra.orchestrator.ollama;

import com.fasterxml.jackson.databind.JsonNode;
import io.obra.config.LlmSettings;
import io.obra.orchestrator.Attempt;
import io.obra.orchestrator.Completion;
import io.obra.orchestrator.HealthCheck;
import io.obra.orchestrator.OrchestratorException;
import io.obra.orchestrator.OrchestratorException.Kind;
import io.obra.orchestrator.TokenUsage;
import io.obra.privacy.Secret;
import io.obra.testing.FakeOrchestratorContext;
import io.obra.testing.OllamaFake;
import io.obra.testing.OpenAiFake;
import io.obra.testing.OrchestratorFixtures;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static io.obra.testing.OrchestratorFixtures.VERDICT_JSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class OllamaOrchestratorTest {

    private static final String MODEL = "qwen2.5-coder:32b";

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
        String url = server.url("/").toString();
        return url.substring(0, url.length() - 1);
    }

    private OllamaOrchestrator orchestrator(final LlmSettings settings) {
        return new OllamaProvider().create(settings, http, fake.context());
    }

    private OrchestratorException failure(final LlmSettings settings) {
        return catchThrowableOfType(OrchestratorException.class,
                () -> orchestrator(settings).complete(OrchestratorFixtures.verdictPrompt()));
    }

    private RecordedRequest taken() throws InterruptedException {
        return server.takeRequest(5, TimeUnit.SECONDS);
    }

    @Test
    void sendsANonStreamingChatWithTheSchemaAsFormatAndInThePrompt() throws Exception {
        server.enqueue(OllamaFake.chat(VERDICT_JSON, MODEL, 1480, 298));
        LlmSettings settings = OrchestratorFixtures.ollamaTuned(OrchestratorFixtures.tuned(
                OllamaFake.settings(server, MODEL), 0.1, null, 2048, Map.of("seed", 7, "top_k", 20)), 16384, "10m");

        Completion completion = orchestrator(settings).complete(OrchestratorFixtures.verdictPrompt());

        assertThat(completion.content()).isEqualTo(VERDICT_JSON);
        assertThat(completion.provider()).isEqualTo("ollama");
        assertThat(completion.model()).isEqualTo(MODEL);
        assertThat(completion.usage()).isEqualTo(new TokenUsage(1480, 0, 298));
        assertThat(completion.attempts()).extracting(Attempt::httpStatus, Attempt::outcome)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(200, "ok"));

        RecordedRequest request = taken();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getUrl().encodedPath()).isEqualTo("/api/chat");
        assertThat(request.getHeaders().get("Authorization")).isNull();
        assertThat(request.getHeaders().get("Content-Type")).isEqualTo("application/json; charset=utf-8");
        JsonNode body = OpenAiFake.requestBody(request);
        assertThat(body.path("model").asText()).isEqualTo(MODEL);
        assertThat(body.path("stream").isBoolean()).isTrue();
        assertThat(body.path("stream").asBoolean()).isFalse();
        assertThat(body.path("format")).isEqualTo(OrchestratorFixtures.schema());
        assertThat(body.path("keep_alive").asText()).isEqualTo("10m");
        JsonNode options = body.path("options");
        assertThat(options.path("temperature").asDouble()).isEqualTo(0.1);
        assertThat(options.path("num_ctx").asInt()).isEqualTo(16384);
        assertThat(options.path("num_predict").asInt()).isEqualTo(2048);
        assertThat(options.path("seed").asInt()).isEqualTo(7);
        assertThat(options.path("top_k").asInt()).isEqualTo(20);
        JsonNode messages = body.path("messages");
        assertThat(messages).hasSize(2);
        assertThat(messages.get(0).path("role").asText()).isEqualTo("system");
        assertThat(messages.get(1).path("role").asText()).isEqualTo("user");
        String user = messages.get(1).path("content").asText();
        assertThat(user).startsWith("Task: add input validation.")
                .contains("conforms to this JSON schema").contains("\"required\":[\"quality\",\"confidence\"");
    }

    @Test
    void logsTheTimingsThatOllamaReportsInNanoseconds() throws Exception {
        server.enqueue(OllamaFake.chat(VERDICT_JSON, MODEL, 1480, 298));

        orchestrator(OllamaFake.settings(server, MODEL)).complete(OrchestratorFixtures.verdictPrompt());

        // total 5191566416 ns, load 2154458 ns, 298 tokens in 4799921000 ns.
        assertThat(fake.lines()).contains("INFO orchestrator: ollama qwen2.5-coder:32b answered in 5.2 s "
                + "(model load 0.0 s; 1480 prompt tokens; 298 output tokens at 62.1 tokens/s)");
    }

    @Test
    void aKeyIsSentAsABearerTokenForAProxy() throws Exception {
        server.enqueue(OllamaFake.chat(VERDICT_JSON, MODEL, 10, 10));
        LlmSettings settings = OllamaFake.settings(server, MODEL)
                .withApiKey(new Secret("Jenkins credential 'ollama-proxy'", "proxy-token-123456"));

        orchestrator(settings).complete(OrchestratorFixtures.verdictPrompt());

        assertThat(taken().getHeaders().get("Authorization")).isEqualTo("Bearer proxy-token-123456");
    }

    @Test
    void aModelThatIsNotPulledSaysHowToPullIt() {
        server.enqueue(OllamaFake.modelNotFound(MODEL));
        server.enqueue(OllamaFake.chat(VERDICT_JSON, MODEL, 10, 10));

        OrchestratorException e = failure(OllamaFake.settings(server, MODEL));

        assertThat(e.kind()).isEqualTo(Kind.NOT_FOUND);
        assertThat(e.getMessage()).startsWith("model qwen2.5-coder:32b is not pulled on " + endpoint()
                + "; run `ollama pull qwen2.5-coder:32b`");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aPlain404MeansTheBaseUrlIsNotTheOllamaRoot() {
        server.enqueue(new MockResponse.Builder().code(404).setHeader("Content-Type", "text/plain")
                .body("404 page not found").build());

        OrchestratorException e = failure(OllamaFake.settings(server, MODEL));

        assertThat(e.kind()).isEqualTo(Kind.NOT_FOUND);
        assertThat(e.getMessage()).contains("has no Ollama API at " + endpoint() + "/api/chat")
                .contains("without /api or /v1");
    }

    @Test
    void aServerErrorIsRetriedThenSucceeds() throws Exception {
        server.enqueue(OllamaFake.error(500, "llama runner process has terminated: signal: killed"));
        server.enqueue(OllamaFake.chat(VERDICT_JSON, MODEL, 10, 10));

        Completion completion = orchestrator(OllamaFake.settings(server, MODEL))
                .complete(OrchestratorFixtures.verdictPrompt());

        assertThat(completion.attempts()).extracting(Attempt::httpStatus).containsExactly(500, 200);
        assertThat(fake.warnings()).singleElement().asString()
                .startsWith("orchestrator: ollama qwen2.5-coder:32b returned 500, retry 2/4 in ");
    }

    @Test
    void aServerErrorAfterTheRetriesCarriesOllamasMessage() {
        for (int i = 0; i < 4; i++) {
            server.enqueue(OllamaFake.error(500, "model requires more system memory (20.5 GiB) than is available"));
        }

        OrchestratorException e = failure(OllamaFake.settings(server, MODEL));

        assertThat(e.kind()).isEqualTo(Kind.SERVER_ERROR);
        assertThat(e.getMessage()).isEqualTo("Ollama at " + endpoint() + " failed with 500 for model " + MODEL
                + " after 4 attempts: model requires more system memory (20.5 GiB) than is available");
    }

    @Test
    void doneReasonLengthIsATruncatedReply() {
        server.enqueue(OllamaFake.chat("{\"quality\": 7", MODEL, 100, 2048, "length"));

        OrchestratorException e = failure(OllamaFake.settings(server, MODEL));

        assertThat(e.kind()).isEqualTo(Kind.INVALID_CONTENT);
        assertThat(e.getMessage()).contains("done_reason length").contains("num_predict");
    }

    @Test
    void aPromptThatFillsTheContextWindowIsWarnedAbout() throws Exception {
        server.enqueue(OllamaFake.chat(VERDICT_JSON, MODEL, 3900, 196));
        server.enqueue(OllamaFake.chat(VERDICT_JSON, MODEL, 2048, 100));
        server.enqueue(OllamaFake.chat(VERDICT_JSON, MODEL, 2000, 100));

        orchestrator(OrchestratorFixtures.ollamaTuned(OllamaFake.settings(server, MODEL), 4096, null))
                .complete(OrchestratorFixtures.verdictPrompt());
        orchestrator(OllamaFake.settings(server, MODEL)).complete(OrchestratorFixtures.verdictPrompt());
        orchestrator(OllamaFake.settings(server, MODEL)).complete(OrchestratorFixtures.verdictPrompt());

        assertThat(fake.warnings()).hasSize(2);
        assertThat(fake.warnings().get(0)).contains("3900 prompt tokens of num_ctx 4096").contains("raise num_ctx");
        assertThat(fake.warnings().get(1)).contains("2048 prompt tokens, Ollama's default window");
    }

    @Test
    void anErrorInsideA200IsAServerError() {
        server.enqueue(OllamaFake.error(200, "an error was encountered while running the model: unexpected EOF"));

        OrchestratorException e = failure(OllamaFake.settings(server, MODEL));

        assertThat(e.kind()).isEqualTo(Kind.SERVER_ERROR);
        assertThat(e.getMessage()).contains("unexpected EOF");
    }

    @Test
    void anUnreachableOllamaSaysHowToMakeItReachable() {
        String url = "http://127.0.0.1:" + OrchestratorFixtures.closedPort();

        OrchestratorException e = failure(OllamaFake.settings(server, MODEL).withBaseUrl(url));

        assertThat(e.kind()).isEqualTo(Kind.UNREACHABLE);
        assertThat(e.getMessage()).startsWith("cannot reach Ollama at " + url + ": connection refused after 4 attempts")
                .contains("ollama serve").contains("OLLAMA_HOST=0.0.0.0");
    }

    @Test
    void fallsBackToTheNextPulledModel() throws Exception {
        server.enqueue(OllamaFake.modelNotFound(MODEL));
        server.enqueue(OllamaFake.chat(VERDICT_JSON, "qwen2.5-coder:14b", 10, 10));

        Completion completion = orchestrator(OllamaFake.settings(server, MODEL)
                .withFallbackModels(List.of("qwen2.5-coder:14b"))).complete(OrchestratorFixtures.verdictPrompt());

        assertThat(completion.model()).isEqualTo("qwen2.5-coder:14b");
        assertThat(completion.attempts()).extracting(Attempt::model, Attempt::httpStatus).containsExactly(
                org.assertj.core.groups.Tuple.tuple(MODEL, 404),
                org.assertj.core.groups.Tuple.tuple("qwen2.5-coder:14b", 200));
        assertThat(fake.warnings()).singleElement().asString()
                .contains("ollama qwen2.5-coder:32b failed (model qwen2.5-coder:32b is not pulled")
                .endsWith("falling back to model qwen2.5-coder:14b");
    }

    @Test
    void checkConfirmsTheServerAndThatTheModelIsPulled() throws Exception {
        server.enqueue(OllamaFake.version("0.12.6"));
        server.enqueue(OllamaFake.tags("llama3.1:8b", MODEL));

        HealthCheck check = orchestrator(OllamaFake.settings(server, MODEL)).check();

        assertThat(check.ok()).isTrue();
        assertThat(check.message()).isEqualTo("Ollama 0.12.6 at " + endpoint() + " has qwen2.5-coder:32b pulled");
        assertThat(taken().getUrl().encodedPath()).isEqualTo("/api/version");
        assertThat(taken().getUrl().encodedPath()).isEqualTo("/api/tags");
    }

    @Test
    void checkSaysWhichModelToPull() throws Exception {
        server.enqueue(OllamaFake.version("0.12.6"));
        server.enqueue(OllamaFake.tags("llama3.1:8b"));

        HealthCheck check = orchestrator(OllamaFake.settings(server, MODEL)).check();

        assertThat(check.ok()).isFalse();
        assertThat(check.message()).isEqualTo("Ollama 0.12.6 at " + endpoint() + " answers, but qwen2.5-coder:32b "
                + "is not pulled; run `ollama pull qwen2.5-coder:32b` (pulled: llama3.1:8b)");
    }

    @Test
    void checkMatchesATaglessNameToLatest() throws Exception {
        server.enqueue(OllamaFake.version("0.12.6"));
        server.enqueue(OllamaFake.tags("llama3:latest"));

        HealthCheck check = orchestrator(OllamaFake.settings(server, "llama3")).check();

        assertThat(check.ok()).isTrue();
    }

    @Test
    void checkOfAnUnreachableServerFailsWithTheReason() throws Exception {
        String url = "http://127.0.0.1:" + OrchestratorFixtures.closedPort();

        HealthCheck check = orchestrator(OllamaFake.settings(server, MODEL).withBaseUrl(url)).check();

        assertThat(check.ok()).isFalse();
        assertThat(check.message()).startsWith("cannot reach Ollama at " + url + ": connection refused");
    }

    @Test
    void listsThePulledModelsForADropdown() throws Exception {
        server.enqueue(OllamaFake.tags(MODEL, "llama3.1:8b"));

        List<OllamaModel> models = orchestrator(OllamaFake.settings(server, MODEL)).listModels();

        assertThat(models).extracting(OllamaModel::name).containsExactly(MODEL, "llama3.1:8b");
        assertThat(models.get(0).parameterSize()).isEqualTo("32.8B");
        assertThat(models.get(0).quantization()).isEqualTo("Q4_K_M");
        assertThat(models.get(0).sizeBytes()).isEqualTo(19_851_349_856L);
        assertThat(models.get(0).label()).isEqualTo("qwen2.5-coder:32b (32.8B, Q4_K_M, 19.9 GB)");
        assertThat(taken().getUrl().encodedPath()).isEqualTo("/api/tags");
    }

    @Test
    void listingFromAServerThatRefusesFailsWithItsMessage() {
        server.enqueue(OllamaFake.error(401, "unauthorized"));

        OrchestratorException e = catchThrowableOfType(OrchestratorException.class,
                () -> orchestrator(OllamaFake.settings(server, MODEL)).listModels());

        assertThat(e.kind()).isEqualTo(Kind.AUTHENTICATION);
        assertThat(e.getMessage()).contains("requires a token (401)").contains("set api_key");
    }

    @Test
    void unpinnedModelNamesAreWarnedAbout() {
        orchestrator(OllamaFake.settings(server, "llama3").withFallbackModels(List.of("mistral:latest", MODEL)));

        assertThat(fake.warnings()).hasSize(2);
        assertThat(fake.warnings().get(0)).contains("model 'llama3' has no tag or the tag 'latest'");
        assertThat(fake.warnings().get(1)).contains("model 'mistral:latest'");
    }
}
