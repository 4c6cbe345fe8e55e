package io.jenkins.plugins.obra.util;

import hudson.Extension;
import io.jenkins.plugins.okhttp.api.JenkinsOkHttpClient;
import io.obra.orchestrator.http.OrchestratorClients;
import okhttp3.OkHttpClient;

/**
 * The one HTTP client Obra's orchestrator calls go through, built with okhttp-api so that Jenkins' proxy
 * settings apply (its proxy selector reads them on every call). An extension singleton, created lazily:
 * one connection pool for the whole controller, no static state.
 */
@Extension
public class ObraHttpClient {

    private volatile OkHttpClient client;

    /** The shared client; the engine derives per-call clients (timeouts) from it. */
    public OkHttpClient get() {
        OkHttpClient current = client;
        if (current == null) {
            synchronized (this) {
                current = client;
                if (current == null) {
                    current = OrchestratorClients.configure(
                            JenkinsOkHttpClient.newClientBuilder(new OkHttpClient())).build();
                    client = current;
                }
            }
        }
        return current;
    }
}
