package io.obra.privacy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.obra.config.PrivacySettings;
import io.obra.orchestrator.Prompt;
import io.obra.testing.SecretSamples.Sample;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** What a fake orchestrator receives over the wire when the prompt went through the redactor. */
class RedactedPromptOverHttpTest {

    private final MockWebServer server = new MockWebServer();

    @BeforeEach
    void start() throws Exception {
        server.start(InetAddress.getByName("127.0.0.1"), 0);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void noSecretReachesTheOrchestratorsRequestBody() throws Exception {
        SecretCorpus corpus = new SecretCorpus(99L, 2);
        Secret runKey = new Secret("environment variable OPENAI_API_KEY", "sk-proj-" + "Q".repeat(40) + "runkey");
        Redactor redactor = new Redactor(true, PrivacySettings.defaults(), List.of(runKey));
        String user = "## Task\nRotate the billing keys\n\n## Change\n" + corpus.diff()
                + "## Verify output (tail)\nUsing key " + runKey.reveal() + "\nBUILD SUCCESS\n";
        Prompt prompt = redactor.redact(Prompt.text("You review changes.", user));

        ObjectMapper json = new ObjectMapper();
        ObjectNode body = json.createObjectNode().put("model", "gpt-4o-2024-11-20");
        body.putArray("messages").add(json.createObjectNode().put("role", "system").put("content", prompt.system()))
                .add(json.createObjectNode().put("role", "user").put("content", prompt.user()));
        server.enqueue(new MockResponse.Builder().code(200).body("{\"choices\":[]}").build());
        OkHttpClient http = new OkHttpClient.Builder().callTimeout(Duration.ofSeconds(20)).build();
        Request request = new Request.Builder().url(server.url("/v1/chat/completions"))
                .post(RequestBody.create(json.writeValueAsString(body), MediaType.get("application/json"))).build();
        try (Response response = http.newCall(request).execute()) {
            assertThat(response.code()).isEqualTo(200);
        }

        RecordedRequest recorded = server.takeRequest(10, TimeUnit.SECONDS);
        assertThat(recorded).isNotNull();
        String sent = recorded.getBody().string(StandardCharsets.UTF_8);
        // JSON escapes \n in the GCP key; compare against the wire form too.
        for (Sample sample : corpus.placed()) {
            assertThat(sent).doesNotContain(sample.value()).doesNotContain(json.writeValueAsString(sample.value())
                    .replace("\"", ""));
        }
        for (String line : corpus.pemBodyLines()) {
            assertThat(sent).doesNotContain(line);
        }
        for (String excluded : corpus.excludedSecrets()) {
            assertThat(sent).doesNotContain(excluded);
        }
        assertThat(sent).doesNotContain(runKey.reveal()).contains("Using key [REDACTED:credential#", "[REDACTED:aws-key#",
                "[file .env excluded by privacy mode]", "Rotate the billing keys", "BUILD SUCCESS");
        assertThat(redactor.log().excludedFiles()).contains(".env", "secrets/prod.yml");
    }

    @Test
    void withoutRedactionTheSameRequestWouldLeakWhichIsWhatTheTestAbovePrevents() throws Exception {
        SecretCorpus corpus = new SecretCorpus(99L, 1);
        server.enqueue(new MockResponse.Builder().code(200).body("{}").build());
        OkHttpClient http = new OkHttpClient();
        Request request = new Request.Builder().url(server.url("/v1/chat/completions"))
                .post(RequestBody.create(corpus.diff(), MediaType.get("text/plain"))).build();
        try (Response response = http.newCall(request).execute()) {
            assertThat(response.code()).isEqualTo(200);
        }

        String sent = server.takeRequest(10, TimeUnit.SECONDS).getBody().string(StandardCharsets.UTF_8);

        assertThat(sent).contains(corpus.placed().get(0).value());
        assertThat(Optional.of(sent).map(s -> s.contains("[REDACTED:"))).contains(false);
    }
}
