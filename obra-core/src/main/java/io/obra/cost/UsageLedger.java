package io.obra.cost;

import java.io.IOException;
import java.time.YearMonth;
import java.util.List;

/**
 * The record of what Obra spent, shared by every run of a controller or machine; safe under
 * concurrent runs. In Jenkins it lives in JENKINS_HOME; in the CLI under the user's home.
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
}
