package io.obra.bench;

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
import io.obra.port.BuildLog;
import io.obra.privacy.Secret;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * P1: one orchestrator call through the engine ({@link Orchestrator#complete}: request body built from
 * the prompt, the call on the shared client with its retry wrapper and call watch, the reply
 * parsed with its usage) against a bare OkHttp POST of the very same body bytes to the same loopback
 * server. Both read the whole reply; only the engine parses it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgs = {"-Xms512m", "-Xmx512m", "-Dsun.net.httpserver.nodelay=true"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class OrchestratorCallBenchmark {

    private static final MediaType JSON = MediaType.get("application/json");
    private static final String KEY = "sk-proj-benchKEY0123456789abcdefghijklmnop";

    /** Size of the prompt's system and user text in UTF-8 bytes: 2 KB or 200 KB. */
    @Param({"2048", "204800"})
    public int promptBytes;

    private CannedOpenAi server;
    private OkHttpClient http;
    private Orchestrator orchestrator;
    private Prompt prompt;
    private Request bare;
    private HttpCall engineTransport;
    private Duration deadline;

    @Setup(Level.Trial)
    public void start() throws IOException, OrchestratorException, InterruptedException {
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
    }

    @TearDown(Level.Trial)
    public void stop() {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
        server.close();
    }

    @Benchmark
    public Completion engine() throws OrchestratorException, InterruptedException {
        return orchestrator.complete(prompt);
    }

    /**
     * The engine's transport alone: the bare body sent through {@link HttpCall} (the call watch that
     * cancels the call of an interrupted thread or past its deadline) on the engine's client. Splits the
     * engine's overhead into transport and request building plus reply parsing.
     */
    @Benchmark
    public HttpReply engineTransport() throws IOException, InterruptedException {
        return engineTransport.execute(bare, deadline);
    }

    @Benchmark
    public String bareOkHttp() throws IOException {
        try (Response response = http.newCall(bare).execute()) {
            if (!response.isSuccessful()) {
                throw new IOException("the canned server answered " + response.code());
            }
            return response.body().string();
        }
    }
}
