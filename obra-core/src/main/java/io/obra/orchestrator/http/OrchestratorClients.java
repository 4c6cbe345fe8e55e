package io.obra.orchestrator.http;

import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;

/**
 * Settings for the one shared client that every orchestrator call of a controller or CLI goes
 * through. The engine's calls run synchronously on the calling thread ({@link HttpCall}), which OkHttp's
 * dispatcher limits do not hold back; asynchronous calls on the same client (an integrator's, or an engine
 * version that dispatched its calls) are, and OkHttp's default of 5 concurrent requests per host would queue
 * the sixth concurrent build's call behind the others (benchmark P5, docs/performance.md). The raised limits
 * keep the shared client free of that queue whatever way it is used; they allocate nothing by themselves.
 */
public final class OrchestratorClients {

    /** Concurrent calls to one orchestrator host (e.g. api.openai.com, or one Ollama). */
    public static final int MAX_REQUESTS_PER_HOST = 64;
    /** Concurrent calls in all. */
    public static final int MAX_REQUESTS = 256;

    private OrchestratorClients() {
    }

    /** The builder with a dispatcher sized for many concurrent runs; returns the same builder. */
    public static OkHttpClient.Builder configure(final OkHttpClient.Builder builder) {
        Dispatcher dispatcher = new Dispatcher();
        dispatcher.setMaxRequests(MAX_REQUESTS);
        dispatcher.setMaxRequestsPerHost(MAX_REQUESTS_PER_HOST);
        return builder.dispatcher(dispatcher);
    }
}
