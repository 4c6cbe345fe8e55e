package io.obra.config;

import com.fasterxml.jackson.databind.JsonNode;

/** Binds a whole configuration tree (one layer, or all layers merged) section by section. */
final class ConfigBinder {

    private ConfigBinder() {
    }

    /** The configuration; every problem found is in {@code context}, and the defaults stand in for wrong values. */
    static ObraConfig bind(final JsonNode tree, final BindContext context) {
        if (!tree.isObject()) {
            context.error("", "expected a map of sections (" + String.join(", ", ConfigKeys.ROOT) + "), got "
                    + new Value(tree, "", context, false).describe());
            return ConfigDefaults.defaults();
        }
        Section root = new Section(tree, "", context);
        root.allowKeys(ConfigKeys.ROOT);
        return new ObraConfig(
                OrchestratorBinder.bind(root.section("orchestrator")),
                AgentBinder.bind(root.section("agent")),
                GateBinder.bind(root.section("gate")),
                BudgetBinder.bind(root.section("budget")),
                PricingBinder.bind(root.section("pricing")),
                PrivacyBinder.bind(root.section("privacy")),
                RubricBinder.bind(root.section("rubric")),
                ContextBinder.bind(root.section("context")));
    }
}
