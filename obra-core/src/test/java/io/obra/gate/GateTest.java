package io.obra.gate;

import io.obra.config.GateSettings;
import io.obra.config.OnFail;
import io.obra.validation.Verdict;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;

class GateTest {

    private final Gate gate = new Gate(new GateSettings(80, 0.6, OnFail.FAILURE, 3, Optional.of("mvn test"),
            Duration.ofMinutes(1)));

    @Test
    void passesAtTheThresholds() {
        assertThat(gate.decide(verdict(80, 0.6), OptionalInt.of(0)).passed()).isTrue();
    }

    @Test
    void failsBelowEitherThresholdAndSaysWhy() {
        Gate.GateDecision decision = gate.decide(verdict(79, 0.59), OptionalInt.empty());

        assertThat(decision.passed()).isFalse();
        assertThat(decision.reasons()).containsExactly("quality 79 < 80", "confidence 0.59 < 0.60");
    }

    @Test
    void aFailingVerifyCommandBlocksAnOtherwisePassingVerdict() {
        Gate.GateDecision decision = gate.decide(verdict(95, 0.9), OptionalInt.of(1));

        assertThat(decision.passed()).isFalse();
        assertThat(decision.describe()).isEqualTo("failed: verify command failed (exit code 1)");
    }

    private static Verdict verdict(final int quality, final double confidence) {
        return new Verdict(quality, confidence, "", List.of(), List.of());
    }
}
