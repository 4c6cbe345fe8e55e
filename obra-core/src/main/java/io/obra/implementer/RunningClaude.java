package io.obra.implementer;

import io.obra.port.LaunchedProcess;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A launched claude process and the two threads that read it: stdout line by line into the artifact,
 * the parser, the transcript and the console; stderr into a bounded tail.
 */
final class RunningClaude {

    private final LaunchedProcess process;
    private final Clock clock;
    private final StreamJsonParser parser;
    private final RunTranscript transcript;
    private final MaskedStreamArtifact artifact;
    private final ProgressEcho echo;
    private final StderrTail stderr = new StderrTail();
    private final CountDownLatch stdoutDone = new CountDownLatch(1);
    private final CountDownLatch stderrDone = new CountDownLatch(1);
    private final int maxLineChars;
    private volatile long lastOutputMillis;
    private volatile String activityAtKill;

    RunningClaude(final LaunchedProcess process, final Clock clock, final StreamJsonParser parser,
                  final RunTranscript transcript, final MaskedStreamArtifact artifact, final ProgressEcho echo,
                  final int maxLineChars) {
        this.process = process;
        this.clock = clock;
        this.parser = parser;
        this.transcript = transcript;
        this.artifact = artifact;
        this.echo = echo;
        this.maxLineChars = maxLineChars;
        this.lastOutputMillis = clock.millis();
    }

    void startReaders(final String name) {
        daemon(name + "-stdout", () -> {
            try {
                readStdout(process.stdout());
            } finally {
                stdoutDone.countDown();
            }
        });
        daemon(name + "-stderr", () -> {
            try {
                stderr.drain(process.stderr());
            } finally {
                stderrDone.countDown();
            }
        });
    }

    private static void daemon(final String name, final Runnable body) {
        Thread thread = new Thread(body, name);
        thread.setDaemon(true);
        thread.start();
    }

    private void readStdout(final InputStream stdout) {
        try (InputStream in = stdout) {
            new BoundedLineReader(maxLineChars).read(in, new BoundedLineReader.Listener() {
                @Override
                public void line(final String line) {
                    line(line, line.getBytes(StandardCharsets.UTF_8));
                }

                @Override
                public void line(final String line, final byte[] utf8) {
                    lastOutputMillis = clock.millis();
                    // Decoded from UTF-8, so the bytes are the line's exactly: for the artifact and the parser.
                    artifact.line(line, utf8);
                    transcript.lineRead();
                    for (StreamEvent event : parser.parseDecoded(line, utf8)) {
                        echo.event(event, transcript.accept(event));
                    }
                }

                @Override
                public void longLinePart(final String part) {
                    lastOutputMillis = clock.millis();
                    artifact.longLinePart(part);
                }

                @Override
                public void longLineEnd(final long totalChars) {
                    artifact.longLineEnd();
                    transcript.lineRead();
                    StreamEvent event = new StreamEvent.Oversized(totalChars);
                    echo.event(event, transcript.accept(event));
                }
            });
        } catch (IOException e) {
            // The pipe was closed under the reader (the process was killed): what was read is kept.
        } catch (RuntimeException e) {
            // Output must never crash the run; the missing result line will say what went wrong.
            echo.warn("could not read the output any further: " + e);
        }
    }

    /**
     * Kills the process tree for a watchdog and waits until the process is gone, remembering what the
     * agent was doing at that moment.
     */
    void kill() {
        activityAtKill = transcript.lastActivity();
        ClaudeCodeImplementer.killAndWait(process);
    }

    Optional<String> activityAtKill() {
        return Optional.ofNullable(activityAtKill);
    }

    LaunchedProcess process() {
        return process;
    }

    /** Waits up to {@code timeout} for stdout to end; true when it has. */
    boolean awaitStdout(final Duration timeout) throws InterruptedException {
        return stdoutDone.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Waits (not interruptibly) up to {@code timeout} for both readers, so the artifact is complete. */
    void awaitReaders(final Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        boolean interrupted = false;
        for (CountDownLatch latch : new CountDownLatch[] {stdoutDone, stderrDone}) {
            while (true) {
                try {
                    latch.await(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    long lastOutputMillis() {
        return lastOutputMillis;
    }

    String stderrTail() {
        return stderr.text();
    }
}
