package io.obra.loop;

import io.obra.config.GateSettings;
import io.obra.config.OnFail;
import io.obra.gate.Outcome;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class BuildVerdictTest {

    private static GateSettings gate(final OnFail onFail) {
        return new GateSettings(80, 0.6, onFail, 3, Optional.empty(), Duration.ofMinutes(5));
    }

    private static RunResult result(final Outcome outcome, final Optional<String> error) {
        return new RunResult(outcome, 62, 0.75, 3, 0.4213, "summary", "obra/obra-report.json", error);
    }

    @Test
    void passedGateLeavesTheBuildAloneAndReportsTheScores() {
        BuildVerdict verdict = BuildVerdict.of(
                new RunResult(Outcome.PASSED, 91, 0.8, 1, 0.12, "ok", "r.json", Optional.empty()), gate(OnFail.FAILURE));

        assertThat(verdict.status()).isEqualTo(BuildVerdict.Status.SUCCESS);
        assertThat(verdict.stopsBuild()).isFalse();
        assertThat(verdict.message()).isEqualTo("Obra quality gate passed: quality 91 (minimum 80), confidence 0.80 "
                + "(minimum 0.60), 1 iteration, cost $0.1200");
    }

    @Test
    void failedGateWithOnFailUnstableMarksTheBuildButDoesNotStopIt() {
        BuildVerdict verdict = BuildVerdict.of(result(Outcome.FAILED, Optional.empty()), gate(OnFail.UNSTABLE));

        assertThat(verdict.status()).isEqualTo(BuildVerdict.Status.UNSTABLE);
        assertThat(verdict.stopsBuild()).isFalse();
        assertThat(verdict.message()).startsWith("Obra quality gate failed: quality 62 (minimum 80)")
                .contains("3 iterations").endsWith("the build is marked UNSTABLE (on_fail: unstable)");
    }

    @Test
    void failedGateWithOnFailFailureStopsTheBuild() {
        BuildVerdict verdict = BuildVerdict.of(result(Outcome.FAILED, Optional.empty()), gate(OnFail.FAILURE));

        assertThat(verdict.status()).isEqualTo(BuildVerdict.Status.FAILURE);
        assertThat(verdict.stopsBuild()).isTrue();
        assertThat(verdict.message()).endsWith("the build is marked FAILURE (on_fail: failure)");
    }

    @Test
    void errorIsNeverReportedAsAFailedGateEvenWhenOnFailIsUnstable() {
        BuildVerdict verdict = BuildVerdict.of(result(Outcome.ERROR,
                Optional.of("the OpenAI key in Jenkins credential 'openai-key' was rejected (401)")), gate(OnFail.UNSTABLE));

        assertThat(verdict.status()).isEqualTo(BuildVerdict.Status.ERROR);
        assertThat(verdict.stopsBuild()).isTrue();
        assertThat(verdict.message()).isEqualTo("Obra could not judge the change: the OpenAI key in Jenkins "
                + "credential 'openai-key' was rejected (401)").doesNotContain("quality gate");
    }

    @Test
    void errorWithoutAMessageStillSaysSo() {
        BuildVerdict verdict = BuildVerdict.of(result(Outcome.ERROR, Optional.of(" ")), gate(OnFail.FAILURE));

        assertThat(verdict.message()).isEqualTo("Obra could not judge the change: the run ended with an error but "
                + "gave no reason");
    }
}
