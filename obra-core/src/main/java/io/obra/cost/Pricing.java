package io.obra.cost;

import io.obra.config.PricingSettings;
import io.obra.config.PricingSettings.ModelPrice;
import io.obra.orchestrator.TokenUsage;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Prices calls: the user's overrides ({@code pricing.models}) first, then local providers at 0, then
 * the shipped {@link PriceTable}. A model found nowhere has an unknown cost, never 0.
 *
 * <p>Ollama runs on the user's own hardware, so its tokens cost 0 unless a price is set; its GPU
 * time can be charged with {@code pricing.gpu_usd_per_hour} (see {@link #gpuTime}).
 */
public final class Pricing {

    /** Providers whose tokens cost nothing by default because they run on the user's machines. */
    private static final String LOCAL_PROVIDER = "ollama";

    private static final double PER_MILLION = 1_000_000d;

    private final PriceTable table;
    private final PricingSettings settings;

    public Pricing(final PriceTable table, final PricingSettings settings) {
        this.table = Objects.requireNonNull(table, "table");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** The shipped price table with the given overrides. */
    public static Pricing of(final PricingSettings settings) {
        return new Pricing(PriceTable.shipped(), settings);
    }

    public PriceTable table() {
        return table;
    }

    /** True for providers that run on the user's own hardware (Ollama). */
    public static boolean isLocal(final String provider) {
        return LOCAL_PROVIDER.equalsIgnoreCase(provider);
    }

    /** The price that applies to a model of a provider, or empty when none is known. */
    public Optional<ModelPrice> priceOf(final String provider, final String model) {
        ModelPrice override = settings.models().get(model);
        if (override != null) {
            return Optional.of(override);
        }
        if (isLocal(provider)) {
            return Optional.of(new ModelPrice(0, 0, 0));
        }
        return table.price(model);
    }

    /** The cost of a call's tokens; cached prompt tokens are billed at the cached-input price. */
    public Cost cost(final String provider, final String model, final TokenUsage usage) {
        Optional<ModelPrice> price = priceOf(provider, model);
        if (price.isEmpty()) {
            return Cost.unpriced(model);
        }
        ModelPrice p = price.get();
        long cached = Math.min(Math.max(usage.cachedPromptTokens(), 0), usage.promptTokens());
        long uncached = Math.max(usage.promptTokens() - cached, 0);
        return Cost.usd((uncached * p.inputPer1M() + cached * p.cachedInputPer1M()
                + Math.max(usage.completionTokens(), 0) * p.outputPer1M()) / PER_MILLION);
    }

    /**
     * The amortised GPU cost of a local provider's wall time ({@code pricing.gpu_usd_per_hour} × hours);
     * 0 for remote providers or when no hourly price is set.
     */
    public Cost gpuTime(final String provider, final Duration wallTime) {
        if (!isLocal(provider) || settings.gpuUsdPerHour().isEmpty() || wallTime.isNegative()) {
            return Cost.ZERO;
        }
        return Cost.usd(settings.gpuUsdPerHour().get() * wallTime.toMillis() / 3_600_000d);
    }
}
