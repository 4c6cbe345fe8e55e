package io.obra.cost;

/**
 * A run or a call was refused because it would cross a hard budget limit (or the monthly spending
 * could not be checked). The message says which budget, what is spent, the limit and how to raise
 * it; it never holds a secret. The CLI maps it to exit code 3; the Pipeline step fails the build.
 */
public final class BudgetExceededException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Which limit refused. */
    public enum Budget {
        /** {@code budget.per_run_usd} (the step's {@code budgetUsd}). */
        RUN,
        /** {@code budget.monthly_usd} over the usage ledger. */
        MONTHLY
    }

    private final Budget budget;
    private final double spentUsd;
    private final double limitUsd;

    public BudgetExceededException(final Budget budget, final double spentUsd, final double limitUsd,
                                   final String message) {
        super(message);
        this.budget = budget;
        this.spentUsd = spentUsd;
        this.limitUsd = limitUsd;
    }

    public Budget budget() {
        return budget;
    }

    /** Spent when refused (the run's spending, or the month's). */
    public double spentUsd() {
        return spentUsd;
    }

    public double limitUsd() {
        return limitUsd;
    }
}
