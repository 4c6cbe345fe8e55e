package io.obra.config;

/** Binds {@code budget}: spending limits in US dollars and the alert threshold. */
final class BudgetBinder {

    private static final String AMOUNT = "an amount in USD above 0 (leave the key out for no limit)";

    private BudgetBinder() {
    }

    static BudgetSettings bind(final Section budget) {
        budget.allowKeys(ConfigKeys.BUDGET);
        BudgetSettings d = BudgetSettings.defaults();
        return new BudgetSettings(
                budget.value("per_run_usd").number(AMOUNT, usd -> usd > 0 && Double.isFinite(usd)),
                budget.value("monthly_usd").number(AMOUNT, usd -> usd > 0 && Double.isFinite(usd)),
                budget.value("alert_at").fraction(false).orElse(d.alertAt()));
    }
}
