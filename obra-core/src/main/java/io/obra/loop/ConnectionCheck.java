package io.obra.loop;

import io.obra.config.LlmSettings;
import io.obra.orchestrator.HealthCheck;
import okhttp3.OkHttpClient;

import java.util.List;

/** "Test connection" and model lists for forms and {@code obra doctor}. */
public final class ConnectionCheck {

    private final OkHttpClient http;

    public ConnectionCheck(final OkHttpClient http) {
        this.http = http;
    }

    /** Checks endpoint, key and model of the settings' provider. */
    public HealthCheck check(final LlmSettings settings) throws InterruptedException {
        throw new UnsupportedOperationException("wired when the providers land (issue 2)");
    }

    /** The models the endpoint offers (Ollama: pulled models from /api/tags). */
    public List<String> models(final LlmSettings settings) throws InterruptedException {
        throw new UnsupportedOperationException("wired when the providers land (issue 2)");
    }
}
