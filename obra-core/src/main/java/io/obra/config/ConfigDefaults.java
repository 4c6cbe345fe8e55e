package io.obra.config;

/**
 * The value of every configuration field when no layer sets it: configuration layer 0. The orchestrator
 * provider and model have no default (a run must name a pinned model), so {@link #defaults()} carries the
 * placeholders {@code openai} and an empty model, which {@link ConfigLoader#load} refuses.
 */
public final class ConfigDefaults {

    /** The placeholder provider of {@link #defaults()}; a loaded configuration always names its own. */
    public static final String DEFAULT_PROVIDER = "openai";

    private ConfigDefaults() {
    }

    public static ObraConfig defaults() {
        return defaults(LlmSettings.of(DEFAULT_PROVIDER, ""));
    }

    /** Defaults everywhere but the orchestrator LLM. */
    public static ObraConfig defaults(final LlmSettings orchestratorLlm) {
        return new ObraConfig(OrchestratorSettings.of(orchestratorLlm), AgentSettings.defaults(),
                GateSettings.defaults(), BudgetSettings.defaults(), PricingSettings.defaults(),
                PrivacySettings.defaults(), RubricSettings.defaults(), ContextSettings.defaults());
    }
}
