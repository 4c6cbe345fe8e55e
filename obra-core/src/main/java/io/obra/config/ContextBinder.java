package io.obra.config;

/** Binds {@code context}: how much evidence the orchestrator is shown. */
final class ContextBinder {

    private ContextBinder() {
    }

    static ContextSettings bind(final Section context) {
        context.allowKeys(ConfigKeys.CONTEXT);
        ContextSettings d = ContextSettings.defaults();
        return new ContextSettings(
                context.value("max_tokens").integer(1000, 2_000_000).orElse(d.maxTokens()),
                context.value("verify_tail_lines").integer(0, 100_000).orElse(d.verifyTailLines()));
    }
}
