package io.obra.orchestrator;

import io.obra.config.LlmSettings;
import okhttp3.OkHttpClient;

/**
 * A kind of orchestrator (OpenAI, Ollama, …). Implementations are found with {@link java.util.ServiceLoader}
 * ({@code META-INF/services/io.obra.orchestrator.OrchestratorProvider}), so a new provider plugs in
 * without touching the loop.
 */
public interface OrchestratorProvider {

    /** The id used in configuration ({@code provider: openai}). */
    String id();

    /**
     * Creates an orchestrator for the settings' model and its same-provider fallback models.
     *
     * @param http the shared client (Jenkins hands in one that honours its proxy settings)
     */
    Orchestrator create(LlmSettings settings, OkHttpClient http, OrchestratorContext context);
}
