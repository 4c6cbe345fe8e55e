package io.obra.evidence;

import io.obra.port.LaunchedProcess;
import io.obra.port.ProcessLauncher;
import io.obra.port.ProcessSpec;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs a short command (git, the verify command) to its end through the {@link ProcessLauncher}, so it
 * runs where the workspace is. Output is bounded: beyond {@code maxOutputBytes} the head is kept and
 * the rest counted, so a runaway command cannot exhaust the controller's memory.
 */
public final class CommandRunner {

    private final ProcessLauncher launcher;
    private final String workingDirectory;

    public CommandRunner(final ProcessLauncher launcher, final String workingDirectory) {
        this.launcher = launcher;
        this.workingDirectory = workingDirectory;
    }

    /**
     * Runs the command; kills its process tree when {@code timeout} passes or the thread is interrupted.
     *
     * @throws IOException when it cannot be started
     */
    public CommandResult run(final List<String> command, final Map<String, String> environment, final Duration timeout,
                             final int maxOutputBytes) throws IOException, InterruptedException {
        return run(command, environment, timeout, maxOutputBytes, false);
    }

    /**
     * As {@link #run(List, Map, Duration, int)}; with {@code keepTail} the LAST {@code maxOutputBytes} of
     * stdout are kept (a build's verdict is at the end of its output).
     */
    public CommandResult run(final List<String> command, final Map<String, String> environment, final Duration timeout,
                             final int maxOutputBytes, final boolean keepTail) throws IOException, InterruptedException {
        long start = System.nanoTime();
        LaunchedProcess process = launcher.launch(new ProcessSpec(command, environment, workingDirectory, new byte[0],
                Set.of()));
        BoundedCapture stdout = new BoundedCapture(process.stdout(), maxOutputBytes, keepTail);
        BoundedCapture stderr = new BoundedCapture(process.stderr(), 64 * 1024, true);
        Thread out = new Thread(stdout, "obra-command-stdout");
        Thread err = new Thread(stderr, "obra-command-stderr");
        out.setDaemon(true);
        err.setDaemon(true);
        out.start();
        err.start();
        boolean finished;
        try {
            finished = process.waitFor(timeout);
        } catch (InterruptedException e) {
            process.kill();
            throw e;
        }
        if (!finished) {
            process.kill();
        }
        out.join(10_000);
        err.join(10_000);
        int exitCode = finished ? process.waitFor() : -1;
        return new CommandResult(exitCode, !finished, stdout.text(), stdout.truncatedBytes(), stderr.text(),
                (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * A finished command.
     *
     * @param exitCode       -1 when it timed out and was killed
     * @param stdoutDropped  bytes of stdout beyond the limit, not kept
     */
    public record CommandResult(int exitCode, boolean timedOut, String stdout, long stdoutDropped, String stderr,
                                long durationMs) {
        public boolean succeeded() {
            return !timedOut && exitCode == 0;
        }
    }

    /** Reads a stream to its end, keeping at most {@code limit} bytes: the first ones, or the last ones. */
    private static final class BoundedCapture implements Runnable {
        private final InputStream in;
        private final int limit;
        private final boolean keepTail;
        private final AtomicReference<byte[]> kept = new AtomicReference<>(new byte[0]);
        private final AtomicReference<Long> dropped = new AtomicReference<>(0L);

        BoundedCapture(final InputStream in, final int limit, final boolean keepTail) {
            this.in = in;
            this.limit = limit;
            this.keepTail = keepTail;
        }

        @Override
        public void run() {
            byte[] buffer = new byte[8192];
            long droppedBytes = 0;
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (in) {
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    if (keepTail) {
                        out.write(buffer, 0, n);
                        if (out.size() > 2 * limit) {
                            // compact to the last `limit` bytes; amortised O(1) per byte
                            byte[] all = out.toByteArray();
                            droppedBytes += all.length - limit;
                            out.reset();
                            out.write(all, all.length - limit, limit);
                        }
                    } else {
                        int keep = Math.min(Math.max(0, limit - out.size()), n);
                        out.write(buffer, 0, keep);
                        droppedBytes += n - keep;
                    }
                }
            } catch (IOException e) {
                // the process was killed or the channel closed: keep what arrived
            }
            byte[] all = out.toByteArray();
            if (keepTail && all.length > limit) {
                droppedBytes += all.length - limit;
                all = java.util.Arrays.copyOfRange(all, all.length - limit, all.length);
            }
            kept.set(all);
            dropped.set(droppedBytes);
        }

        String text() {
            return new String(kept.get(), StandardCharsets.UTF_8);
        }

        long truncatedBytes() {
            return dropped.get();
        }
    }
}
