package io.obra.testing;

import io.obra.cost.UsageEntry;
import io.obra.cost.UsageLedger;

import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** A thread-safe usage ledger in memory, for tests of anything that spends money. */
public final class InMemoryUsageLedger implements UsageLedger {

    private final List<UsageEntry> entries = new ArrayList<>();

    @Override
    public synchronized void record(final UsageEntry entry) {
        entries.add(entry);
    }

    @Override
    public synchronized List<UsageEntry> entries(final YearMonth month) {
        return entries.stream().filter(e -> YearMonth.from(e.at().atZone(ZoneOffset.UTC)).equals(month)).toList();
    }

    /** Every entry, in order. */
    public synchronized List<UsageEntry> all() {
        return new ArrayList<>(entries);
    }

    @Override
    public String location() {
        return "memory";
    }
}
