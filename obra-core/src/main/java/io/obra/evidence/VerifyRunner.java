package io.obra.evidence;

import io.obra.privacy.SecretMasker;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Runs the configured verify command (e.g. {@code mvn -q test}) through the shell where the workspace
 * is, and keeps its exit code and the tail of its output (masked).
 */
public final class VerifyRunner {

    private static final int TAIL_BYTES = 256 * 1024;

    private final CommandRunner runner;
    private final SecretMasker masker;

    public VerifyRunner(final CommandRunner runner, final SecretMasker masker) {
        this.runner = runner;
        this.masker = masker;
    }

    public VerifyRun run(final String command, final Duration timeout) throws InterruptedException {
        try {
            // stderr goes into the same tail: compilers and test runners report failures there
            CommandRunner.CommandResult result = runner.run(List.of("sh", "-c", "exec 2>&1\n" + command), Map.of(), timeout,
                    TAIL_BYTES, true);
            return new VerifyRun(command, result.exitCode(), result.timedOut(), masker.mask(result.stdout()),
                    result.durationMs());
        } catch (IOException e) {
            return new VerifyRun(command, 127, false, masker.mask("could not start the verify command: "
                    + e.getMessage()), 0);
        }
    }

    /**
     * A verify command's run.
     *
     * @param exitCode -1 when it timed out
     * @param output   the tail of stdout and stderr, masked
     */
    public record VerifyRun(String command, int exitCode, boolean timedOut, String output, long durationMs) {
        public boolean passed() {
            return !timedOut && exitCode == 0;
        }
    }
}
