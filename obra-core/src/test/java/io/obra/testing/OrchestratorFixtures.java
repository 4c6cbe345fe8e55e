package io.obra.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.obra.config.LlmSettings;
import io.obra.config.RetrySettings;
import io.obra.orchestrator.Prompt;
import mockwebserver3.MockWebServer;
import okhttp3.OkHttpClient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** Shared data and plumbing for orchestrator tests: a verdict schema and reply, servers, settings tweaks. */
public final class OrchestratorFixtures {

    /** A verdict schema in the strict subset OpenAI accepts (every property required, no extra properties). */
    public static final String SCHEMA_JSON = """
            {"type":"object","additionalProperties":false,
             "required":["quality","confidence","summary","criteria","findings"],
             "properties":{
               "quality":{"type":"integer"},"confidence":{"type":"number"},"summary":{"type":"string"},
               "criteria":{"type":"array","items":{"type":"object","additionalProperties":false,
                 "required":["name","score","rationale"],
                 "properties":{"name":{"type":"string"},"score":{"type":"integer"},"rationale":{"type":"string"}}}},
               "findings":{"type":"array","items":{"type":"object","additionalProperties":false,
                 "required":["severity","file","line","message"],
                 "properties":{"severity":{"type":"string","enum":["blocker","major","minor","info"]},
                   "file":{"type":"string"},"line":{"type":"integer"},"message":{"type":"string"}}}}}}
            """;

    /** A verdict the fakes return as message content. */
    public static final String VERDICT_JSON = "{\"quality\":86,\"confidence\":0.8,\"summary\":\"Validation added "
            + "with tests.\",\"criteria\":[{\"name\":\"correctness\",\"score\":88,\"rationale\":\"Rejects empty "
            + "names.\"}],\"findings\":[{\"severity\":\"minor\",\"file\":\"src/UserController.java\",\"line\":42,"
            + "\"message\":\"Message could name the field.\"}]}";

    private static final ObjectMapper JSON = new ObjectMapper();

    private OrchestratorFixtures() {
    }

    public static JsonNode schema() {
        try {
            return JSON.readTree(SCHEMA_JSON);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A structured prompt asking for a verdict. */
    public static Prompt verdictPrompt() {
        return Prompt.structured("You are a strict code reviewer. Score the change.",
                "Task: add input validation.\nDiff:\n+ if (name.isBlank()) throw new IllegalArgumentException();",
                "obra_verdict", schema());
    }

    /** A MockWebServer on the loopback address. */
    public static MockWebServer startServer() {
        MockWebServer server = new MockWebServer();
        try {
            server.start(InetAddress.getByName("127.0.0.1"), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return server;
    }

    /** Releases a client's threads and connections. */
    public static void close(final OkHttpClient http) {
        http.dispatcher().executorService().shutdownNow();
        http.connectionPool().evictAll();
    }

    /** A loopback port with nothing listening (connections are refused). */
    public static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The settings with sampling and length fields set (null leaves a field unset). */
    public static LlmSettings tuned(final LlmSettings s, final Double temperature, final String reasoningEffort,
                                    final Integer maxOutputTokens, final Map<String, Object> options) {
        return new LlmSettings(s.provider(), s.model(), s.fallbackModels(), s.apiKey(), s.baseUrl(), s.apiVersion(),
                Optional.ofNullable(temperature), Optional.ofNullable(reasoningEffort),
                Optional.ofNullable(maxOutputTokens), s.numCtx(), s.keepAlive(), options, s.retry());
    }

    /** The settings with Ollama's context window and keep-alive set. */
    public static LlmSettings ollamaTuned(final LlmSettings s, final Integer numCtx, final String keepAlive) {
        return new LlmSettings(s.provider(), s.model(), s.fallbackModels(), s.apiKey(), s.baseUrl(), s.apiVersion(),
                s.temperature(), s.reasoningEffort(), s.maxOutputTokens(), Optional.ofNullable(numCtx),
                Optional.ofNullable(keepAlive), s.options(), s.retry());
    }

    /** The settings as Azure OpenAI: {@code apiVersion} set. */
    public static LlmSettings azure(final LlmSettings s, final String apiVersion) {
        return new LlmSettings(s.provider(), s.model(), s.fallbackModels(), s.apiKey(), s.baseUrl(),
                Optional.of(apiVersion), s.temperature(), s.reasoningEffort(), s.maxOutputTokens(), s.numCtx(),
                s.keepAlive(), s.options(), s.retry());
    }

    /** {@link OpenAiFake#fastRetry()} with other attempts, deadline and read timeout. */
    public static RetrySettings retry(final int maxAttempts, final Duration deadline, final Duration readTimeout) {
        RetrySettings base = OpenAiFake.fastRetry();
        return new RetrySettings(maxAttempts, base.initialBackoff(), base.maxBackoff(), deadline,
                base.connectTimeout(), readTimeout);
    }
}
