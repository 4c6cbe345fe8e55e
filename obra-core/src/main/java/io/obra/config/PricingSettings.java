package io.obra.config;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Price overrides on top of the shipped price table.
 *
 * @param models        per model id: USD per 1M tokens
 * @param gpuUsdPerHour amortised cost of a local GPU (Ollama), charged per hour of orchestrator time
 */
public record PricingSettings(Map<String, ModelPrice> models, Optional<Double> gpuUsdPerHour) {

    public PricingSettings {
        models = Map.copyOf(models);
        Objects.requireNonNull(gpuUsdPerHour, "gpuUsdPerHour");
    }

    public static PricingSettings defaults() {
        return new PricingSettings(Map.of(), Optional.empty());
    }

    /** USD per one million tokens. */
    public record ModelPrice(double inputPer1M, double cachedInputPer1M, double outputPer1M) {
    }
}
