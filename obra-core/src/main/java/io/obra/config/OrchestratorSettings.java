package io.obra.config;

import java.util.Objects;
import java.util.Optional;

/**
 * The orchestrator side of a run.
 *
 * @param llm            the primary provider and model chain
 * @param fallback       another provider tried when the whole primary chain fails (e.g. OpenAI → Ollama)
 * @param shadow         a second orchestrator that scores the same evidence without gating (A/B)
 * @param optimizePrompt let the orchestrator rewrite the task into a precise implementer prompt first
 * @param samples        verdicts sampled per iteration; above 1, agreement feeds the confidence
 */
public record OrchestratorSettings(LlmSettings llm, Optional<LlmSettings> fallback, Optional<LlmSettings> shadow,
                                   boolean optimizePrompt, int samples) {

    public OrchestratorSettings {
        Objects.requireNonNull(llm, "llm");
        Objects.requireNonNull(fallback, "fallback");
        Objects.requireNonNull(shadow, "shadow");
        if (samples < 1) {
            throw new IllegalArgumentException("samples must be at least 1, got " + samples);
        }
    }

    public static OrchestratorSettings of(final LlmSettings llm) {
        return new OrchestratorSettings(llm, Optional.empty(), Optional.empty(), false, 1);
    }

    public OrchestratorSettings withLlm(final LlmSettings value) {
        return new OrchestratorSettings(value, fallback, shadow, optimizePrompt, samples);
    }
}
