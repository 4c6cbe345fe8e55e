package io.obra.evidence;

import io.obra.local.LocalProcessLauncher;
import io.obra.privacy.SecretMasker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class VerifyRunnerTest {

    @TempDir
    Path workspace;

    private VerifyRunner runner(final String... secrets) {
        return new VerifyRunner(new CommandRunner(new LocalProcessLauncher(), workspace.toString()),
                SecretMasker.of(List.of(secrets)));
    }

    @Test
    void keepsTheExitCodeAndStderrInTheOutput() throws InterruptedException {
        VerifyRunner.VerifyRun run = runner().run("echo compiling; echo 'Tests run: 3, Failures: 1' >&2; exit 3",
                Duration.ofSeconds(30));

        assertThat(run.passed()).isFalse();
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.output()).contains("compiling").contains("Tests run: 3, Failures: 1");
    }

    @Test
    void keepsTheTailOfAHugeOutput() throws InterruptedException {
        VerifyRunner.VerifyRun run = runner().run("seq 1 200000; echo THE-END", Duration.ofSeconds(60));

        assertThat(run.passed()).isTrue();
        assertThat(run.output()).endsWith("THE-END\n").doesNotContain("\n1\n2\n3\n");
        assertThat(run.output().length()).isLessThanOrEqualTo(256 * 1024);
    }

    @Test
    void killsACommandThatOverrunsItsTimeout() throws InterruptedException {
        VerifyRunner.VerifyRun run = runner().run("echo started; sleep 60", Duration.ofMillis(1500));

        assertThat(run.timedOut()).isTrue();
        assertThat(run.passed()).isFalse();
        assertThat(run.durationMs()).isLessThan(30_000);
    }

    @Test
    void masksSecretsTheCommandPrints() throws InterruptedException {
        VerifyRunner.VerifyRun run = runner("sk-test-verify-secret-123").run("echo token=sk-test-verify-secret-123",
                Duration.ofSeconds(30));

        assertThat(run.output()).contains("token=****").doesNotContain("sk-test-verify-secret-123");
    }
}
