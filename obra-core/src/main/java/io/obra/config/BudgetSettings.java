package io.obra.config;

import java.util.Objects;
import java.util.Optional;

/**
 * Spending limits in US dollars.
 *
 * @param perRunUsd  hard limit of one run (implementer + orchestrator), or none
 * @param monthlyUsd hard limit of the rolling calendar month in the usage ledger, or none
 * @param alertAt    fraction of a limit at which a warning is printed (default 0.8)
 */
public record BudgetSettings(Optional<Double> perRunUsd, Optional<Double> monthlyUsd, double alertAt) {

    public BudgetSettings {
        Objects.requireNonNull(perRunUsd, "perRunUsd");
        Objects.requireNonNull(monthlyUsd, "monthlyUsd");
        if (Double.isNaN(alertAt) || alertAt <= 0 || alertAt > 1) {
            throw new IllegalArgumentException("alertAt must be in (0, 1], got " + alertAt);
        }
    }

    public static BudgetSettings defaults() {
        return new BudgetSettings(Optional.empty(), Optional.empty(), 0.8);
    }
}
