package io.obra.orchestrator.openai;

import io.obra.config.LlmSettings;
import io.obra.orchestrator.HealthCheck;
import io.obra.testing.FakeOrchestratorContext;
import io.obra.testing.OpenAiFake;
import io.obra.testing.OrchestratorFixtures;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class OpenAiCheckTest {

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

    private HealthCheck check(final LlmSettings settings) throws InterruptedException {
        return new OpenAiProvider().create(settings, http, fake.context()).check();
    }

    @Test
    void confirmsTheKeyAndEveryModelOfTheChain() throws Exception {
        server.enqueue(OpenAiFake.models("gpt-4o-2024-08-06", MODEL, "gpt-4o-mini-2024-07-18", "o3-mini"));

        HealthCheck check = check(OpenAiFake.settings(server, MODEL).withFallbackModels(List.of("gpt-4o-mini-2024-07-18")));

        assertThat(check.ok()).isTrue();
        assertThat(check.message()).isEqualTo("OpenAI at " + server.url("/v1") + " accepted the key from environment "
                + "variable OPENAI_API_KEY and offers gpt-4o-2024-11-20, gpt-4o-mini-2024-07-18");
        RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getUrl().encodedPath()).isEqualTo("/v1/models");
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + OpenAiFake.KEY_VALUE);
    }

    @Test
    void namesAModelTheKeyCannotUseAndSuggestsSimilarOnes() throws Exception {
        server.enqueue(OpenAiFake.models("gpt-4o-2024-08-06", "gpt-4o-2024-11-20", "gpt-4.1-2025-04-14"));

        HealthCheck check = check(OpenAiFake.settings(server, "gpt-4o-2099-01-01"));

        assertThat(check.ok()).isFalse();
        assertThat(check.message()).endsWith("but does not offer gpt-4o-2099-01-01; similar models it offers: "
                + "gpt-4o-2024-08-06, gpt-4o-2024-11-20");
    }

    @Test
    void reportsARejectedKeyWithItsSource() throws Exception {
        server.enqueue(OpenAiFake.invalidKey());

        HealthCheck check = check(OpenAiFake.settings(server, MODEL));

        assertThat(check.ok()).isFalse();
        assertThat(check.message()).startsWith("the OpenAI key from environment variable OPENAI_API_KEY was rejected (401)")
                .doesNotContain(OpenAiFake.KEY_VALUE);
    }

    @Test
    void reportsAnUnreachableEndpoint() throws Exception {
        String url = "http://127.0.0.1:" + OrchestratorFixtures.closedPort() + "/v1";

        HealthCheck check = check(OpenAiFake.settings(server, MODEL).withBaseUrl(url));

        assertThat(check.ok()).isFalse();
        assertThat(check.message()).isEqualTo("cannot reach " + url
                + ": connection refused; is the server running and is the URL right?");
    }

    @Test
    void reportsAMissingKeyWithoutCallingOpenAi() throws Exception {
        HealthCheck check = check(LlmSettings.of("openai", MODEL));

        assertThat(check.ok()).isFalse();
        assertThat(check.message()).contains("no OpenAI API key is configured");
    }

    @Test
    void reportsAListingThatIsNotJson() throws Exception {
        server.enqueue(OpenAiFake.htmlPage(200, "Welcome to nginx!"));

        HealthCheck check = check(OpenAiFake.settings(server, MODEL));

        assertThat(check.ok()).isFalse();
        assertThat(check.message()).contains("/v1/models answered 200").contains("HTML page titled 'Welcome to nginx!'");
    }

    @Test
    void azureReportsARejectedKeyAsAzure() throws Exception {
        server.enqueue(OpenAiFake.error(401, "", "401",
                "Access denied due to invalid subscription key or wrong API endpoint."));
        LlmSettings settings = OrchestratorFixtures.azure(OpenAiFake.settings(server, "obra-judge")
                .withBaseUrl(server.url("/openai/deployments/obra-judge").toString()), "2024-10-21");

        HealthCheck check = check(settings);

        assertThat(check.ok()).isFalse();
        assertThat(check.message()).startsWith("the Azure OpenAI key from environment variable OPENAI_API_KEY was rejected (401)")
                .contains("invalid subscription key");
        assertThat(server.takeRequest(5, TimeUnit.SECONDS).getUrl().queryParameter("api-version")).isEqualTo("2024-10-21");
    }
}
