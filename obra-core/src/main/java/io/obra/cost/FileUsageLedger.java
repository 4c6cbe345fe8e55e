package io.obra.cost;

import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

/** Placeholder signature; the real implementation lands with cost tracking (issue 5). */
public final class FileUsageLedger implements UsageLedger {

    public FileUsageLedger(final Path file) {
    }

    @Override
    public void record(final UsageEntry entry) throws IOException {
        throw new UnsupportedOperationException("usage ledger not merged yet");
    }

    @Override
    public List<UsageEntry> entries(final YearMonth month) throws IOException {
        throw new UnsupportedOperationException("usage ledger not merged yet");
    }
}
