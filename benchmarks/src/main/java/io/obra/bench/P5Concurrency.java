package io.obra.bench;

import io.obra.config.LlmSettings;
import io.obra.orchestrator.Orchestrator;
import io.obra.orchestrator.OrchestratorContext;
import io.obra.orchestrator.Orchestrators;
import io.obra.orchestrator.Prompt;
import io.obra.orchestrator.http.OrchestratorClients;
import io.obra.port.BuildLog;
import io.obra.privacy.Secret;
import okhttp3.Dispatcher;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * P5: 64 orchestrator calls at once ({@link Orchestrator#complete} from 64 threads, one orchestrator on
 * one shared OkHttp client) against a loopback OpenAI stand-in that takes 200 ms per answer, against one
 * call alone. Run three ways in one JVM: the engine on the client the plugin and the CLI build
 * ({@link OrchestratorClients}: a dispatcher allowing 64 calls per host), 64 bare synchronous
 * {@code execute()} calls on OkHttp's default client (to check that its per-host limit leaves
 * synchronous calls alone), and the engine on OkHttp's default client (5 asynchronous calls per host).
 * Each way runs two bursts and measures the second, so connections and dispatcher threads exist as on a
 * busy controller. The server counts how many requests it held at once. Peak threads are the JVM's,
 * which also hosts the 64 calling threads and the server's handler threads; heap is sampled every 5 ms
 * during the burst, garbage included, against the heap in use after a GC just before it.
 */
public final class P5Concurrency {

    static final double TARGET_RATIO = 1.5;
    /** Run-to-run spread of the ratio on the 2-core reference machine (docs/performance.md). */
    static final double NOISE = 0.15;
    static final int CALLS = 64;
    static final Duration LATENCY = Duration.ofMillis(200);

    private static final String KEY = "sk-proj-benchP5key0123456789abcdef";
    private static final MediaType JSON = MediaType.get("application/json");

    private P5Concurrency() {
    }

    /** One way of making the calls. */
    private interface Caller {
        void call() throws Exception;
    }

    private record Burst(long singleMs, long burstMs, int peakInFlight, int peakThreads, int peakOkHttpThreads,
                         long heapBefore, long peakHeapUsed) {
        double ratio() {
            return burstMs / (double) singleMs;
        }
    }

    public static void main(final String[] args) throws Exception {
        Prompt prompt = BenchPrompts.ofSize(8 * 1024);
        Burst product = measure(productClient(), (server, http) -> engine(server, http, prompt));
        Burst bareDefault = measure(defaultClient(), P5Concurrency::bare);
        Burst engineDefault = measure(defaultClient(), (server, http) -> engine(server, http, prompt));

        row("P5 64 concurrent orchestrations, the shared client as plugin and CLI build it", product, true,
                String.format(Locale.ROOT, "; OrchestratorClients: maxRequestsPerHost=%d, maxRequests=%d",
                        OrchestratorClients.MAX_REQUESTS_PER_HOST, OrchestratorClients.MAX_REQUESTS));
        row("P5 64 concurrent bare execute() calls, OkHttp's default client (check)", bareDefault, false, "");
        Dispatcher defaults = new Dispatcher();
        row("P5 64 concurrent orchestrations, OkHttp's default client", engineDefault, false,
                String.format(Locale.ROOT, "; OkHttp defaults maxRequestsPerHost=%d, maxRequests=%d",
                        defaults.getMaxRequestsPerHost(), defaults.getMaxRequests()));
    }

    private static void row(final String name, final Burst b, final boolean gated, final String note) {
        String measured = String.format(Locale.ROOT, "%.2fx (%d ms for 64 vs %d ms for one; server held at most %d"
                        + " at once; peak threads %d, of them OkHttp %d; heap %.0f MB before, peak %.0f MB%s)",
                b.ratio(), b.burstMs, b.singleMs, b.peakInFlight, b.peakThreads, b.peakOkHttpThreads,
                b.heapBefore / 1e6, b.peakHeapUsed / 1e6, note);
        String target = String.format(Locale.ROOT, "<= %.1fx (noise %.0f %%)", TARGET_RATIO, NOISE * 100);
        if (gated) {
            new Row(name, measured, target, Verdict.atMost(b.ratio(), TARGET_RATIO, NOISE)).print();
        } else {
            Row.info(name, measured + "; target " + target + ": "
                    + Verdict.atMost(b.ratio(), TARGET_RATIO, NOISE)).print();
        }
    }

    /** OkHttp as it comes, e.g. a client an integrator hands the engine without configuring it. */
    private static OkHttpClient defaultClient() {
        return new OkHttpClient.Builder().socketFactory(new NoDelaySockets()).build();
    }

    /** The client the plugin ({@code ObraHttpClient}) and the CLI ({@code HttpClients}) build. */
    private static OkHttpClient productClient() {
        return OrchestratorClients.configure(new OkHttpClient.Builder()).socketFactory(new NoDelaySockets()).build();
    }

    /** Makes a caller for a server and a client. */
    private interface CallerFactory {
        Caller create(CannedOpenAi server, OkHttpClient http) throws Exception;
    }

    private static Caller engine(final CannedOpenAi server, final OkHttpClient http, final Prompt prompt)
            throws Exception {
        LlmSettings settings = LlmSettings.of("openai", CannedOpenAi.MODEL).withBaseUrl(server.baseUrl())
                .withApiKey(new Secret("benchmark key", KEY));
        Orchestrator orchestrator = Orchestrators.discover().create(settings, http,
                OrchestratorContext.of(BuildLog.silent()));
        return () -> orchestrator.complete(prompt);
    }

    private static Caller bare(final CannedOpenAi server, final OkHttpClient http) {
        Request request = new Request.Builder().url(server.baseUrl() + "/chat/completions")
                .header("Authorization", "Bearer " + KEY)
                .post(RequestBody.create("{\"model\":\"" + CannedOpenAi.MODEL + "\",\"messages\":[]}", JSON)).build();
        return () -> {
            try (Response response = http.newCall(request).execute()) {
                if (!response.isSuccessful()) {
                    throw new IOException("the canned server answered " + response.code());
                }
                response.body().string();
            }
        };
    }

    private static Burst measure(final OkHttpClient http, final CallerFactory factory) throws Exception {
        try (CannedOpenAi server = CannedOpenAi.withLatency(LATENCY)) {
            Caller caller = factory.create(server, http);
            for (int i = 0; i < 3; i++) {
                caller.call();
            }
            long[] single = new long[5];
            for (int i = 0; i < single.length; i++) {
                long start = System.nanoTime();
                caller.call();
                single[i] = (System.nanoTime() - start) / 1_000_000;
            }
            // A first burst, not measured, opens the connections and starts the threads a busy
            // controller already has; the second is measured.
            burst(caller, new Sampler());
            System.gc();
            long heapBefore = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            threads.resetPeakThreadCount();
            server.resetPeakInFlight();
            Sampler sampler = new Sampler();
            long burstMs = burst(caller, sampler);
            return new Burst(new Percentiles(single).median(), burstMs, server.peakInFlight(),
                    threads.getPeakThreadCount(), sampler.peakOkHttpThreads.get(), heapBefore, sampler.peakHeap.get());
        } finally {
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }
    }

    /**
     * Releases {@value #CALLS} threads at once, each making one call; returns the wall time until all are
     * done. The sampler watches heap and threads meanwhile.
     */
    private static long burst(final Caller caller, final Sampler sampler) throws Exception {
        CountDownLatch ready = new CountDownLatch(CALLS);
        CountDownLatch go = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(CALLS);
        AtomicReference<Exception> failure = new AtomicReference<>();
        List<Thread> callers = new ArrayList<>();
        for (int i = 0; i < CALLS; i++) {
            Thread thread = new Thread(() -> {
                ready.countDown();
                try {
                    go.await();
                    caller.call();
                } catch (Exception e) {
                    failure.compareAndSet(null, e);
                } finally {
                    done.countDown();
                }
            }, "p5-caller-" + i);
            thread.start();
            callers.add(thread);
        }
        ready.await();
        sampler.start();
        long start = System.nanoTime();
        go.countDown();
        done.await();
        long burstMs = (System.nanoTime() - start) / 1_000_000;
        sampler.stop();
        for (Thread thread : callers) {
            thread.join();
        }
        if (failure.get() != null) {
            throw new IllegalStateException("a concurrent call failed", failure.get());
        }
        return burstMs;
    }

    /** Samples heap use and OkHttp's threads every few milliseconds during the burst. */
    private static final class Sampler {
        private final AtomicLong peakHeap = new AtomicLong();
        private final AtomicInteger peakOkHttpThreads = new AtomicInteger();
        private volatile boolean running = true;
        private final Thread thread = new Thread(this::sample, "p5-sampler");

        void start() {
            thread.setDaemon(true);
            thread.start();
        }

        void stop() throws InterruptedException {
            running = false;
            thread.join();
        }

        private void sample() {
            while (running) {
                peakHeap.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(),
                        Math::max);
                int okhttp = (int) Thread.getAllStackTraces().keySet().stream()
                        .filter(t -> t.getName().startsWith("OkHttp")).count();
                peakOkHttpThreads.accumulateAndGet(okhttp, Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }
}
