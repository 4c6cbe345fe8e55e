package io.obra.orchestrator.openai;

import com.fasterxml.jackson.databind.JsonNode;
import io.obra.config.LlmSettings;
import io.obra.orchestrator.Attempt;
import io.obra.orchestrator.Completion;
import io.obra.orchestrator.OrchestratorException;
import io.obra.orchestrator.Prompt;
import io.obra.orchestrator.TokenUsage;
import io.obra.testing.FakeOrchestratorContext;
import io.obra.testing.OpenAiFake;
import io.obra.testing.OrchestratorFixtures;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import static io.obra.testing.OrchestratorFixtures.VERDICT_JSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OpenAiRequestTest {

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

    private OpenAiOrchestrator orchestrator(final LlmSettings settings) {
        return new OpenAiProvider().create(settings, http, fake.context());
    }

    private RecordedRequest taken() throws InterruptedException {
        return server.takeRequest(5, TimeUnit.SECONDS);
    }

    @Test
    void sendsAStrictSchemaRequestAndReadsTheCompletion() throws Exception {
        server.enqueue(OpenAiFake.completion(VERDICT_JSON, MODEL, 1200, 300, 180, "stop"));
        LlmSettings settings = OrchestratorFixtures.tuned(OpenAiFake.settings(server, MODEL), 0.0, null, 2000, Map.of());

        Completion completion = orchestrator(settings).complete(OrchestratorFixtures.verdictPrompt());

        assertThat(completion.content()).isEqualTo(VERDICT_JSON);
        assertThat(completion.provider()).isEqualTo("openai");
        assertThat(completion.model()).isEqualTo(MODEL);
        assertThat(completion.usage()).isEqualTo(new TokenUsage(1200, 300, 180));
        assertThat(completion.attempts()).extracting(Attempt::provider, Attempt::model, Attempt::httpStatus,
                Attempt::outcome).containsExactly(org.assertj.core.groups.Tuple.tuple("openai", MODEL, 200, "ok"));

        RecordedRequest request = taken();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getUrl().encodedPath()).isEqualTo("/v1/chat/completions");
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + OpenAiFake.KEY_VALUE);
        assertThat(request.getHeaders().get("api-key")).isNull();
        assertThat(request.getHeaders().get("Content-Type")).isEqualTo("application/json; charset=utf-8");
        JsonNode body = OpenAiFake.requestBody(request);
        assertThat(body.path("model").asText()).isEqualTo(MODEL);
        assertThat(body.path("messages")).hasSize(2);
        assertThat(body.path("messages").get(0).path("role").asText()).isEqualTo("system");
        assertThat(body.path("messages").get(0).path("content").asText()).startsWith("You are a strict code reviewer");
        assertThat(body.path("messages").get(1).path("role").asText()).isEqualTo("user");
        assertThat(body.path("messages").get(1).path("content").asText()).contains("add input validation");
        JsonNode format = body.path("response_format");
        assertThat(format.path("type").asText()).isEqualTo("json_schema");
        assertThat(format.path("json_schema").path("name").asText()).isEqualTo("obra_verdict");
        assertThat(format.path("json_schema").path("strict").asBoolean()).isTrue();
        assertThat(format.path("json_schema").path("schema")).isEqualTo(OrchestratorFixtures.schema());
        assertThat(body.path("temperature").asDouble(-1)).isEqualTo(0.0);
        assertThat(body.path("max_tokens").asInt()).isEqualTo(2000);
        assertThat(body.has("max_completion_tokens")).isFalse();
        assertThat(body.has("reasoning_effort")).isFalse();
        assertThat(body.has("stream")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"o1-2024-12-17", "o3-2025-04-16", "o3-mini-2025-01-31", "o4-mini-2025-04-16",
            "gpt-5-2025-08-07", "gpt-5-mini-2025-08-07"})
    void reasoningModelsGetMaxCompletionTokensAndEffortButNoTemperature(final String model) throws Exception {
        server.enqueue(OpenAiFake.completion(VERDICT_JSON, model, 900, 400));
        LlmSettings settings = OrchestratorFixtures.tuned(OpenAiFake.settings(server, model), 0.2, "high", 4000,
                Map.of("temperature", 0.7));

        orchestrator(settings).complete(OrchestratorFixtures.verdictPrompt());

        JsonNode body = OpenAiFake.requestBody(taken());
        assertThat(body.path("model").asText()).isEqualTo(model);
        assertThat(body.path("max_completion_tokens").asInt()).isEqualTo(4000);
        assertThat(body.path("reasoning_effort").asText()).isEqualTo("high");
        assertThat(body.has("temperature")).isFalse();
        assertThat(body.has("max_tokens")).isFalse();
        assertThat(body.path("response_format").path("json_schema").path("strict").asBoolean()).isTrue();
    }

    @Test
    void reasoningModelWithoutConfiguredEffortSendsNoEffort() throws Exception {
        server.enqueue(OpenAiFake.completion(VERDICT_JSON, "o3-mini-2025-01-31", 900, 400));
        LlmSettings settings = OrchestratorFixtures.tuned(OpenAiFake.settings(server, "o3-mini-2025-01-31"), 0.0,
                null, null, Map.of());

        orchestrator(settings).complete(OrchestratorFixtures.verdictPrompt());

        JsonNode body = OpenAiFake.requestBody(taken());
        assertThat(body.has("reasoning_effort")).isFalse();
        assertThat(body.has("temperature")).isFalse();
        assertThat(body.has("max_completion_tokens")).isFalse();
    }

    @Test
    void azureSendsTheApiKeyHeaderAndTheApiVersionOnEveryRequest() throws Exception {
        server.enqueue(OpenAiFake.completion(VERDICT_JSON, "gpt-4o-2024-11-20", 100, 20));
        server.enqueue(OpenAiFake.completion("ok", "gpt-4o-2024-11-20", 12, 1));
        LlmSettings settings = OrchestratorFixtures.azure(OpenAiFake.settings(server, "obra-judge")
                .withBaseUrl(server.url("/openai/deployments/obra-judge").toString()), "2024-10-21");
        OpenAiOrchestrator azure = orchestrator(settings);

        Completion completion = azure.complete(OrchestratorFixtures.verdictPrompt());
        assertThat(azure.check().ok()).isTrue();

        assertThat(completion.model()).isEqualTo("gpt-4o-2024-11-20");
        for (int i = 0; i < 2; i++) {
            RecordedRequest request = taken();
            assertThat(request.getUrl().encodedPath()).isEqualTo("/openai/deployments/obra-judge/chat/completions");
            assertThat(request.getUrl().queryParameter("api-version")).isEqualTo("2024-10-21");
            assertThat(request.getHeaders().get("api-key")).isEqualTo(OpenAiFake.KEY_VALUE);
            assertThat(request.getHeaders().get("Authorization")).isNull();
        }
        // A deployment name is not an OpenAI alias: no pinning warning.
        assertThat(fake.warnings()).isEmpty();
    }

    @Test
    void optionsPassThroughButCannotReplaceTheModelOrMessages() throws Exception {
        server.enqueue(OpenAiFake.completion(VERDICT_JSON, MODEL, 100, 20));
        LlmSettings settings = OrchestratorFixtures.tuned(OpenAiFake.settings(server, MODEL), null, null, null,
                Map.of("seed", 42, "top_p", 0.9, "model", "gpt-3.5-turbo", "messages", "x"));

        orchestrator(settings).complete(OrchestratorFixtures.verdictPrompt());

        JsonNode body = OpenAiFake.requestBody(taken());
        assertThat(body.path("seed").asInt()).isEqualTo(42);
        assertThat(body.path("top_p").asDouble()).isEqualTo(0.9);
        assertThat(body.path("model").asText()).isEqualTo(MODEL);
        assertThat(body.path("messages").isArray()).isTrue();
        assertThat(body.has("temperature")).isFalse();
    }

    @Test
    void aTextPromptAsksForNoResponseFormat() throws Exception {
        server.enqueue(OpenAiFake.completion("Add a null check to UserController.create.", MODEL, 50, 10));

        Completion completion = orchestrator(OpenAiFake.settings(server, MODEL))
                .complete(Prompt.text("Rewrite the task precisely.", "add validation"));

        assertThat(completion.content()).isEqualTo("Add a null check to UserController.create.");
        assertThat(OpenAiFake.requestBody(taken()).has("response_format")).isFalse();
    }

    @Test
    void theConfiguredAliasIsSentExactlyWithAWarningAndTheServedSnapshotIsReported() throws Exception {
        server.enqueue(OpenAiFake.completion(VERDICT_JSON, "gpt-4o-2024-08-06", 100, 20));

        Completion completion = orchestrator(OpenAiFake.settings(server, "gpt-4o"))
                .complete(OrchestratorFixtures.verdictPrompt());

        assertThat(OpenAiFake.requestBody(taken()).path("model").asText()).isEqualTo("gpt-4o");
        assertThat(completion.model()).isEqualTo("gpt-4o-2024-08-06");
        assertThat(fake.warnings()).singleElement().asString()
                .contains("model 'gpt-4o' is an alias").contains("pin a dated version");
    }

    @Test
    void aPinnedModelRaisesNoWarning() {
        orchestrator(OpenAiFake.settings(server, MODEL).withFallbackModels(java.util.List.of("gpt-4o-mini")));

        assertThat(fake.warnings()).singleElement().asString().contains("'gpt-4o-mini'");
    }

    @Test
    void aCompatibleServerWithoutAKeyGetsNoAuthorizationHeader() throws Exception {
        server.enqueue(OpenAiFake.completion(VERDICT_JSON, "Qwen/Qwen2.5-Coder-32B-Instruct", 100, 20));
        LlmSettings settings = LlmSettings.of("openai", "Qwen/Qwen2.5-Coder-32B-Instruct")
                .withBaseUrl(server.url("/v1/").toString()).withRetry(OpenAiFake.fastRetry());

        Completion completion = orchestrator(settings).complete(OrchestratorFixtures.verdictPrompt());

        RecordedRequest request = taken();
        assertThat(request.getUrl().encodedPath()).isEqualTo("/v1/chat/completions");
        assertThat(request.getHeaders().get("Authorization")).isNull();
        assertThat(completion.model()).isEqualTo("Qwen/Qwen2.5-Coder-32B-Instruct");
        assertThat(fake.warnings()).isEmpty();
    }

    @Test
    void theOpenAiApiWithoutAKeyIsAConfigurationErrorBeforeAnyRequest() {
        OpenAiOrchestrator orchestrator = orchestrator(LlmSettings.of("openai", MODEL));

        assertThatThrownBy(() -> orchestrator.complete(OrchestratorFixtures.verdictPrompt()))
                .isInstanceOfSatisfying(OrchestratorException.class, e -> {
                    assertThat(e.kind()).isEqualTo(OrchestratorException.Kind.CONFIGURATION);
                    assertThat(e.endpoint()).isEqualTo("https://api.openai.com/v1");
                    assertThat(e.attempts()).isEmpty();
                })
                .hasMessageContaining("no OpenAI API key is configured for https://api.openai.com/v1")
                .hasMessageContaining("OPENAI_API_KEY");
    }

    @Test
    void schemaNamesAreMadeValidForTheApi() {
        assertThat(OpenAiRequests.schemaName("obra verdict/v1")).isEqualTo("obra_verdict_v1");
        assertThat(OpenAiRequests.schemaName("x".repeat(80))).hasSize(64);
        assertThat(OpenAiRequests.schemaName("")).isEqualTo("response");
    }
}
