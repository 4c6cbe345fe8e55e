package io.obra.config;

import io.obra.config.PricingSettings.ModelPrice;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Binds {@code pricing}: per-model prices (USD per 1M tokens) and the hourly cost of a local GPU. */
final class PricingBinder {

    private static final String PRICE = "a price in USD per 1M tokens, 0 or more";

    private PricingBinder() {
    }

    static PricingSettings bind(final Section pricing) {
        pricing.allowKeys(ConfigKeys.PRICING);
        Section models = pricing.section("models");
        Map<String, ModelPrice> prices = new LinkedHashMap<>();
        for (String model : models.keys()) {
            Section price = models.section(model);
            if (price.isPresent()) {
                price(price).ifPresent(p -> prices.put(model, p));
            }
        }
        Optional<Double> gpu = pricing.value("gpu_usd_per_hour")
                .number("an amount in USD per hour, 0 or more", usd -> usd >= 0 && Double.isFinite(usd));
        return new PricingSettings(prices, gpu);
    }

    /** {@code input} and {@code output} are required; {@code cached_input} defaults to {@code input}. */
    private static Optional<ModelPrice> price(final Section price) {
        price.allowKeys(ConfigKeys.MODEL_PRICE);
        Optional<Double> input = required(price, "input");
        Optional<Double> output = required(price, "output");
        Optional<Double> cached = price.value("cached_input").number(PRICE, PricingBinder::valid);
        if (input.isEmpty() || output.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ModelPrice(input.get(), cached.orElse(input.get()), output.get()));
    }

    private static Optional<Double> required(final Section price, final String key) {
        Value value = price.value(key);
        if (!value.isPresent()) {
            value.error("required: " + PRICE);
            return Optional.empty();
        }
        return value.number(PRICE, PricingBinder::valid);
    }

    private static boolean valid(final double usd) {
        return usd >= 0 && Double.isFinite(usd);
    }
}
