package io.obra.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.obra.testing.OpenAiFake;
import io.obra.testing.OrchestratorFixtures;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback stand-in for {@code POST /v1/chat/completions} that answers every request with the same
 * canned {@code chat.completion} (a verdict, as {@link OpenAiFake} builds it), after an optional
 * latency. Unlike MockWebServer it keeps nothing of the requests it served, so hundreds of thousands
 * of 200 KB requests do not fill the heap; it can capture one body on demand.
 */
public final class CannedOpenAi implements AutoCloseable {

    /** The model the canned reply names (pinned, so the engine logs no warning). */
    public static final String MODEL = "gpt-4o-2024-11-20";

    private final HttpServer server;
    private final ExecutorService executor;
    private final byte[] reply;
    private final Duration latency;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger peakInFlight = new AtomicInteger();
    private volatile boolean capture;
    private volatile byte[] captured;

    private CannedOpenAi(final Duration latency) throws IOException {
        this.latency = latency;
        this.reply = OpenAiFake.completionJson(OrchestratorFixtures.VERDICT_JSON, null, MODEL, 1200, 0, 150, "stop")
                .getBytes(StandardCharsets.UTF_8);
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
        this.executor = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "canned-openai");
            thread.setDaemon(true);
            return thread;
        });
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    /** A server answering at once. */
    public static CannedOpenAi start() throws IOException {
        return new CannedOpenAi(Duration.ZERO);
    }

    /** A server that holds every reply for {@code latency}, as a model takes time to answer. */
    public static CannedOpenAi withLatency(final Duration latency) throws IOException {
        return new CannedOpenAi(latency);
    }

    /** The base URL for {@code orchestrator.llm.base_url}: {@code http://127.0.0.1:PORT/v1}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    /** Keeps the body of the next request, for {@link #captured()}. */
    public void captureNext() {
        captured = null;
        capture = true;
    }

    public byte[] captured() {
        if (captured == null) {
            throw new IllegalStateException("no request body was captured");
        }
        return captured.clone();
    }

    /** The most requests the server held at the same time since it started or {@link #resetPeakInFlight()}. */
    public int peakInFlight() {
        return peakInFlight.get();
    }

    public void resetPeakInFlight() {
        peakInFlight.set(inFlight.get());
    }

    private void handle(final HttpExchange exchange) throws IOException {
        int now = inFlight.incrementAndGet();
        peakInFlight.accumulateAndGet(now, Math::max);
        try (exchange) {
            try (InputStream in = exchange.getRequestBody()) {
                if (capture) {
                    captured = in.readAllBytes();
                    capture = false;
                } else {
                    in.transferTo(OutputStream.nullOutputStream());
                }
            }
            if (!latency.isZero()) {
                try {
                    Thread.sleep(latency.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.getResponseHeaders().set("x-request-id", "req_bench");
            exchange.sendResponseHeaders(200, reply.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(reply);
            }
        } finally {
            inFlight.decrementAndGet();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
