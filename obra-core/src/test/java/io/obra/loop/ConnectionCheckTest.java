package io.obra.loop;

import io.obra.testing.OllamaFake;
import io.obra.testing.OrchestratorFixtures;
import mockwebserver3.MockWebServer;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ConnectionCheckTest {

    private final MockWebServer server = OrchestratorFixtures.startServer();
    private final OkHttpClient http = new OkHttpClient();

    @AfterEach
    void close() {
        server.close();
        OrchestratorFixtures.close(http);
    }

    @Test
    void listsThePulledOllamaModelsForTheDropdown() throws InterruptedException {
        server.enqueue(OllamaFake.tags("qwen2.5-coder:32b", "llama3.1:8b"));

        assertThat(new ConnectionCheck(http).models(OllamaFake.settings(server, "qwen2.5-coder:32b")))
                .containsExactly("qwen2.5-coder:32b", "llama3.1:8b");
    }

    @Test
    void reportsAModelThatIsNotPulledWithTheFix() throws InterruptedException {
        server.enqueue(OllamaFake.version("0.12.3"));
        server.enqueue(OllamaFake.tags("llama3.1:8b"));

        var health = new ConnectionCheck(http).check(OllamaFake.settings(server, "qwen2.5-coder:32b"));

        assertThat(health.ok()).isFalse();
        assertThat(health.message()).contains("ollama pull qwen2.5-coder:32b");
    }

    @Test
    void anUnreachableEndpointIsAFailedCheckNotAnException() throws InterruptedException {
        var settings = OllamaFake.settings(server, "qwen2.5-coder:32b")
                .withBaseUrl("http://127.0.0.1:" + OrchestratorFixtures.closedPort());

        var health = new ConnectionCheck(http).check(settings);

        assertThat(health.ok()).isFalse();
        assertThat(health.message()).contains("127.0.0.1");
        assertThat(new ConnectionCheck(http).models(settings)).isEmpty();
    }
}
