package io.obra.config;

import java.util.Optional;

/** Binds {@code orchestrator}: the primary LLM, an optional fallback provider and shadow, and loop options. */
final class OrchestratorBinder {

    private OrchestratorBinder() {
    }

    static OrchestratorSettings bind(final Section orchestrator) {
        orchestrator.allowKeys(ConfigKeys.ORCHESTRATOR);
        CheckScope scope = orchestrator.context().scope();
        LlmSettings llm = LlmBinder.bind(orchestrator.section("llm"), scope.requiresOrchestratorModel());
        Optional<LlmSettings> fallback = optionalLlm(orchestrator.section("fallback"), scope);
        Optional<LlmSettings> shadow = optionalLlm(orchestrator.section("shadow"), scope);
        boolean optimizePrompt = orchestrator.value("optimize_prompt").bool().orElse(false);
        int samples = orchestrator.value("samples").integer(1, 10).orElse(1);
        return new OrchestratorSettings(llm, fallback, shadow, optimizePrompt, samples);
    }

    /** A fallback or shadow block, once written, must name its own provider and model. */
    private static Optional<LlmSettings> optionalLlm(final Section block, final CheckScope scope) {
        if (!block.isPresent()) {
            return Optional.empty();
        }
        return Optional.of(LlmBinder.bind(block, scope.checksCombinations()));
    }
}
