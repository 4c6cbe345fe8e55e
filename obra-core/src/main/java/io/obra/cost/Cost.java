package io.obra.cost;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * An amount in US dollars that may be partly or wholly unknown. A cost is never silently 0 when no
 * price is known: each unknown part carries a reason such as
 * {@code no price for model X; set pricing.models.X}, and {@link #usd()} is then the known part only
 * (a lower bound).
 *
 * @param usd      the known part in USD
 * @param unknowns why parts of the cost are unknown; empty when the whole cost is known
 */
public record Cost(double usd, List<String> unknowns) {

    public static final Cost ZERO = new Cost(0, List.of());

    public Cost {
        if (Double.isNaN(usd) || usd < 0) {
            throw new IllegalArgumentException("a cost must be a non-negative number of USD, got " + usd);
        }
        unknowns = List.copyOf(new LinkedHashSet<>(unknowns));
    }

    /** A known amount. */
    public static Cost usd(final double usd) {
        return new Cost(usd, List.of());
    }

    /** An unknown amount, with the reason shown to users. */
    public static Cost unknown(final String reason) {
        return new Cost(0, List.of(reason));
    }

    /** The reason used for a model with no price. */
    public static Cost unpriced(final String model) {
        return unknown("no price for model " + model + "; set pricing.models." + model);
    }

    public boolean known() {
        return unknowns.isEmpty();
    }

    /** The sum; unknown parts stay unknown. */
    public Cost plus(final Cost other) {
        if (other.usd == 0 && other.unknowns.isEmpty()) {
            return this;
        }
        List<String> all = new ArrayList<>(unknowns);
        all.addAll(other.unknowns);
        return new Cost(usd + other.usd, all);
    }

    /**
     * For reports and logs: {@code $0.0123}, {@code unknown (no price for model X; set
     * pricing.models.X)} or, when only a part is unknown, {@code $0.0123 + unknown (...)}.
     */
    public String describe() {
        if (known()) {
            return dollars(usd, 4);
        }
        String why = "unknown (" + String.join("; ", unknowns) + ")";
        return usd == 0 ? why : dollars(usd, 4) + " + " + why;
    }

    /** {@code $1.50} style, with the given decimals, independent of the platform locale. */
    public static String dollars(final double usd, final int decimals) {
        return "$" + String.format(Locale.ROOT, "%." + decimals + "f", usd);
    }

    @Override
    public String toString() {
        return describe();
    }
}
