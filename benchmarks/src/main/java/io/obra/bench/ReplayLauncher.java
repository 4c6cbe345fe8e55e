package io.obra.bench;

import io.obra.port.LaunchedProcess;
import io.obra.port.ProcessLauncher;
import io.obra.port.ProcessSpec;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A launcher whose "claude" prints a recorded stream-json file and exits when it has been read to the
 * end, as a real process does once its last line is consumed; {@code claude --version} answers the
 * tested version. Lets P2 drive the implementer's real read, parse, mask and echo path at disk speed.
 */
public final class ReplayLauncher implements ProcessLauncher {

    private final Path stream;

    public ReplayLauncher(final Path stream) {
        this.stream = stream;
    }

    @Override
    public LaunchedProcess launch(final ProcessSpec spec) throws IOException {
        if (spec.command().contains("--version")) {
            return new Replay(new ByteArrayInputStream("2.1.197 (Claude Code)\n".getBytes(StandardCharsets.UTF_8)));
        }
        return new Replay(Files.newInputStream(stream));
    }

    /** A process that lives until its stdout has been read to the end or closed. */
    private static final class Replay implements LaunchedProcess {
        private final CountDownLatch ended = new CountDownLatch(1);
        private final InputStream stdout;

        Replay(final InputStream source) {
            this.stdout = new FilterInputStream(source) {
                @Override
                public int read(final byte[] buffer, final int offset, final int length) throws IOException {
                    int n = super.read(buffer, offset, length);
                    if (n < 0) {
                        ended.countDown();
                    }
                    return n;
                }

                @Override
                public int read() throws IOException {
                    int b = super.read();
                    if (b < 0) {
                        ended.countDown();
                    }
                    return b;
                }

                @Override
                public void close() throws IOException {
                    ended.countDown();
                    super.close();
                }
            };
        }

        @Override
        public InputStream stdout() {
            return stdout;
        }

        @Override
        public InputStream stderr() {
            return InputStream.nullInputStream();
        }

        @Override
        public int waitFor() throws InterruptedException {
            ended.await();
            return 0;
        }

        @Override
        public boolean waitFor(final Duration timeout) throws InterruptedException {
            return ended.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
        }

        @Override
        public boolean isAlive() {
            return ended.getCount() > 0;
        }

        @Override
        public void kill() {
            try {
                stdout.close();
            } catch (IOException e) {
                // already closed
            }
        }
    }
}
