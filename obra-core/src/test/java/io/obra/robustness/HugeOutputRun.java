package io.obra.robustness;

import io.obra.implementer.ImplementerRequest;
import io.obra.implementer.ImplementerResult;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * One implementer round against a fake {@code claude} that prints about 100 MB, run in a child JVM with a
 * small heap by {@link ImplementerFaultsTest}: if the engine held the output, the child would die of an
 * {@link OutOfMemoryError}. Prints what the parent asserts as {@code key=value} lines.
 *
 * <p>Arguments: the fake CLI's root directory (see {@link FakeClaudeCli}) and the script.
 */
final class HugeOutputRun {

    private HugeOutputRun() {
    }

    public static void main(final String[] args) throws Exception {
        FakeClaudeCli cli = new FakeClaudeCli(Path.of(args[0]));
        CapturedConsole console = new CapturedConsole();
        ImplementerResult result = cli.implementer(FakeClaudeCli.settings(Path.of(args[1]), Duration.ofSeconds(60)),
                console).implement(new ImplementerRequest("Print a lot", Optional.empty(), 1));
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.println("subtype=" + result.subtype());
        System.out.println("resultText=" + result.resultText());
        System.out.println("sessionId=" + result.sessionId());
        System.out.println("exitCode=" + result.exitCode());
        System.out.println("consoleLines=" + console.lines().size());
        System.out.println("consoleHasCredential=" + console.text().contains(FakeClaudeCli.CREDENTIAL));
        System.out.println("oversizedWarnings=" + console.warnings().stream()
                .filter(w -> w.contains("was too long to read; it is kept whole")).count());
        System.out.println("maxHeap=" + Runtime.getRuntime().maxMemory());
        System.out.println("peakHeap=" + peak);
    }
}
