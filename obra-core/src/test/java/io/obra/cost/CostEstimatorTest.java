package io.obra.cost;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.knuddels.jtokkit.api.EncodingType;
import io.obra.config.LlmSettings;
import io.obra.config.PricingSettings;
import io.obra.orchestrator.Prompt;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CostEstimatorTest {

    private final TokenCounter counter = new TokenCounter();
    private final CostEstimator estimator = new CostEstimator(Pricing.of(PricingSettings.defaults()), counter);

    @Test
    void modernOpenAiModelsUseO200kAndEverythingElseCl100k() {
        assertThat(TokenCounter.encodingFor("gpt-4o-2024-11-20")).isEqualTo(EncodingType.O200K_BASE);
        assertThat(TokenCounter.encodingFor("gpt-4.1-mini")).isEqualTo(EncodingType.O200K_BASE);
        assertThat(TokenCounter.encodingFor("o3-mini-2025-01-31")).isEqualTo(EncodingType.O200K_BASE);
        assertThat(TokenCounter.encodingFor("o1")).isEqualTo(EncodingType.O200K_BASE);
        assertThat(TokenCounter.encodingFor("gpt-5-nano")).isEqualTo(EncodingType.O200K_BASE);
        assertThat(TokenCounter.encodingFor("ft:gpt-4o-mini-2024-07-18:acme::abc123")).isEqualTo(EncodingType.O200K_BASE);
        assertThat(TokenCounter.encodingFor("gpt-4-turbo")).isEqualTo(EncodingType.CL100K_BASE);
        assertThat(TokenCounter.encodingFor("qwen2.5-coder:32b")).isEqualTo(EncodingType.CL100K_BASE);
        assertThat(TokenCounter.encodingFor("omni-model")).isEqualTo(EncodingType.CL100K_BASE);
    }

    @Test
    void countsTokensWithTheModelsTokenizer() {
        assertThat(counter.count("gpt-4o", "hello world")).isEqualTo(2);
        assertThat(counter.count("gpt-4o", "")).isZero();
        // Special-token markers in a diff are ordinary text, not an error.
        assertThat(counter.count("gpt-4o", "<|endoftext|>")).isGreaterThan(1);
    }

    @Test
    void theEstimateIsPromptTokensAtTheInputPriceAndMaxOutputAtTheOutputPrice() {
        Prompt prompt = Prompt.text("You review code.", "diff --git a/x b/x\n+hello world\n");
        long expectedPrompt = 3 + 3 + counter.count("gpt-4o-2024-11-20", prompt.system())
                + 3 + counter.count("gpt-4o-2024-11-20", prompt.user());

        CallEstimate estimate = estimator.estimate("openai", "gpt-4o-2024-11-20", prompt, 1000);

        assertThat(estimate.promptTokens()).isEqualTo(expectedPrompt);
        assertThat(estimate.outputTokens()).isEqualTo(1000);
        assertThat(estimate.cost().usd()).isCloseTo((expectedPrompt * 2.50 + 1000 * 10.00) / 1e6, within(1e-12));
    }

    @Test
    void theSchemaCountsAsInputAndUnsetMaxOutputUsesTheDefault() throws Exception {
        Prompt plain = Prompt.text("s", "u");
        Prompt structured = Prompt.structured("s", "u", "verdict",
                new ObjectMapper().readTree("{\"type\":\"object\",\"properties\":{\"quality\":{\"type\":\"integer\"}}}"));

        CallEstimate a = estimator.estimate(LlmSettings.of("openai", "gpt-4.1-mini"), plain);
        CallEstimate b = estimator.estimate(LlmSettings.of("openai", "gpt-4.1-mini"), structured);

        assertThat(b.promptTokens()).isGreaterThan(a.promptTokens() + 5);
        assertThat(a.outputTokens()).isEqualTo(CostEstimator.DEFAULT_MAX_OUTPUT_TOKENS);
    }

    @Test
    void anUnpricedModelHasAnUnknownEstimate() {
        CallEstimate estimate = estimator.estimate("openai", "gpt-7", Prompt.text("s", "u"), 100);

        assertThat(estimate.cost().known()).isFalse();
        assertThat(estimate.promptTokens()).isPositive();
    }
}
