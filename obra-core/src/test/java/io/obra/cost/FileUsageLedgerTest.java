package io.obra.cost;

import io.obra.port.BuildLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class FileUsageLedgerTest {

    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);

    @TempDir
    Path dir;

    private final CapturedLog log = new CapturedLog();

    private static UsageEntry entry(final String at, final String scope, final String runId, final double usd) {
        return new UsageEntry(Instant.parse(at), scope, runId, "orchestrator", "gpt-4o-2024-11-20", usd, true);
    }

    @Test
    void writesOneJsonLinePerEntryWithOnlyTheEntrysFields() throws IOException {
        Path file = dir.resolve("obra/usage.jsonl");
        FileUsageLedger ledger = new FileUsageLedger(file, log);

        ledger.record(entry("2026-11-03T10:15:30Z", "team/app", "team/app#42", 0.0123));
        ledger.record(new UsageEntry(Instant.parse("2026-11-03T10:16:00Z"), "cli", "cli#1", "implementer", "sonnet",
                0, false));

        assertThat(Files.readString(file)).isEqualTo(
                "{\"at\":\"2026-11-03T10:15:30Z\",\"scope\":\"team/app\",\"runId\":\"team/app#42\",\"kind\":\"orchestrator\","
                        + "\"model\":\"gpt-4o-2024-11-20\",\"costUsd\":0.0123,\"costKnown\":true}\n"
                        + "{\"at\":\"2026-11-03T10:16:00Z\",\"scope\":\"cli\",\"runId\":\"cli#1\",\"kind\":\"implementer\","
                        + "\"model\":\"sonnet\",\"costUsd\":0.0,\"costKnown\":false}\n");
        assertThat(ledger.entries(NOVEMBER)).hasSize(2);
        assertThat(ledger.location()).isEqualTo(file.toString());
        assertThat(Files.exists(dir.resolve("obra/usage.jsonl.lock"))).isTrue();
    }

    @Test
    void entriesAreThoseOfTheRequestedUtcMonth() throws IOException {
        FileUsageLedger ledger = new FileUsageLedger(dir.resolve("usage.jsonl"), log);
        ledger.record(entry("2026-10-31T23:59:59Z", "a", "a#1", 1.0));
        ledger.record(entry("2026-11-01T00:00:00Z", "a", "a#2", 2.0));
        ledger.record(entry("2026-11-30T23:59:59Z", "b", "b#1", 4.0));
        ledger.record(entry("2026-12-01T00:00:00Z", "b", "b#2", 8.0));

        assertThat(ledger.spent(NOVEMBER)).isEqualTo(6.0);
        assertThat(ledger.entries(YearMonth.of(2026, 12))).extracting(UsageEntry::runId).containsExactly("b#2");
        assertThat(ledger.allEntries()).hasSize(4);
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void sixteenConcurrentRunsLoseNoEntry() throws Exception {
        Path file = dir.resolve("usage.jsonl");
        int threads = 16;
        int perThread = 150;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Void>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int id = t;
                // Each run builds its own ledger on the same file, as concurrent builds do.
                Callable<Void> writer = () -> {
                    FileUsageLedger ledger = new FileUsageLedger(file, BuildLog.silent());
                    for (int i = 0; i < perThread; i++) {
                        ledger.record(entry("2026-11-05T12:00:00Z", "job" + id, "job" + id + "#" + i, 0.01));
                    }
                    return null;
                };
                done.add(pool.submit(writer));
            }
            for (Future<Void> f : done) {
                f.get(100, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        List<UsageEntry> entries = new FileUsageLedger(file, log).entries(NOVEMBER);
        assertThat(entries).hasSize(threads * perThread);
        assertThat(Set.copyOf(entries.stream().map(UsageEntry::runId).toList())).hasSize(threads * perThread);
        assertThat(Files.readAllLines(file)).hasSize(threads * perThread);
        assertThat(log.warnings()).isEmpty();
    }

    @Test
    @Timeout(value = 180, unit = TimeUnit.SECONDS)
    void separateProcessesAndThreadsWritingAtOnceLoseNoEntry() throws Exception {
        Path file = dir.resolve("shared/usage.jsonl");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<Process> processes = new ArrayList<>();
        for (int p = 0; p < 3; p++) {
            processes.add(new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    LedgerWriterMain.class.getName(), file.toString(), "proc" + p, "200")
                    .redirectErrorStream(true).redirectOutput(dir.resolve("proc" + p + ".log").toFile()).start());
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int id = t;
                done.add(pool.submit(() -> {
                    FileUsageLedger ledger = new FileUsageLedger(file, BuildLog.silent());
                    for (int i = 0; i < 100; i++) {
                        ledger.record(entry("2026-11-05T12:00:00Z", "thread" + id, "thread" + id + "#" + i, 0.01));
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        for (int p = 0; p < processes.size(); p++) {
            Process process = processes.get(p);
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            assertThat(process.exitValue()).as(Files.readString(dir.resolve("proc" + p + ".log"))).isZero();
        }

        List<UsageEntry> entries = new FileUsageLedger(file, log).entries(NOVEMBER);
        assertThat(entries).hasSize(3 * 200 + 4 * 100);
        Set<String> ids = new HashSet<>();
        entries.forEach(e -> ids.add(e.scope() + "/" + e.runId()));
        assertThat(ids).hasSize(3 * 200 + 4 * 100);
        assertThat(new FileUsageLedger(file, log).spent(NOVEMBER)).isCloseTo(10.0, within(1e-9));
    }

    @Test
    void unreadableLinesAreSkippedWithOneWarningAndTheOthersStillCount() throws IOException {
        Path file = dir.resolve("usage.jsonl");
        byte[] badBytes = {'{', (byte) 0xC3, (byte) 0x28, '}', '\n'};
        Files.write(file, (
                "{\"at\":\"2026-11-01T08:00:00Z\",\"scope\":\"a\",\"runId\":\"a#1\",\"kind\":\"implementer\",\"model\":\"m\",\"costUsd\":1.5,\"costKnown\":true}\n"
                        + "this is not json\n"
                        + "{\"at\":\"2026-11-01T08:00:00Z\",\"scope\":\"a\"\n"
                        + "{\"at\":\"yesterday\",\"scope\":\"a\",\"runId\":\"a#2\",\"kind\":\"k\",\"model\":\"m\",\"costUsd\":1}\n"
                        + "{\"at\":\"2026-11-01T08:00:00Z\",\"scope\":\"a\",\"runId\":\"a#3\",\"kind\":\"k\",\"model\":\"m\",\"costUsd\":\"lots\"}\n"
                        + "\n").getBytes(StandardCharsets.UTF_8));
        Files.write(file, badBytes, java.nio.file.StandardOpenOption.APPEND);
        Files.writeString(file, "{\"at\":\"2026-11-02T08:00:00Z\",\"scope\":\"b\",\"runId\":\"b#1\",\"kind\":\"orchestrator\","
                + "\"model\":\"m\",\"costUsd\":2.25}\n", java.nio.file.StandardOpenOption.APPEND);
        FileUsageLedger ledger = new FileUsageLedger(file, log);

        assertThat(ledger.entries(NOVEMBER)).extracting(UsageEntry::runId).containsExactly("a#1", "b#1");
        assertThat(ledger.spent(NOVEMBER)).isEqualTo(3.75);
        assertThat(ledger.entries(NOVEMBER).get(1).costKnown()).isTrue();   // older lines without the flag
        assertThat(log.warnings()).containsExactly("usage ledger " + file
                + ": skipped 5 unreadable line(s) [2, 3, 4, 5, 7]; the other entries still count");
    }

    @Test
    void aLineCutOffByACrashDoesNotSwallowTheNextEntry() throws IOException {
        Path file = dir.resolve("usage.jsonl");
        Files.writeString(file, "{\"at\":\"2026-11-01T08:00:00Z\",\"scope\":\"a\",\"runId\":\"a#1\",\"kind\":\"k\",\"model\":\"m\",\"costUsd\":1}\n"
                + "{\"at\":\"2026-11-01T09:00:00Z\",\"sco");
        FileUsageLedger ledger = new FileUsageLedger(file, log);

        ledger.record(entry("2026-11-04T10:00:00Z", "b", "b#1", 2.0));

        assertThat(ledger.entries(NOVEMBER)).extracting(UsageEntry::runId).containsExactly("a#1", "b#1");
        assertThat(Files.readAllLines(file)).hasSize(3);
    }

    @Test
    void summarisesTheMonthByScopeAgainstTheBudget() throws IOException {
        FileUsageLedger ledger = new FileUsageLedger(dir.resolve("usage.jsonl"), log);
        ledger.record(entry("2026-11-01T08:00:00Z", "team/api", "team/api#1", 40.0));
        ledger.record(entry("2026-11-02T08:00:00Z", "team/api", "team/api#2", 22.5));
        ledger.record(entry("2026-11-03T08:00:00Z", "team/web", "team/web#9", 100.0));
        ledger.record(entry("2026-11-03T08:00:00Z", "cli", "cli#1", 0.5));
        ledger.record(new UsageEntry(Instant.parse("2026-11-03T09:00:00Z"), "cli", "cli#1", "orchestrator", "my-model",
                0, false));
        ledger.record(entry("2026-10-03T08:00:00Z", "team/web", "team/web#1", 999.0));

        UsageSummary summary = ledger.summary(NOVEMBER, Optional.of(200.0));

        assertThat(summary.totalUsd()).isEqualTo(163.0);
        assertThat(summary.remainingUsd()).contains(37.0);
        assertThat(summary.scopes()).containsExactly(
                new UsageSummary.ScopeUsage("team/web", 100.0, 1, 1, 0),
                new UsageSummary.ScopeUsage("team/api", 62.5, 2, 2, 0),
                new UsageSummary.ScopeUsage("cli", 0.5, 1, 2, 1));
        assertThat(summary.lines()).containsExactly(
                "Obra spending in 2026-11: $163.00 of $200.00 monthly budget (82 %)",
                "1 call(s) of unknown cost are not included (set pricing.models.<model>)",
                "  team/web                                    $100.00  1 run(s), 1 call(s)",
                "  team/api                                     $62.50  2 run(s), 2 call(s)",
                "  cli                                           $0.50  1 run(s), 2 call(s), 1 of unknown cost");
        assertThat(ledger.summary(NOVEMBER, Optional.empty()).lines().get(0))
                .isEqualTo("Obra spending in 2026-11: $163.00 (no monthly budget)");
    }

    @Test
    void theCliLedgerLivesInTheUsersHome() {
        assertThat(FileUsageLedger.defaultCliLocation().toString())
                .isEqualTo(System.getProperty("user.home") + File.separator + ".obra" + File.separator + "usage.jsonl");
    }
}
