package io.obra.orchestrator.openai;

import io.obra.config.LlmSettings;
import io.obra.orchestrator.OrchestratorContext;
import io.obra.orchestrator.OrchestratorProvider;
import okhttp3.OkHttpClient;

/** The {@code openai} orchestrator kind: OpenAI, Azure OpenAI and OpenAI-compatible servers. */
public final class OpenAiProvider implements OrchestratorProvider {

    @Override
    public String id() {
        return OpenAiOrchestrator.ID;
    }

    /**
     * @throws IllegalArgumentException when the base URL is not an http(s) URL
     */
    @Override
    public OpenAiOrchestrator create(final LlmSettings settings, final OkHttpClient http,
                                     final OrchestratorContext context) {
        return new OpenAiOrchestrator(settings, http, context);
    }
}
