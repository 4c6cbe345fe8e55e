package io.obra.orchestrator;

/**
 * Tokens of one call as the API reported them.
 *
 * @param promptTokens       input tokens, cached ones included
 * @param cachedPromptTokens the part of the input served from the provider's cache
 * @param completionTokens   output tokens, reasoning tokens included
 */
public record TokenUsage(long promptTokens, long cachedPromptTokens, long completionTokens) {

    public static final TokenUsage ZERO = new TokenUsage(0, 0, 0);

    public TokenUsage plus(final TokenUsage other) {
        return new TokenUsage(promptTokens + other.promptTokens, cachedPromptTokens + other.cachedPromptTokens,
                completionTokens + other.completionTokens);
    }
}
