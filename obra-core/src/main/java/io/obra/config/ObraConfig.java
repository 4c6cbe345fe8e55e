package io.obra.config;

import java.util.Objects;

/**
 * The whole configuration of one run, after layering step parameters over {@code .obra.yml} over
 * global defaults. Immutable.
 */
public record ObraConfig(OrchestratorSettings orchestrator, AgentSettings agent, GateSettings gate,
                         BudgetSettings budget, PricingSettings pricing, PrivacySettings privacy,
                         RubricSettings rubric, ContextSettings context) {

    public ObraConfig {
        Objects.requireNonNull(orchestrator, "orchestrator");
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(gate, "gate");
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(pricing, "pricing");
        Objects.requireNonNull(privacy, "privacy");
        Objects.requireNonNull(rubric, "rubric");
        Objects.requireNonNull(context, "context");
    }

    public ObraConfig withOrchestrator(final OrchestratorSettings value) {
        return new ObraConfig(value, agent, gate, budget, pricing, privacy, rubric, context);
    }

    public ObraConfig withAgent(final AgentSettings value) {
        return new ObraConfig(orchestrator, value, gate, budget, pricing, privacy, rubric, context);
    }

    public ObraConfig withGate(final GateSettings value) {
        return new ObraConfig(orchestrator, agent, value, budget, pricing, privacy, rubric, context);
    }

    public ObraConfig withBudget(final BudgetSettings value) {
        return new ObraConfig(orchestrator, agent, gate, value, pricing, privacy, rubric, context);
    }

    public ObraConfig withPricing(final PricingSettings value) {
        return new ObraConfig(orchestrator, agent, gate, budget, value, privacy, rubric, context);
    }

    public ObraConfig withPrivacy(final PrivacySettings value) {
        return new ObraConfig(orchestrator, agent, gate, budget, pricing, value, rubric, context);
    }

    public ObraConfig withRubric(final RubricSettings value) {
        return new ObraConfig(orchestrator, agent, gate, budget, pricing, privacy, value, context);
    }

    public ObraConfig withContext(final ContextSettings value) {
        return new ObraConfig(orchestrator, agent, gate, budget, pricing, privacy, rubric, value);
    }
}
