package io.obra.cost;

import io.obra.config.PricingSettings;
import io.obra.config.PricingSettings.ModelPrice;
import io.obra.orchestrator.TokenUsage;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PricingTest {

    /** The models users pin, by exact id: each must have a shipped price. */
    private static final List<String> PINNED = List.of("gpt-4o-2024-11-20", "gpt-4o-2024-08-06",
            "gpt-4o-mini-2024-07-18", "o1", "o1-2024-12-17", "o3-mini", "o3-mini-2025-01-31", "o3", "o3-2025-04-16",
            "o4-mini", "o4-mini-2025-04-16", "gpt-4.1", "gpt-4.1-2025-04-14", "gpt-4.1-mini", "gpt-4.1-mini-2025-04-14",
            "gpt-4.1-nano", "gpt-4.1-nano-2025-04-14", "gpt-5", "gpt-5-2025-08-07", "gpt-5-mini",
            "gpt-5-mini-2025-08-07", "gpt-5-nano", "gpt-5-nano-2025-08-07");

    private final Pricing shipped = Pricing.of(PricingSettings.defaults());

    @Test
    void theShippedTableIsDatedAndSaysWhereItsPricesCameFrom() {
        PriceTable table = PriceTable.shipped();

        assertThat(table.asOf()).isEqualTo(LocalDate.of(2026, 7, 24));
        assertThat(table.source()).contains("OpenAI API pricing page", "pricing.models");
        assertThat(PriceTable.RESOURCE).contains("2026-07");
    }

    @Test
    void everyPinnedModelResolvesToASanePrice() {
        for (String model : PINNED) {
            Optional<ModelPrice> price = shipped.priceOf("openai", model);
            assertThat(price).as(model).isPresent();
            ModelPrice p = price.get();
            assertThat(p.inputPer1M()).as(model).isPositive();
            assertThat(p.cachedInputPer1M()).as(model).isPositive().isLessThanOrEqualTo(p.inputPer1M());
            assertThat(p.outputPer1M()).as(model).isGreaterThan(p.inputPer1M());
        }
        assertThat(shipped.priceOf("openai", "gpt-4o-2024-11-20")).contains(new ModelPrice(2.50, 1.25, 10.00));
        assertThat(shipped.priceOf("openai", "gpt-4o-mini-2024-07-18")).contains(new ModelPrice(0.15, 0.075, 0.60));
        assertThat(shipped.priceOf("openai", "o1-2024-12-17")).contains(new ModelPrice(15.00, 7.50, 60.00));
    }

    @Test
    void everyEntryOfTheTableIsAPricedSnapshotOrAnExplicitAlias() {
        assertThat(PriceTable.shipped().models()).allSatisfy((model, price) -> {
            assertThat(model).matches("(gpt-[0-9.]+(-mini|-nano)?|gpt-4o(-mini)?|o[1-9](-mini)?)(-\\d{4}-\\d{2}-\\d{2})?");
            assertThat(price.outputPer1M()).isPositive();
        });
    }

    @Test
    void anUnlistedSnapshotOrModelIsUnknownNeverZero() {
        Cost cost = shipped.cost("openai", "gpt-4o-2099-01-01", new TokenUsage(1000, 0, 100));

        assertThat(cost.known()).isFalse();
        assertThat(cost.usd()).isZero();
        assertThat(cost.describe()).isEqualTo(
                "unknown (no price for model gpt-4o-2099-01-01; set pricing.models.gpt-4o-2099-01-01)");
        assertThat(shipped.priceOf("openai", "my-finetune")).isEmpty();
    }

    @Test
    void costSplitsPromptTokensIntoCachedAndUncached() {
        // 10,000 prompt tokens of which 4,000 cached, 2,000 completion tokens on gpt-4o-2024-11-20:
        // 6,000 x 2.50 + 4,000 x 1.25 + 2,000 x 10.00 = 15,000 + 5,000 + 20,000 = 40,000 per 1M = $0.04
        Cost cost = shipped.cost("openai", "gpt-4o-2024-11-20", new TokenUsage(10_000, 4_000, 2_000));

        assertThat(cost.known()).isTrue();
        assertThat(cost.usd()).isCloseTo(0.04, within(1e-12));
    }

    @Test
    void anOverrideWinsOverTheShippedPriceAndPricesUnknownModels() {
        Pricing pricing = Pricing.of(new PricingSettings(Map.of(
                "gpt-4o-2024-11-20", new ModelPrice(1, 0.5, 2),
                "my-finetune", new ModelPrice(3, 3, 12)), Optional.empty()));

        assertThat(pricing.cost("openai", "gpt-4o-2024-11-20", new TokenUsage(1_000_000, 0, 1_000_000)).usd())
                .isCloseTo(3.0, within(1e-9));
        assertThat(pricing.cost("openai", "my-finetune", new TokenUsage(1_000_000, 0, 0)))
                .isEqualTo(Cost.usd(3.0));
    }

    @Test
    void ollamaCostsNothingUnlessAPriceOrAGpuHourIsSet() {
        TokenUsage usage = new TokenUsage(50_000, 0, 5_000);
        assertThat(shipped.cost("ollama", "qwen2.5-coder:32b", usage)).isEqualTo(Cost.ZERO);
        assertThat(shipped.gpuTime("ollama", Duration.ofMinutes(30))).isEqualTo(Cost.ZERO);

        Pricing gpu = Pricing.of(new PricingSettings(Map.of("qwen2.5-coder:32b", new ModelPrice(0.1, 0.1, 0.2)),
                Optional.of(2.40)));
        assertThat(gpu.cost("ollama", "qwen2.5-coder:32b", usage).usd()).isCloseTo(0.006, within(1e-12));
        assertThat(gpu.gpuTime("ollama", Duration.ofMinutes(30)).usd()).isCloseTo(1.20, within(1e-12));
        assertThat(gpu.gpuTime("openai", Duration.ofMinutes(30))).isEqualTo(Cost.ZERO);
    }
}
