package io.obra.config;

/**
 * How much evidence the orchestrator gets.
 *
 * @param maxTokens        token budget of the change (diff) in the validation prompt
 * @param verifyTailLines  lines of the verify command's output kept (its tail)
 */
public record ContextSettings(int maxTokens, int verifyTailLines) {

    public ContextSettings {
        if (maxTokens < 1000) {
            throw new IllegalArgumentException("maxTokens must be at least 1000, got " + maxTokens);
        }
        if (verifyTailLines < 0) {
            throw new IllegalArgumentException("verifyTailLines must be >= 0, got " + verifyTailLines);
        }
    }

    public static ContextSettings defaults() {
        return new ContextSettings(24_000, 80);
    }
}
