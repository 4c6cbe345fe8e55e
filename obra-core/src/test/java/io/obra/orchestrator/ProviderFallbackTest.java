package io.obra.orchestrator;

import io.obra.config.LlmSettings;
import io.obra.testing.FakeOrchestratorContext;
import io.obra.testing.OllamaFake;
import io.obra.testing.OpenAiFake;
import io.obra.testing.OrchestratorFixtures;
import mockwebserver3.MockWebServer;
import okhttp3.OkHttpClient;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static io.obra.testing.OrchestratorFixtures.VERDICT_JSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The whole fallback chain: models of one provider, then another provider (OpenAI → Ollama). */
class ProviderFallbackTest {

    private static final String GPT = "gpt-4o-2024-11-20";
    private static final String MINI = "gpt-4o-mini-2024-07-18";
    private static final String QWEN = "qwen2.5-coder:32b";

    private MockWebServer openai;
    private MockWebServer ollama;
    private OkHttpClient http;
    private FakeOrchestratorContext fake;

    @BeforeEach
    void start() {
        openai = OrchestratorFixtures.startServer();
        ollama = OrchestratorFixtures.startServer();
        http = new OkHttpClient();
        fake = new FakeOrchestratorContext();
    }

    @AfterEach
    void stop() {
        openai.close();
        ollama.close();
        OrchestratorFixtures.close(http);
    }

    private Orchestrator chain(final LlmSettings primary) throws OrchestratorException {
        return Orchestrators.discover().create(primary, Optional.of(OllamaFake.settings(ollama, QWEN)), http,
                fake.context());
    }

    @Test
    void aModelThatKeepsFailingFallsBackToTheNextModel() throws Exception {
        for (int i = 0; i < 4; i++) {
            openai.enqueue(OpenAiFake.error(503, "server_error", "server_is_overloaded", "The engine is overloaded."));
        }
        openai.enqueue(OpenAiFake.completion(VERDICT_JSON, MINI, 900, 120));

        Completion completion = chain(OpenAiFake.settings(openai, GPT).withFallbackModels(List.of(MINI)))
                .complete(OrchestratorFixtures.verdictPrompt());

        assertThat(completion.provider()).isEqualTo("openai");
        assertThat(completion.model()).isEqualTo(MINI);
        assertThat(completion.attempts()).extracting(Attempt::model, Attempt::httpStatus).containsExactly(
                Tuple.tuple(GPT, 503), Tuple.tuple(GPT, 503), Tuple.tuple(GPT, 503), Tuple.tuple(GPT, 503),
                Tuple.tuple(MINI, 200));
        assertThat(OpenAiFake.requestBody(takeLast(openai, 5)).path("model").asText()).isEqualTo(MINI);
        assertThat(fake.warnings()).last().asString()
                .startsWith("orchestrator: openai gpt-4o-2024-11-20 failed (OpenAI at " + openai.url("/v1")
                        + " failed with 503 for model gpt-4o-2024-11-20 after 4 attempts")
                .endsWith("falling back to model " + MINI);
        assertThat(ollama.getRequestCount()).isZero();
    }

    @Test
    void aMissingModelFallsBackAtOnce() throws Exception {
        openai.enqueue(OpenAiFake.modelNotFound(GPT));
        openai.enqueue(OpenAiFake.completion(VERDICT_JSON, MINI, 900, 120));

        Completion completion = chain(OpenAiFake.settings(openai, GPT).withFallbackModels(List.of(MINI)))
                .complete(OrchestratorFixtures.verdictPrompt());

        assertThat(completion.model()).isEqualTo(MINI);
        assertThat(completion.attempts()).extracting(Attempt::httpStatus).containsExactly(404, 200);
        assertThat(fake.sleeps()).isEmpty();
    }

    @Test
    void whenEveryOpenAiModelFailsOllamaAnswers() throws Exception {
        for (int i = 0; i < 8; i++) {
            openai.enqueue(OpenAiFake.error(500, "server_error", null, "The server had an error."));
        }
        ollama.enqueue(OllamaFake.chat(VERDICT_JSON, QWEN, 1500, 220));

        Completion completion = chain(OpenAiFake.settings(openai, GPT).withFallbackModels(List.of(MINI)))
                .complete(OrchestratorFixtures.verdictPrompt());

        assertThat(completion.provider()).isEqualTo("ollama");
        assertThat(completion.model()).isEqualTo(QWEN);
        assertThat(completion.content()).isEqualTo(VERDICT_JSON);
        assertThat(completion.attempts()).hasSize(9);
        assertThat(completion.attempts()).extracting(Attempt::provider).containsOnly("openai", "ollama");
        assertThat(completion.attempts().get(8)).extracting(Attempt::provider, Attempt::model, Attempt::httpStatus,
                Attempt::outcome).containsExactly("ollama", QWEN, 200, "ok");
        String ollamaUrl = ollama.url("/").toString();
        assertThat(fake.warnings()).last().asString().startsWith("orchestrator: openai failed (")
                .endsWith("falling back to ollama " + QWEN + " at " + ollamaUrl.substring(0, ollamaUrl.length() - 1));
    }

    @Test
    void anExhaustedQuotaSkipsTheOtherOpenAiModelsButNotOllama() throws Exception {
        openai.enqueue(OpenAiFake.insufficientQuota());
        ollama.enqueue(OllamaFake.chat(VERDICT_JSON, QWEN, 1500, 220));

        Completion completion = chain(OpenAiFake.settings(openai, GPT).withFallbackModels(List.of(MINI)))
                .complete(OrchestratorFixtures.verdictPrompt());

        assertThat(completion.provider()).isEqualTo("ollama");
        assertThat(openai.getRequestCount()).isEqualTo(1);
        assertThat(completion.attempts()).extracting(Attempt::outcome).containsExactly("insufficient_quota", "ok");
    }

    @Test
    void anUnreachableOpenAiGoesStraightToOllama() throws Exception {
        ollama.enqueue(OllamaFake.chat(VERDICT_JSON, QWEN, 1500, 220));
        LlmSettings primary = OpenAiFake.settings(openai, GPT).withFallbackModels(List.of(MINI))
                .withBaseUrl("http://127.0.0.1:" + OrchestratorFixtures.closedPort() + "/v1");

        Completion completion = chain(primary).complete(OrchestratorFixtures.verdictPrompt());

        assertThat(completion.provider()).isEqualTo("ollama");
        assertThat(completion.attempts()).extracting(Attempt::model).containsExactly(GPT, GPT, GPT, GPT, QWEN);
    }

    @Test
    void aRejectedKeyFailsWithoutAnyFallback() {
        openai.enqueue(OpenAiFake.invalidKey());
        ollama.enqueue(OllamaFake.chat(VERDICT_JSON, QWEN, 1500, 220));

        OrchestratorException e = catchThrowableOfType(OrchestratorException.class,
                () -> chain(OpenAiFake.settings(openai, GPT).withFallbackModels(List.of(MINI)))
                        .complete(OrchestratorFixtures.verdictPrompt()));

        assertThat(e.kind()).isEqualTo(OrchestratorException.Kind.AUTHENTICATION);
        assertThat(e.getMessage()).contains("was rejected (401)");
        assertThat(openai.getRequestCount()).isEqualTo(1);
        assertThat(ollama.getRequestCount()).isZero();
        assertThat(fake.warnings()).noneMatch(line -> line.contains("falling back"));
    }

    @Test
    void whenBothProvidersFailTheErrorTellsBothStoriesAndKeepsEveryAttempt() {
        for (int i = 0; i < 4; i++) {
            openai.enqueue(OpenAiFake.error(503, "server_error", null, "The engine is overloaded."));
        }
        ollama.enqueue(OllamaFake.modelNotFound(QWEN));

        OrchestratorException e = catchThrowableOfType(OrchestratorException.class,
                () -> chain(OpenAiFake.settings(openai, GPT)).complete(OrchestratorFixtures.verdictPrompt()));

        assertThat(e.kind()).isEqualTo(OrchestratorException.Kind.SERVER_ERROR);
        assertThat(e.endpoint()).isEqualTo(openai.url("/v1").toString());
        assertThat(e.getMessage()).contains("failed with 503 for model " + GPT + " after 4 attempts")
                .contains("; the fallback ollama " + QWEN + " failed too: model " + QWEN + " is not pulled on")
                .contains("run `ollama pull " + QWEN + "`");
        assertThat(e.attempts()).extracting(Attempt::provider, Attempt::httpStatus).containsExactly(
                Tuple.tuple("openai", 503), Tuple.tuple("openai", 503), Tuple.tuple("openai", 503),
                Tuple.tuple("openai", 503), Tuple.tuple("ollama", 404));
        assertThat(e.getSuppressed()).hasSize(1);
    }

    @Test
    void checkReportsBothEnds() throws Exception {
        openai.enqueue(OpenAiFake.models(GPT));
        ollama.enqueue(OllamaFake.version("0.12.6"));
        ollama.enqueue(OllamaFake.tags("llama3.1:8b"));

        HealthCheck check = chain(OpenAiFake.settings(openai, GPT)).check();

        assertThat(check.ok()).isFalse();
        assertThat(check.message()).contains("offers " + GPT).contains("; fallback ollama: ")
                .contains("run `ollama pull " + QWEN + "`");
    }

    private static mockwebserver3.RecordedRequest takeLast(final MockWebServer server, final int count)
            throws InterruptedException {
        mockwebserver3.RecordedRequest last = null;
        for (int i = 0; i < count; i++) {
            last = server.takeRequest(5, java.util.concurrent.TimeUnit.SECONDS);
        }
        return last;
    }
}
