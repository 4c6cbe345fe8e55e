package io.obra.implementer;

import io.obra.port.LaunchedProcess;
import io.obra.port.ProcessLauncher;
import io.obra.port.ProcessSpec;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * A launcher that plays recorded CLI output instead of running a process: {@code --version} answers
 * with a version, each run plays the next scripted stdout, stderr and exit code. The "process" lives
 * until its stdout has been read to the end.
 */
final class ScriptedLauncher implements ProcessLauncher {

    record Script(Supplier<InputStream> stdout, String stderr, int exitCode) {
        static Script of(final String stdout, final String stderr, final int exitCode) {
            return new Script(() -> new ByteArrayInputStream(stdout.getBytes(StandardCharsets.UTF_8)), stderr,
                    exitCode);
        }
    }

    private final String version;
    private final Deque<Script> scripts = new ArrayDeque<>();
    /** Every launch; the version check runs beside a round, so use {@link #runs()} for the rounds in order. */
    final List<ProcessSpec> launched = java.util.Collections.synchronizedList(new ArrayList<>());

    ScriptedLauncher(final String version) {
        this.version = version;
    }

    /** The launches of rounds (not of {@code --version}), in order. */
    List<ProcessSpec> runs() {
        synchronized (launched) {
            return launched.stream().filter(spec -> !spec.command().contains("--version")).toList();
        }
    }

    /** The launches of {@code claude --version}. */
    List<ProcessSpec> versionChecks() {
        synchronized (launched) {
            return launched.stream().filter(spec -> spec.command().contains("--version")).toList();
        }
    }

    ScriptedLauncher then(final Script script) {
        scripts.add(script);
        return this;
    }

    @Override
    public synchronized LaunchedProcess launch(final ProcessSpec spec) {
        launched.add(spec);
        if (spec.command().contains("--version")) {
            return new PlayedProcess(Script.of(version + " (Claude Code)\n", "", 0));
        }
        Script script = scripts.poll();
        if (script == null) {
            throw new IllegalStateException("no scripted run left for " + spec.command());
        }
        return new PlayedProcess(script);
    }

    private static final class PlayedProcess implements LaunchedProcess {
        private final InputStream stdout;
        private final Script script;
        private final CountDownLatch exited = new CountDownLatch(1);

        PlayedProcess(final Script script) {
            this.script = script;
            this.stdout = new FilterInputStream(script.stdout().get()) {
                @Override
                public int read(final byte[] buffer, final int offset, final int length) throws IOException {
                    int read = super.read(buffer, offset, length);
                    if (read < 0) {
                        exited.countDown();
                    }
                    return read;
                }
            };
        }

        @Override
        public InputStream stdout() {
            return stdout;
        }

        @Override
        public InputStream stderr() {
            return new ByteArrayInputStream(script.stderr().getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public int waitFor() throws InterruptedException {
            exited.await();
            return script.exitCode();
        }

        @Override
        public boolean waitFor(final Duration timeout) throws InterruptedException {
            return exited.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        }

        @Override
        public boolean isAlive() {
            return exited.getCount() > 0;
        }

        @Override
        public void kill() {
            exited.countDown();
        }
    }
}
