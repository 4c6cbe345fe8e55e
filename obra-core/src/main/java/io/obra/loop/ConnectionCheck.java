package io.obra.loop;

import io.obra.config.LlmSettings;
import io.obra.orchestrator.HealthCheck;
import io.obra.orchestrator.Orchestrator;
import io.obra.orchestrator.OrchestratorContext;
import io.obra.orchestrator.OrchestratorException;
import io.obra.orchestrator.Orchestrators;
import io.obra.orchestrator.ollama.OllamaModel;
import io.obra.orchestrator.ollama.OllamaOrchestrator;
import io.obra.port.BuildLog;
import okhttp3.OkHttpClient;

import java.util.List;

/** "Test connection" and model lists for forms and {@code obra doctor}. */
public final class ConnectionCheck {

    private final OkHttpClient http;
    private final Orchestrators orchestrators;

    public ConnectionCheck(final OkHttpClient http) {
        this(http, Orchestrators.discover());
    }

    public ConnectionCheck(final OkHttpClient http, final Orchestrators orchestrators) {
        this.http = http;
        this.orchestrators = orchestrators;
    }

    /** Checks endpoint, key and model of the settings' provider; never throws for a provider problem. */
    public HealthCheck check(final LlmSettings settings) throws InterruptedException {
        try {
            return create(settings).check();
        } catch (OrchestratorException e) {
            return new HealthCheck(false, e.getMessage());
        }
    }

    /**
     * The models the endpoint offers: for Ollama the pulled models ({@code /api/tags}); for other
     * providers the configured model chain. Empty when the endpoint cannot be listed — {@link #check}
     * says why.
     */
    public List<String> models(final LlmSettings settings) throws InterruptedException {
        try {
            Orchestrator orchestrator = create(settings);
            if (orchestrator instanceof OllamaOrchestrator ollama) {
                return ollama.listModels().stream().map(OllamaModel::name).toList();
            }
            return java.util.stream.Stream.concat(java.util.stream.Stream.of(settings.model()),
                    settings.fallbackModels().stream()).toList();
        } catch (OrchestratorException e) {
            return List.of();
        }
    }

    private Orchestrator create(final LlmSettings settings) throws OrchestratorException {
        return orchestrators.create(settings, http, OrchestratorContext.of(BuildLog.silent()));
    }
}
