package io.obra.cost;

import io.obra.config.BudgetSettings;
import io.obra.config.PricingSettings;
import io.obra.cost.BudgetExceededException.Budget;
import io.obra.testing.InMemoryUsageLedger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

class BudgetGuardTest {

    private static final Instant NOW = Instant.parse("2026-11-20T09:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final String MODEL = "gpt-4o-2024-11-20";

    private final CapturedLog log = new CapturedLog();
    private final InMemoryUsageLedger ledger = new InMemoryUsageLedger();
    private final CostTracker run = new CostTracker(Pricing.of(PricingSettings.defaults()), ledger, "team/app",
            "team/app#7", CLOCK, log);

    private static BudgetSettings budgets(final Double perRun, final Double monthly) {
        return new BudgetSettings(Optional.ofNullable(perRun), Optional.ofNullable(monthly), 0.8);
    }

    private BudgetGuard guard(final BudgetSettings settings, final UsageLedger usage) {
        return new BudgetGuard(settings, usage, run, CLOCK, log);
    }

    private static CallEstimate estimate(final double usd) {
        return new CallEstimate(MODEL, 1000, 1000, Cost.usd(usd));
    }

    private void spend(final double usd) {
        run.recordImplementer(1, "sonnet", Optional.of(usd));
    }

    private static void otherRunsSpent(final UsageLedger usage, final Instant at, final double usd) throws IOException {
        usage.record(new UsageEntry(at, "team/other", "team/other#1", "implementer", "sonnet", usd, true));
    }

    @Test
    void alertsExactlyOnceWhenTheRunReachesEightyPercent() throws Exception {
        BudgetGuard guard = guard(budgets(2.0, null), ledger);

        guard.beforeCall(estimate(0.50));
        spend(0.50);
        guard.beforeCall(estimate(0.50));
        spend(0.60);
        assertThat(guard.alerts()).isEmpty();
        guard.beforeCall(estimate(0.50));   // 1.10 + 0.50 = 1.60 = 80 %
        spend(0.50);
        guard.beforeCall(estimate(0.30));   // 1.90: still no second alert
        guard.beforeImplementer(2);

        String alert = "budget alert: this run is at $1.60 of its $2.00 budget (80 %, alert at 80 %), counting the "
                + "estimated $0.50 of the orchestrator call (gpt-4o-2024-11-20)";
        assertThat(guard.alerts()).containsExactly(alert);
        assertThat(log.warnings()).containsExactly(alert);
    }

    @Test
    void refusesACallThatWouldCrossTheRunLimitButAllowsOneThatReachesItExactly() throws Exception {
        BudgetGuard guard = guard(budgets(2.0, null), ledger);
        spend(1.80);
        guard.beforeCall(estimate(0.20));   // exactly 2.00: allowed
        spend(0.10);

        BudgetExceededException refused = catchThrowableOfType(BudgetExceededException.class,
                () -> guard.beforeCall(estimate(0.20)));

        assertThat(refused).hasMessage("run budget would be exceeded: $1.90 of $2.00 spent by this run and the "
                + "orchestrator call (gpt-4o-2024-11-20) is estimated at $0.20; raise budget.per_run_usd (or the "
                + "step's budgetUsd)");
        assertThat(refused.budget()).isEqualTo(Budget.RUN);
        assertThat(refused.spentUsd()).isCloseTo(1.90, within(1e-9));
        assertThat(refused.limitUsd()).isEqualTo(2.0);
    }

    @Test
    void aRunThatOvershotOnAnImplementerRoundIsRefusedTheNextRound() {
        BudgetGuard guard = guard(budgets(2.0, null), ledger);
        spend(2.05);   // Claude Code's cost is only known after the round

        assertThatThrownBy(() -> guard.beforeImplementer(2))
                .isInstanceOf(BudgetExceededException.class)
                .hasMessage("run budget exhausted: $2.05 of $2.00 spent by this run; raise budget.per_run_usd (or the "
                        + "step's budgetUsd)");
    }

    @Test
    void refusesToStartWhenTheMonthlyBudgetIsExhausted(@TempDir final Path dir) throws Exception {
        FileUsageLedger usage = new FileUsageLedger(dir.resolve("obra/usage.jsonl"), log);
        otherRunsSpent(usage, Instant.parse("2026-10-31T23:59:59Z"), 150.00);   // last month: not counted
        otherRunsSpent(usage, Instant.parse("2026-11-01T00:00:00Z"), 120.00);
        otherRunsSpent(usage, Instant.parse("2026-11-19T12:00:00Z"), 80.00);

        BudgetExceededException refused = catchThrowableOfType(BudgetExceededException.class,
                () -> guard(budgets(null, 200.0), usage).checkStart());

        assertThat(refused).hasMessage("monthly budget exhausted: $200.00 of $200.00 spent in 2026-11 (obra ledger "
                + dir.resolve("obra/usage.jsonl") + "); raise budget.monthly_usd or the global Obra monthly budget");
        assertThat(refused.budget()).isEqualTo(Budget.MONTHLY);
    }

    @Test
    void refusesACallThatWouldCrossTheMonthlyLimitAfterAlertingAtStart() throws Exception {
        otherRunsSpent(ledger, Instant.parse("2026-11-02T08:00:00Z"), 198.40);
        BudgetGuard guard = guard(budgets(null, 200.0), ledger);

        guard.checkStart();
        BudgetExceededException refused = catchThrowableOfType(BudgetExceededException.class,
                () -> guard.beforeCall(estimate(2.10)));

        assertThat(guard.alerts()).containsExactly("budget alert: $198.40 of the $200.00 monthly budget used in 2026-11 "
                + "(99 %, alert at 80 %) (obra ledger memory)");
        assertThat(refused).hasMessage("monthly budget would be exceeded: $198.40 of $200.00 spent in 2026-11 and the "
                + "orchestrator call (gpt-4o-2024-11-20) is estimated at $2.10 (obra ledger memory); raise "
                + "budget.monthly_usd or the global Obra monthly budget");
    }

    @Test
    void theMonthlySpendingIncludesThisRunsOwnCallsAndOtherRunsMeanwhileAndEachBudgetAlertsOnce() throws Exception {
        otherRunsSpent(ledger, Instant.parse("2026-11-02T08:00:00Z"), 15.00);
        BudgetGuard guard = guard(budgets(5.0, 20.0), ledger);

        guard.beforeCall(estimate(1.00));   // month 16.00 = 80 %: monthly alert
        spend(1.00);
        guard.beforeCall(estimate(1.00));   // month 17.00: no repeat
        spend(3.00);                         // run 4.00 = 80 %: run alert at the next check; month 19.00
        guard.beforeImplementer(2);
        otherRunsSpent(ledger, Instant.parse("2026-11-20T09:00:00Z"), 0.50);   // a concurrent run: month 19.50

        assertThat(guard.alerts()).containsExactly(
                "budget alert: $16.00 of the $20.00 monthly budget used in 2026-11 (80 %, alert at 80 %), counting the "
                        + "estimated $1.00 of the orchestrator call (gpt-4o-2024-11-20) (obra ledger memory)",
                "budget alert: this run is at $4.00 of its $5.00 budget (80 %, alert at 80 %)");
        assertThatThrownBy(() -> guard.beforeCall(estimate(1.50))).isInstanceOf(BudgetExceededException.class)
                .hasMessageStartingWith("run budget would be exceeded: $4.00 of $5.00");
        assertThatThrownBy(() -> guard.beforeCall(estimate(0.90))).isInstanceOf(BudgetExceededException.class)
                .hasMessageStartingWith("monthly budget would be exceeded: $19.50 of $20.00 spent in 2026-11");
        assertThat(guard.alerts()).hasSize(2);
    }

    @Test
    void theMonthIsTheCalendarMonthInUtc() throws Exception {
        Clock lateEvening = Clock.fixed(Instant.parse("2026-12-01T03:00:00Z"), ZoneOffset.ofHours(-5));
        otherRunsSpent(ledger, Instant.parse("2026-11-30T20:00:00Z"), 199.00);
        BudgetGuard guard = new BudgetGuard(budgets(null, 200.0), ledger, run, lateEvening, log);

        guard.checkStart();   // November's 199.00 does not count in December
        guard.beforeCall(estimate(170.00));

        assertThat(guard.alerts()).singleElement().asString().startsWith("budget alert: $170.00 of the $200.00 "
                + "monthly budget used in 2026-12 (85 %");
    }

    @Test
    void anUnknownEstimateIsAllowedWithOneWarning() throws Exception {
        BudgetGuard guard = guard(budgets(1.0, null), ledger);
        CallEstimate unknown = new CallEstimate("gpt-7", 10, 10, Cost.unpriced("gpt-7"));

        guard.beforeCall(unknown);
        guard.beforeCall(unknown);

        assertThat(log.warnings()).containsExactly("the cost of the orchestrator call (gpt-7) is unknown (no price for "
                + "model gpt-7; set pricing.models.gpt-7), so the budget cannot stop it before it is made");
    }

    @Test
    void aMonthlyBudgetThatCannotBeCheckedRefusesWithTheFix() {
        UsageLedger unreadable = new UsageLedger() {
            @Override
            public void record(final UsageEntry entry) {
            }

            @Override
            public List<UsageEntry> entries(final YearMonth month) throws IOException {
                throw new IOException("Permission denied");
            }

            @Override
            public String location() {
                return "/var/jenkins_home/obra/usage.jsonl";
            }
        };

        assertThatThrownBy(() -> guard(budgets(null, 50.0), unreadable).checkStart())
                .isInstanceOf(BudgetExceededException.class)
                .hasMessage("monthly budget cannot be checked: the usage ledger /var/jenkins_home/obra/usage.jsonl "
                        + "could not be read (Permission denied); fix the file or its permissions, or remove "
                        + "budget.monthly_usd");
    }

    @Test
    void withoutBudgetsEverythingIsAllowedAndTheLedgerIsNotRead() throws Exception {
        UsageLedger untouchable = new UsageLedger() {
            @Override
            public void record(final UsageEntry entry) {
            }

            @Override
            public List<UsageEntry> entries(final YearMonth month) {
                throw new AssertionError("the ledger must not be read without a monthly budget");
            }
        };
        BudgetGuard guard = guard(BudgetSettings.defaults(), untouchable);

        guard.checkStart();
        guard.beforeCall(estimate(1_000_000));

        assertThat(guard.alerts()).isEmpty();
        assertThat(guard.remainingUsd()).isEmpty();
    }

    @Test
    void remainingIsTheTighterOfBothBudgets() throws Exception {
        otherRunsSpent(ledger, Instant.parse("2026-11-02T08:00:00Z"), 9.25);
        spend(0.50);

        assertThat(guard(budgets(2.0, 10.0), ledger).remainingUsd()).hasValueSatisfying(
                r -> assertThat(r).isCloseTo(0.25, within(1e-9)));
        assertThat(guard(budgets(2.0, null), ledger).remainingUsd()).hasValueSatisfying(
                r -> assertThat(r).isCloseTo(1.50, within(1e-9)));
    }
}
