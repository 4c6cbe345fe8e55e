package io.obra.cost;

import io.obra.config.LlmSettings;
import io.obra.orchestrator.Prompt;
import io.obra.orchestrator.TokenUsage;

import java.util.Objects;

/**
 * Estimates the most an orchestrator call can cost before it is sent: the prompt's tokens counted
 * with the model's tokenizer, plus the maximum output tokens, at the model's prices. The budget
 * guard refuses a call whose estimate would cross a hard limit.
 */
public final class CostEstimator {

    /** Output tokens assumed when {@code max_output_tokens} is not configured. */
    public static final int DEFAULT_MAX_OUTPUT_TOKENS = 4096;

    /** Chat format overhead per message and per reply, as in OpenAI's token counting guide. */
    private static final int TOKENS_PER_MESSAGE = 3;
    private static final int TOKENS_PER_REPLY = 3;

    private final Pricing pricing;
    private final TokenCounter counter;

    public CostEstimator(final Pricing pricing, final TokenCounter counter) {
        this.pricing = Objects.requireNonNull(pricing, "pricing");
        this.counter = Objects.requireNonNull(counter, "counter");
    }

    /** The estimate for the configured model, with {@code max_output_tokens} or its default. */
    public CallEstimate estimate(final LlmSettings llm, final Prompt prompt) {
        return estimate(llm.provider(), llm.model(), prompt,
                llm.maxOutputTokens().orElse(DEFAULT_MAX_OUTPUT_TOKENS));
    }

    /** The estimate for a provider's model, the prompt and an output bound. */
    public CallEstimate estimate(final String provider, final String model, final Prompt prompt,
                                 final int maxOutputTokens) {
        long promptTokens = promptTokens(model, prompt);
        long output = Math.max(maxOutputTokens, 0);
        return new CallEstimate(model, promptTokens, output,
                pricing.cost(provider, model, new TokenUsage(promptTokens, 0, output)));
    }

    /** Tokens the prompt will use as input: both messages, the schema and the chat overhead. */
    public long promptTokens(final String model, final Prompt prompt) {
        long tokens = TOKENS_PER_REPLY;
        tokens += TOKENS_PER_MESSAGE + counter.count(model, prompt.system());
        tokens += TOKENS_PER_MESSAGE + counter.count(model, prompt.user());
        if (prompt.schema().isPresent()) {
            tokens += counter.count(model, prompt.schema().get().toString());
        }
        return tokens;
    }
}
