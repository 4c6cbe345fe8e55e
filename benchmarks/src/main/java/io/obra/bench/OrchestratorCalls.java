package io.obra.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.obra.config.LlmSettings;
import io.obra.config.RetrySettings;
import io.obra.orchestrator.Completion;
import io.obra.orchestrator.Orchestrator;
import io.obra.orchestrator.OrchestratorContext;
import io.obra.orchestrator.OrchestratorException;
import io.obra.orchestrator.Orchestrators;
import io.obra.orchestrator.Prompt;
import io.obra.orchestrator.http.HttpCall;
import io.obra.orchestrator.http.HttpReply;
import io.obra.orchestrator.http.Json;
import io.obra.port.BuildLog;
import io.obra.privacy.Secret;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.Buffer;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;

/**
 * What P1 times, set up once for a prompt size against a loopback OpenAI stand-in: the engine's call
 * ({@link Orchestrator#complete}: request body built from the prompt, the call on the shared client with its
 * retry wrapper and call watch, the reply parsed with its usage), a bare OkHttp POST of the very same body
 * bytes with the same headers, the engine's transport alone, the engine's encoding of the request alone, and
 * Jackson's stock encoding of it for reference. Both calls read the whole reply; only the engine parses it.
 * Not thread-safe.
 */
public final class OrchestratorCalls implements AutoCloseable {

    private static final MediaType JSON = MediaType.get("application/json");
    private static final String KEY = "sk-proj-benchKEY0123456789abcdefghijklmnop";

    private final CannedOpenAi server;
    private final OkHttpClient http;
    private final Orchestrator orchestrator;
    private final Prompt prompt;
    private final Request bare;
    private final HttpCall engineTransport;
    private final Duration deadline;
    /** The request the engine sent, parsed back: what {@link #encoding()} encodes again. */
    private final JsonNode sentTree;
    private final ObjectMapper stockJackson = new ObjectMapper();

    /**
     * @param promptBytes size of the prompt's system and user text in UTF-8 bytes
     */
    public OrchestratorCalls(final int promptBytes) throws IOException, OrchestratorException, InterruptedException {
        server = CannedOpenAi.start();
        http = new OkHttpClient.Builder().socketFactory(new NoDelaySockets()).build();
        LlmSettings settings = LlmSettings.of("openai", CannedOpenAi.MODEL).withBaseUrl(server.baseUrl())
                .withApiKey(new Secret("benchmark key", KEY));
        orchestrator = Orchestrators.discover().create(settings, http, OrchestratorContext.of(BuildLog.silent()));
        prompt = BenchPrompts.ofSize(promptBytes);
        // The bare call sends exactly the bytes the engine sent, with the same headers.
        server.captureNext();
        orchestrator.complete(prompt);
        byte[] body = server.captured();
        bare = new Request.Builder().url(server.baseUrl() + "/chat/completions")
                .header("Accept", "application/json").header("Authorization", "Bearer " + KEY)
                .post(RequestBody.create(body, JSON)).build();
        // The client the engine derives from the shared one (RetryingCaller), for the transport-only case.
        RetrySettings retry = settings.retry();
        engineTransport = new HttpCall(http.newBuilder().connectTimeout(retry.connectTimeout())
                .readTimeout(retry.readTimeout()).retryOnConnectionFailure(false).build());
        deadline = retry.deadline();
        sentTree = stockJackson.readTree(body);
        Buffer encoded = new Buffer();
        encoding().writeTo(encoded);
        if (!Arrays.equals(encoded.readByteArray(), body)) {
            throw new IllegalStateException("encoding the sent request again gave other bytes than the engine sent");
        }
    }

    /** The engine's call. */
    public Completion engine() throws OrchestratorException, InterruptedException {
        return orchestrator.complete(prompt);
    }

    /** The bare POST of the engine's body bytes; returns the reply's text. */
    public String bare() throws IOException {
        try (Response response = http.newCall(bare).execute()) {
            if (!response.isSuccessful()) {
                throw new IOException("the canned server answered " + response.code());
            }
            return response.body().string();
        }
    }

    /**
     * The engine's transport alone: the bare body sent through {@link HttpCall} (the call watch that cancels
     * the call of an interrupted thread or past its deadline) on the engine's client. Splits the engine's
     * overhead into transport and request building plus reply parsing.
     */
    public HttpReply transport() throws IOException, InterruptedException {
        return engineTransport.execute(bare, deadline);
    }

    /**
     * Encoding the request body alone, as the engine does for every call (the prompt's strings escaped and
     * encoded to UTF-8), without sending it. Added to the bare POST, it is the floor of the engine's time: an
     * HTTP/1.1 body with a Content-Length is complete before its first byte is sent.
     */
    public RequestBody encoding() {
        return Json.body(sentTree);
    }

    /** The same tree through Jackson's stock {@code writeValueAsBytes}, for reference. */
    public byte[] stockJacksonEncoding() throws IOException {
        return stockJackson.writeValueAsBytes(sentTree);
    }

    @Override
    public void close() {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
        server.close();
    }
}
