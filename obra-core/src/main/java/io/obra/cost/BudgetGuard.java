package io.obra.cost;

import io.obra.config.BudgetSettings;
import io.obra.cost.BudgetExceededException.Budget;
import io.obra.port.BuildLog;

import java.io.IOException;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Enforces the run's budgets before each paid call: the per-run limit against the run's
 * {@link CostTracker}, the monthly limit against the {@link UsageLedger} (calendar month, UTC).
 * A call is allowed, allowed with an alert (once per budget per run, when spending including the
 * call's estimate reaches {@code alert_at} of a limit), or refused with
 * {@link BudgetExceededException} when it would cross a limit.
 *
 * <p>A call whose estimate is unknown (no price for the model) cannot be weighed: it is allowed
 * with a warning, and once made its cost is recorded as unknown. If the ledger cannot be read while
 * a monthly budget is set, calls are refused: a hard limit that cannot be checked is not enforced.
 * Single-threaded by design: one guard per run, called by the loop.
 */
public final class BudgetGuard {

    private static final String RAISE_RUN = "raise budget.per_run_usd (or the step's budgetUsd)";
    private static final String RAISE_MONTHLY = "raise budget.monthly_usd or the global Obra monthly budget";

    private final BudgetSettings settings;
    private final UsageLedger ledger;
    private final CostTracker run;
    private final Clock clock;
    private final BuildLog log;

    private final Set<Budget> alerted = EnumSet.noneOf(Budget.class);
    private final Set<String> unknownWarned = new HashSet<>();
    private final List<String> alerts = new ArrayList<>();

    public BudgetGuard(final BudgetSettings settings, final UsageLedger ledger, final CostTracker run,
                       final Clock clock, final BuildLog log) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.run = Objects.requireNonNull(run, "run");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.log = Objects.requireNonNull(log, "log");
    }

    /** At the start of a run: refuses when a budget is already exhausted. */
    public void checkStart() throws BudgetExceededException {
        check(null, Cost.ZERO);
    }

    /** Before a Claude Code round: its cost is only known afterwards, so only an exhausted budget refuses. */
    public void beforeImplementer(final int iteration) throws BudgetExceededException {
        check("implementer round " + iteration, Cost.ZERO);
    }

    /** Before an orchestrator call, with its {@link CostEstimator estimate}. */
    public void beforeCall(final CallEstimate estimate) throws BudgetExceededException {
        check("orchestrator call (" + estimate.model() + ")", estimate.cost());
    }

    /**
     * Before any paid call.
     *
     * @param call     what is about to be paid for, e.g. {@code orchestrator call (gpt-4o-2024-11-20)}
     * @param estimate the most it may cost
     */
    public void beforeCall(final String call, final Cost estimate) throws BudgetExceededException {
        check(Objects.requireNonNull(call, "call"), estimate);
    }

    /** Alerts issued so far in this run, for the report. */
    public List<String> alerts() {
        return List.copyOf(alerts);
    }

    /**
     * What may still be spent before a limit is hit, if any limit is set (never below 0); e.g. to
     * bound the implementer. The monthly part is left out when the ledger cannot be read.
     */
    public Optional<Double> remainingUsd() {
        Optional<Double> remaining = settings.perRunUsd().map(limit -> limit - run.total().usd());
        if (settings.monthlyUsd().isPresent()) {
            try {
                double monthly = settings.monthlyUsd().get() - ledger.spent(month());
                remaining = Optional.of(remaining.map(r -> Math.min(r, monthly)).orElse(monthly));
            } catch (IOException e) {
                log.warn("usage ledger " + ledger.location() + " could not be read (" + e.getMessage() + ")");
            }
        }
        return remaining.map(r -> Math.max(0, r));
    }

    private void check(final String call, final Cost estimate) throws BudgetExceededException {
        double extra = estimate.usd();
        String counting = call == null || extra == 0 ? ""
                : ", counting the estimated " + Cost.dollars(extra, 2) + " of the " + call;
        List<String> pending = new ArrayList<>();

        if (settings.perRunUsd().isPresent()) {
            double limit = settings.perRunUsd().get();
            double spent = run.total().usd();
            if (spent >= limit) {
                throw new BudgetExceededException(Budget.RUN, spent, limit, "run budget exhausted: "
                        + Cost.dollars(spent, 2) + " of " + Cost.dollars(limit, 2) + " spent by this run; " + RAISE_RUN);
            }
            if (spent + extra > limit) {
                throw new BudgetExceededException(Budget.RUN, spent, limit, "run budget would be exceeded: "
                        + Cost.dollars(spent, 2) + " of " + Cost.dollars(limit, 2) + " spent by this run and the "
                        + call + " is estimated at " + Cost.dollars(extra, 2) + "; " + RAISE_RUN);
            }
            if (!alerted.contains(Budget.RUN) && spent + extra >= settings.alertAt() * limit) {
                alerted.add(Budget.RUN);
                pending.add("budget alert: this run is at " + Cost.dollars(spent + extra, 2) + " of its "
                        + Cost.dollars(limit, 2) + " budget (" + percent(spent + extra, limit) + ", alert at "
                        + percent(settings.alertAt(), 1) + ")" + counting);
            }
        }

        if (settings.monthlyUsd().isPresent()) {
            double limit = settings.monthlyUsd().get();
            YearMonth month = month();
            double spent;
            try {
                spent = ledger.spent(month);
            } catch (IOException e) {
                throw new BudgetExceededException(Budget.MONTHLY, 0, limit, "monthly budget cannot be checked: "
                        + "the usage ledger " + ledger.location() + " could not be read (" + e.getMessage()
                        + "); fix the file or its permissions, or remove budget.monthly_usd");
            }
            String where = " (obra ledger " + ledger.location() + ")";
            if (spent >= limit) {
                throw new BudgetExceededException(Budget.MONTHLY, spent, limit, "monthly budget exhausted: "
                        + Cost.dollars(spent, 2) + " of " + Cost.dollars(limit, 2) + " spent in " + month + where
                        + "; " + RAISE_MONTHLY);
            }
            if (spent + extra > limit) {
                throw new BudgetExceededException(Budget.MONTHLY, spent, limit, "monthly budget would be exceeded: "
                        + Cost.dollars(spent, 2) + " of " + Cost.dollars(limit, 2) + " spent in " + month
                        + " and the " + call + " is estimated at " + Cost.dollars(extra, 2) + where + "; "
                        + RAISE_MONTHLY);
            }
            if (!alerted.contains(Budget.MONTHLY) && spent + extra >= settings.alertAt() * limit) {
                alerted.add(Budget.MONTHLY);
                pending.add("budget alert: " + Cost.dollars(spent + extra, 2) + " of the " + Cost.dollars(limit, 2)
                        + " monthly budget used in " + month + " (" + percent(spent + extra, limit) + ", alert at "
                        + percent(settings.alertAt(), 1) + ")" + counting + where);
            }
        }

        for (String alert : pending) {
            alerts.add(alert);
            log.warn(alert);
        }
        if (!estimate.known() && hasLimit()) {
            for (String reason : estimate.unknowns()) {
                if (unknownWarned.add(reason)) {
                    log.warn("the cost of the " + call + " is unknown (" + reason
                            + "), so the budget cannot stop it before it is made");
                }
            }
        }
    }

    private boolean hasLimit() {
        return settings.perRunUsd().isPresent() || settings.monthlyUsd().isPresent();
    }

    private YearMonth month() {
        return YearMonth.from(clock.instant().atZone(ZoneOffset.UTC));
    }

    private static String percent(final double part, final double whole) {
        return whole <= 0 ? "100 %" : Math.round(100 * part / whole) + " %";
    }
}
