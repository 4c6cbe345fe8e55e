package io.obra.bench;

import com.sun.management.OperatingSystemMXBean;
import io.obra.config.AgentSettings;
import io.obra.implementer.ClaudeCodeImplementer;
import io.obra.implementer.ImplementerException;
import io.obra.implementer.ImplementerRequest;
import io.obra.implementer.ImplementerResult;
import io.obra.local.LocalWorkspace;
import io.obra.privacy.Secret;
import io.obra.privacy.SecretMasker;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * P2: the implementer's stream path — {@link ClaudeCodeImplementer} reading a recorded stream-json
 * transcript line by line, writing it masked to the raw-stream artifact, parsing every line, echoing
 * masked progress lines and building the result — at 10 MB and 100 MB, in one JVM. run.sh starts it
 * with {@code -Xmx64m}: finishing the 100 MB stream in a 64 MB heap, with the same live heap as the
 * 10 MB one, shows memory does not grow with the stream. Throughput counts stream bytes (1 MB = 10^6 B)
 * over the wall time of {@code implement()}, and over the CPU time the whole JVM spent meanwhile (the
 * reading thread, GC, JIT). Each understates what an idle machine does: the wall figure counts waiting
 * for a core that a neighbour holds, the CPU figure counts GC and JIT work done beside the path on the
 * other core. The verdict uses the higher of the two, the tighter lower bound.
 *
 * <p>Usage: {@code P2ImplementerStream WORKDIR}; the streams and the workspace go under WORKDIR.
 */
public final class P2ImplementerStream {

    static final double TARGET_MB_PER_S = 200;
    /** Run-to-run spread of the throughput on the 2-core reference machine (docs/performance.md). */
    static final double NOISE = 0.15;
    /** How much more live heap the 100 MB stream may hold than the 10 MB one and still count as flat. */
    static final long HEAP_SLACK_BYTES = 8L << 20;
    /** Runs of the 100 MB stream before anything is measured. */
    static final int WARM_UP_RUNS = 2;

    private static final String SECRET = "sk-ant-api03-BENCHsecretVALUE0123456789abcdefghijklmnopqrstuvwxyz-AAAA";
    private static final String CREDENTIAL = "sk-ant-api03-benchCREDENTIAL-0123456789abcdef";
    private static final long MB = 1_000_000L;

    private P2ImplementerStream() {
    }

    public static void main(final String[] args) throws Exception {
        Path dir = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "benchmarks/target/p2")).toAbsolutePath();
        Path workspace = Files.createDirectories(dir.resolve("workspace"));
        RecordedStream recorder = new RecordedStream();
        List<Case> cases = List.of(new Case(10 * MB, 7), new Case(100 * MB, 3));
        List<Stream> streams = new ArrayList<>();
        for (Case c : cases) {
            Path file = dir.resolve("stream-" + c.bytes / MB + "MB.jsonl");
            RecordedStream.Written written = recorder.write(file, c.bytes, workspace.toString(), SECRET);
            System.out.printf(Locale.ROOT, "P2: wrote %s: %,d bytes, %,d lines, %,d turns, %d tool results with"
                    + " the secret%n", file, written.bytes(), written.lines(), written.turns(), written.secrets());
            streams.add(new Stream(c, file, written));
        }
        // Until the JIT has compiled the path, its compiler threads would count as the path's CPU.
        Stream largest = streams.get(streams.size() - 1);
        for (int i = 0; i < WARM_UP_RUNS; i++) {
            run(largest.file, workspace, largest.written);
        }
        List<Measured> results = new ArrayList<>();
        try (LiveHeap heap = new LiveHeap()) {
            for (Stream stream : streams) {
                heap.reset();
                long[] nanos = new long[stream.c.reps];
                long[] cpu = new long[stream.c.reps];
                Run last = null;
                for (int i = 0; i < stream.c.reps; i++) {
                    last = run(stream.file, workspace, stream.written);
                    nanos[i] = last.nanos;
                    cpu[i] = last.cpuNanos;
                }
                long peak = heap.peakAfterGc();
                results.add(new Measured(stream.written, new Percentiles(nanos), new Percentiles(cpu), peak,
                        heap.collections(), last));
            }
        } finally {
            for (Stream stream : streams) {
                Files.deleteIfExists(stream.file);
            }
        }
        report(results);
    }

    private record Stream(Case c, Path file, RecordedStream.Written written) {
    }

    private record Case(long bytes, int reps) {
    }

    private record Run(long nanos, long cpuNanos, ImplementerResult result, long consoleLines, long consoleLeaks,
                       long artifactLeaks, long artifactMasks) {
    }

    private record Measured(RecordedStream.Written written, Percentiles nanos, Percentiles cpuNanos, long peakHeap,
                            long collections, Run last) {
        double mbPerSecond() {
            return written.bytes() / (double) MB / (nanos.median() / 1e9);
        }

        double mbPerCpuSecond() {
            return written.bytes() / (double) MB / (cpuNanos.median() / 1e9);
        }
    }

    private static Run run(final Path stream, final Path workspace, final RecordedStream.Written written)
            throws IOException, InterruptedException, ImplementerException {
        CountingLog log = new CountingLog(SECRET);
        AgentSettings settings = AgentSettings.defaults().withExecutable("claude")
                .withTimeouts(Duration.ofMinutes(2), Duration.ofMinutes(10));
        ClaudeCodeImplementer implementer = new ClaudeCodeImplementer(new ReplayLauncher(stream),
                new LocalWorkspace(workspace), log, settings, Optional.of(new Secret("bench credential", CREDENTIAL)),
                SecretMasker.of(List.of(SECRET, "ghp_benchGitHubToken0123456789abcdefABCD",
                        "sk-proj-benchOpenAiKey0123456789abcdef")), workspace.resolve("claude-config").toString(),
                Clock.systemUTC(), ClaudeCodeImplementer.DEFAULT_ARTIFACT_DIR);
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpuStart = os.getProcessCpuTime();
        long start = System.nanoTime();
        ImplementerResult result = implementer.implement(new ImplementerRequest("Add input validation",
                Optional.empty(), 1));
        long nanos = System.nanoTime() - start;
        long cpuNanos = os.getProcessCpuTime() - cpuStart;
        if (!"success".equals(result.subtype()) || result.turns() != written.turns()) {
            throw new IllegalStateException("the replayed run did not end as recorded: " + result.subtype() + ", "
                    + result.turns() + " turns instead of " + written.turns());
        }
        Path artifact = workspace.resolve(result.rawStreamPath());
        return new Run(nanos, cpuNanos, result, log.lines(), log.leaks(), occurrences(artifact, SECRET),
                occurrences(artifact, SecretMasker.MASK));
    }

    /** Occurrences of {@code needle} in a file, read in chunks (the file may be larger than the heap). */
    private static long occurrences(final Path file, final String needle) throws IOException {
        byte[] pattern = needle.getBytes(StandardCharsets.UTF_8);
        byte[] buffer = new byte[1 << 16];
        long count = 0;
        int matched = 0;
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == pattern[matched]) {
                        matched++;
                        if (matched == pattern.length) {
                            count++;
                            matched = 0;
                        }
                    } else {
                        matched = buffer[i] == pattern[0] ? 1 : 0;
                    }
                }
            }
        }
        return count;
    }

    private static void report(final List<Measured> results) {
        long maxHeap = Runtime.getRuntime().maxMemory();
        for (Measured m : results) {
            double rate = Math.max(m.mbPerSecond(), m.mbPerCpuSecond());
            new Row(String.format(Locale.ROOT, "P2 implementer stream, %d MB", m.written.bytes() / MB),
                    String.format(Locale.ROOT, "%.0f MB/s (wall %.0f MB/s, %.0f MB per CPU-second; medians of %d;"
                                    + " %,d lines -> %,d console lines)", rate, m.mbPerSecond(), m.mbPerCpuSecond(),
                            m.nanos.count(), m.written.lines(), m.last.consoleLines),
                    String.format(Locale.ROOT, ">= %.0f MB/s (noise %.0f %%)", TARGET_MB_PER_S, NOISE * 100),
                    Verdict.atLeast(rate, TARGET_MB_PER_S, NOISE)).print();
        }
        Measured small = results.get(0);
        Measured large = results.get(results.size() - 1);
        new Row("P2 live heap vs stream size",
                String.format(Locale.ROOT, "%.1f MB at 10 MB, %.1f MB at 100 MB (after-GC peak; max heap %d MB;"
                                + " %d/%d GCs)", small.peakHeap / 1e6, large.peakHeap / 1e6, maxHeap >> 20,
                        small.collections, large.collections),
                String.format(Locale.ROOT, "100 MB within 10 MB + %d MB", HEAP_SLACK_BYTES >> 20),
                Verdict.of(large.peakHeap <= small.peakHeap + HEAP_SLACK_BYTES)).print();
        long secrets = results.stream().mapToLong(m -> m.written.secrets()).sum();
        long leaks = results.stream().mapToLong(m -> m.last.consoleLeaks + m.last.artifactLeaks).sum();
        long masks = results.stream().mapToLong(m -> m.last.artifactMasks).sum();
        new Row("P2 secret masked in the stream",
                String.format(Locale.ROOT, "%d secrets in, %d masks in the artifacts, %d leaks (console + artifact)",
                        secrets, masks, leaks),
                "0 leaks", Verdict.of(leaks == 0 && masks >= secrets)).print();
    }
}
