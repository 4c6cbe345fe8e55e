package io.obra.privacy;

import io.obra.config.PrivacySettings;
import io.obra.testing.SecretSamples.Sample;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * A hang guard, not a benchmark: a multi-megabyte diff and inputs built to provoke catastrophic
 * backtracking must finish. The timeout is generous on purpose (a shared 2-core machine).
 */
class RedactorPerformanceTest {

    private static final Duration HANG_GUARD = Duration.ofSeconds(60);

    @Test
    void aFiveMegabyteDiffIsRedactedCompletely() {
        SecretCorpus secrets = new SecretCorpus(5L, 120);
        StringBuilder diff = new StringBuilder(secrets.diff());
        int seed = 0;
        while (diff.length() < 5_000_000) {
            diff.append(new OrdinaryCorpus(seed++, 1).diff());
        }
        String text = diff.toString();
        Redactor redactor = new Redactor(true, PrivacySettings.defaults(), List.of());

        String out = assertTimeoutPreemptively(HANG_GUARD, () -> redactor.redactDiff(text));

        assertThat(text.length()).isGreaterThanOrEqualTo(5_000_000);
        List<Sample> placed = secrets.placed();
        for (int i = 0; i < placed.size(); i += 7) {
            assertThat(out).doesNotContain(placed.get(i).value());
        }
    }

    @Test
    void adversarialInputsDoNotBacktrackCatastrophically() {
        String adversarial = "-----BEGIN RSA PRIVATE KEY-----\n".repeat(2000)
                + "password = ".repeat(30_000) + "\n"
                + "x://" + "a".repeat(100_000) + ":" + "b".repeat(100_000) + "\n"
                + "eyJ" + "A".repeat(150_000) + ".eyJ" + "B".repeat(150_000) + "\n"
                + "sk-" + "-".repeat(150_000) + "\n"
                + "<" + "password".repeat(20_000) + ">" + "v".repeat(2000) + "\n"
                + "KEY=" + "Ab1".repeat(100_000) + "\n"
                + "@@ -1,1000000 +1,1000000 @@\n" + "+a\n".repeat(100_000);
        Redactor redactor = new Redactor(true, PrivacySettings.defaults(), List.of());

        assertTimeoutPreemptively(HANG_GUARD, () -> {
            redactor.redact(adversarial);
            redactor.redactDiff("diff --git a/.env.local b/x/app.properties\n--- a/x\n+++ b/x/app.properties\n" + adversarial);
        });
    }
}
