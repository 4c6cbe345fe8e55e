package io.obra.cost;

import io.obra.cost.UsageView.Row;
import io.obra.report.Tone;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The Manage Jenkins usage page: the month's spending against the budget, by job. */
class UsageViewTest {

    private static final YearMonth MONTH = YearMonth.of(2026, 11);

    @Test
    void withinBudgetShowsShareAndWhatIsLeftByJobBiggestFirst() {
        UsageView view = UsageView.of(summary(Optional.of(200.0),
                entry("team/app", "team/app#1", 60, true), entry("team/app", "team/app#2", 20, true),
                entry("cli", "cli", 20, true)), 0.8);

        assertThat(view.month()).isEqualTo("2026-11");
        assertThat(view.spent()).isEqualTo("$100.00");
        assertThat(view.budget()).isEqualTo("$200.00");
        assertThat(view.used()).isEqualTo("50 %");
        assertThat(view.remaining()).isEqualTo("$100.00");
        assertThat(view.tone()).isEqualTo(Tone.SUCCESS);
        assertThat(view.status()).isEqualTo("Within budget.");
        assertThat(view.rows()).containsExactly(new Row("team/app", "$80.00", "80 %", 2, 2, ""),
                new Row("cli", "$20.00", "20 %", 1, 1, ""));
    }

    @Test
    void fromTheAlertThresholdTheMonthWarns() {
        UsageView view = UsageView.of(summary(Optional.of(200.0), entry("a", "a#1", 160, true)), 0.8);

        assertThat(view.tone()).isEqualTo(Tone.WARNING);
        assertThat(view.used()).isEqualTo("80 %");
        assertThat(view.status()).startsWith("At least 80 % of the monthly budget is spent");
    }

    @Test
    void aSpentBudgetSaysThatRunsAreRefused() {
        UsageView view = UsageView.of(summary(Optional.of(200.0), entry("a", "a#1", 230, true)), 0.8);

        assertThat(view.tone()).isEqualTo(Tone.FAILURE);
        assertThat(view.used()).isEqualTo("115 %");
        assertThat(view.remaining()).isEqualTo("$0.00");
        assertThat(view.status()).contains("new Obra runs are refused");
    }

    @Test
    void aZeroBudgetAllowsNothing() {
        UsageView view = UsageView.of(summary(Optional.of(0.0)), 0.8);

        assertThat(view.tone()).isEqualTo(Tone.FAILURE);
        assertThat(view.used()).isEqualTo("–");
    }

    @Test
    void withoutABudgetNothingIsLimited() {
        UsageView view = UsageView.of(summary(Optional.empty(), entry("a", "a#1", 5, true)), 0.8);

        assertThat(view.tone()).isEqualTo(Tone.NEUTRAL);
        assertThat(view.budget()).isEqualTo("no monthly budget");
        assertThat(view.used()).isEqualTo("–");
        assertThat(view.status()).contains("not limited");
    }

    @Test
    void callsOfUnknownCostAreNotedPerJobAndOverall() {
        UsageView view = UsageView.of(summary(Optional.of(10.0), entry("a", "a#1", 1, true),
                entry("a", "a#1", 0, false)), 0.8);

        assertThat(view.rows()).containsExactly(new Row("a", "$1.00", "100 %", 1, 2, "1 of unknown cost"));
        assertThat(view.unknown()).startsWith("1 call(s) had no known price");
    }

    @Test
    void anEmptyMonthHasNoRows() {
        UsageView view = UsageView.of(summary(Optional.of(10.0)), 0.8);

        assertThat(view.rows()).isEmpty();
        assertThat(view.spent()).isEqualTo("$0.00");
        assertThat(view.unknown()).isEmpty();
    }

    @Test
    void anUnreadableLedgerSaysWhyAndShowsNoNumbers() {
        UsageView view = UsageView.unavailable(MONTH, "the usage ledger /j/obra/usage.jsonl could not be read: denied");

        assertThat(view.tone()).isEqualTo(Tone.FAILURE);
        assertThat(view.status()).contains("could not be read");
        assertThat(view.spent()).isEqualTo("–");
        assertThat(view.rows()).isEmpty();
    }

    @Test
    void notesFromReadingTheLedgerAreKept() {
        UsageView view = UsageView.of(summary(Optional.empty()), 0.8).withNotes(List.of("line 3 skipped"));

        assertThat(view.notes()).containsExactly("line 3 skipped");
        assertThat(view.tone()).isEqualTo(Tone.NEUTRAL);
    }

    private static UsageSummary summary(final Optional<Double> budget, final UsageEntry... entries) {
        return UsageSummary.of(MONTH, List.of(entries), budget);
    }

    private static UsageEntry entry(final String scope, final String run, final double usd, final boolean known) {
        return new UsageEntry(Instant.parse("2026-11-03T10:15:30Z"), scope, run, "orchestrator", "gpt-4o-2024-11-20",
                usd, known);
    }
}
