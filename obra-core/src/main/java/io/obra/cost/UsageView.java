package io.obra.cost;

import io.obra.cost.UsageSummary.ScopeUsage;
import io.obra.report.Tone;

import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A month's spending as the Jenkins usage page (Manage Jenkins » Obra usage) shows it: display strings
 * and tones only, so the page's Jelly view just prints them.
 *
 * @param month     e.g. {@code 2026-11}
 * @param spent     e.g. {@code $171.20}
 * @param budget    e.g. {@code $200.00}, or "no monthly budget"
 * @param used      the spent share of the budget, e.g. {@code 86 %}; "–" without a budget
 * @param remaining what is left, e.g. {@code $28.80}; "–" without a budget
 * @param tone      SUCCESS below the alert threshold, WARNING from it, FAILURE when the budget is spent,
 *                  NEUTRAL without a budget
 * @param status    one sentence on where the month stands
 * @param unknown   a note on calls of unknown cost, empty when there were none
 * @param rows      one per job (or {@code cli}), biggest spender first
 * @param notes     problems met reading the ledger (skipped lines), for the administrator
 */
public record UsageView(String month, String spent, String budget, String used, String remaining, Tone tone,
                        String status, String unknown, List<Row> rows, List<String> notes) {

    private static final String NONE = "–";

    public UsageView {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(status, "status");
        rows = List.copyOf(rows);
        notes = List.copyOf(notes);
    }

    /** What the page shows when the ledger cannot be read at all. */
    public static UsageView unavailable(final YearMonth month, final String reason) {
        return new UsageView(month.toString(), NONE, NONE, NONE, NONE, Tone.FAILURE, reason, "", List.of(), List.of());
    }

    /** This view with the problems met while reading the ledger. */
    public UsageView withNotes(final List<String> more) {
        return new UsageView(month, spent, budget, used, remaining, tone, status, unknown, rows, more);
    }

    /**
     * One scope's spending.
     *
     * @param scope   the job's full name, or {@code cli}
     * @param share   its share of the month's spending, e.g. {@code 42 %}
     * @param unknown e.g. "2 of unknown cost", empty when none
     */
    public record Row(String scope, String spent, String share, int runs, int calls, String unknown) {
    }

    /**
     * @param summary the month's spending
     * @param alertAt the fraction of the budget from which Obra warns, e.g. 0.8
     */
    public static UsageView of(final UsageSummary summary, final double alertAt) {
        double total = summary.totalUsd();
        List<Row> rows = summary.scopes().stream().map(s -> row(s, total)).toList();
        String unknown = summary.unknownCalls() == 0 ? ""
                : summary.unknownCalls() + " call(s) had no known price and are not in the totals: set a price for "
                + "their model in Manage Jenkins » System » Obra.";
        if (summary.budgetUsd().isEmpty()) {
            return new UsageView(summary.month().toString(), Cost.dollars(total, 2), "no monthly budget", NONE, NONE,
                    Tone.NEUTRAL, "No monthly budget is set, so Obra runs are not limited.", unknown, rows, List.of());
        }
        double budget = summary.budgetUsd().get();
        // As BudgetGuard decides: a run is refused once the month's spending reaches the budget.
        boolean spentOut = total >= budget;
        Tone tone = spentOut ? Tone.FAILURE : total >= alertAt * budget ? Tone.WARNING : Tone.SUCCESS;
        String status = switch (tone) {
            case FAILURE -> "The monthly budget is spent: new Obra runs are refused until next month or a higher "
                    + "budget.";
            case WARNING -> "At least " + percent(alertAt) + " of the monthly budget is spent: runs warn in their "
                    + "console log.";
            default -> "Within budget.";
        };
        return new UsageView(summary.month().toString(), Cost.dollars(total, 2), Cost.dollars(budget, 2),
                budget > 0 ? percent(total / budget) : NONE, Cost.dollars(summary.remainingUsd().orElse(0.0), 2), tone,
                status, unknown, rows, List.of());
    }

    private static Row row(final ScopeUsage s, final double total) {
        return new Row(s.scope(), Cost.dollars(s.usd(), 2), total > 0 ? percent(s.usd() / total) : NONE, s.runs(),
                s.calls(), s.unknownCalls() == 0 ? "" : s.unknownCalls() + " of unknown cost");
    }

    private static String percent(final double fraction) {
        return String.format(Locale.ROOT, "%d %%", Math.round(fraction * 100));
    }
}
