package io.obra.orchestrator.ollama;

import io.obra.config.LlmSettings;
import io.obra.orchestrator.OrchestratorContext;
import io.obra.orchestrator.OrchestratorProvider;
import okhttp3.OkHttpClient;

/** The {@code ollama} orchestrator kind: a local or remote Ollama server. */
public final class OllamaProvider implements OrchestratorProvider {

    @Override
    public String id() {
        return OllamaOrchestrator.ID;
    }

    /**
     * Returns the Ollama type so that callers can also {@link OllamaOrchestrator#listModels() list models}.
     *
     * @throws IllegalArgumentException when the base URL is not an http(s) URL
     */
    @Override
    public OllamaOrchestrator create(final LlmSettings settings, final OkHttpClient http,
                                    final OrchestratorContext context) {
        return new OllamaOrchestrator(settings, http, context);
    }
}
