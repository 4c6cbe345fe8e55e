package io.obra.cost;

import io.obra.port.BuildLog;

import java.nio.file.Path;
import java.time.Instant;

/**
 * A separate process appending to a ledger, for the cross-process test:
 * {@code LedgerWriterMain <file> <scope> <count>}.
 */
public final class LedgerWriterMain {

    private LedgerWriterMain() {
    }

    public static void main(final String[] args) throws Exception {
        FileUsageLedger ledger = new FileUsageLedger(Path.of(args[0]), BuildLog.silent());
        int count = Integer.parseInt(args[2]);
        for (int i = 0; i < count; i++) {
            ledger.record(new UsageEntry(Instant.parse("2026-11-05T12:00:00Z"), args[1], args[1] + "#" + i,
                    "orchestrator", "gpt-4o-2024-11-20", 0.01, true));
        }
    }
}
