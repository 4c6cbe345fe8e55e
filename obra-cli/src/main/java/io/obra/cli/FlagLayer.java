package io.obra.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns {@link ConfigOptions} into a configuration layer in {@code .obra.yml} spelling, so that flags are
 * checked by the same loader and named in the same way as the file ({@code gate.min_quality}).
 */
final class FlagLayer {

    /** The layer's name in error messages. */
    static final String NAME = "command-line flags";

    private FlagLayer() {
    }

    /** Only the flags that were given; an absent flag leaves the file's value alone. */
    static Map<String, Object> tree(final ConfigOptions o) {
        Map<String, Object> root = new LinkedHashMap<>();
        put(root, "orchestrator.llm.provider", o.provider);
        put(root, "orchestrator.llm.model", o.model);
        put(root, "orchestrator.llm.fallback_models", o.fallbackModels);
        put(root, "orchestrator.llm.base_url", o.orchestratorUrl);
        put(root, "orchestrator.optimize_prompt", o.optimizePrompt);
        put(root, "agent.executable", o.claude);
        put(root, "agent.model", o.agentModel);
        put(root, "agent.max_turns", o.maxTurns);
        put(root, "agent.env.ANTHROPIC_BASE_URL", o.anthropicUrl);
        put(root, "gate.min_quality", o.minQuality);
        put(root, "gate.min_confidence", o.minConfidence);
        put(root, "gate.max_iterations", o.maxIterations);
        put(root, "gate.verify_command", o.verifyCommand);
        put(root, "budget.per_run_usd", o.budgetUsd);
        put(root, "budget.monthly_usd", o.monthlyBudgetUsd);
        put(root, "privacy.enabled", o.privacy);
        return root;
    }

    /** Sets {@code value} at a dotted path, creating the maps on the way; {@code null} sets nothing. */
    @SuppressWarnings("unchecked")
    static void put(final Map<String, Object> root, final String path, final Object value) {
        if (value == null) {
            return;
        }
        String[] keys = path.split("\\.");
        Map<String, Object> node = root;
        for (int i = 0; i < keys.length - 1; i++) {
            node = (Map<String, Object>) node.computeIfAbsent(keys[i], k -> new LinkedHashMap<String, Object>());
        }
        node.put(keys[keys.length - 1], value);
    }
}
