package io.obra.cost;

import java.io.IOException;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * The record of what Obra spent, shared by every run of a controller or machine; safe under
 * concurrent runs. In Jenkins it lives in JENKINS_HOME; in the CLI under the user's home.
 * Entries hold amounts, models and job names only, never a secret.
 */
public interface UsageLedger {

    /** Appends an entry; never loses a concurrent writer's entry. */
    void record(UsageEntry entry) throws IOException;

    /** Every entry of the month (UTC). */
    List<UsageEntry> entries(YearMonth month) throws IOException;

    /** Total USD of the month (UTC). */
    default double spent(final YearMonth month) throws IOException {
        return entries(month).stream().mapToDouble(UsageEntry::costUsd).sum();
    }

    /** Where the ledger is, for messages: e.g. {@code /var/jenkins_home/obra/usage.jsonl}. */
    default String location() {
        return "the usage ledger";
    }

    /** Spending of the month against a monthly budget, by scope (job), for {@code obra usage} and the usage page. */
    default UsageSummary summary(final YearMonth month, final Optional<Double> monthlyBudgetUsd) throws IOException {
        return UsageSummary.of(month, entries(month), monthlyBudgetUsd);
    }
}
