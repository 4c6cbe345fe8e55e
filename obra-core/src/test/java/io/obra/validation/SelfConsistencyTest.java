package io.obra.validation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SelfConsistencyTest {

    @Test
    void agreeingSamplesKeepTheModelsConfidence() {
        Verdict combined = SelfConsistency.combine(List.of(verdict(80, 0.9), verdict(80, 0.7), verdict(80, 0.8)));

        assertThat(combined.quality()).isEqualTo(80);
        assertThat(combined.confidence()).isCloseTo(0.8, within(1e-9));
    }

    @Test
    void spreadLowersConfidence() {
        // qualities 60 and 90: sigma 15 -> agreement 1 - 15/25 = 0.4
        Verdict combined = SelfConsistency.combine(List.of(verdict(60, 1.0), verdict(90, 1.0)));

        assertThat(combined.quality()).isEqualTo(75);
        assertThat(combined.confidence()).isCloseTo(0.4, within(1e-9));
    }

    @Test
    void aCoinTossHasNoConfidence() {
        Verdict combined = SelfConsistency.combine(List.of(verdict(20, 0.9), verdict(95, 0.9)));

        assertThat(combined.confidence()).isZero();
    }

    @Test
    void criteriaAreAveragedAndFindingsComeFromTheSampleClosestToTheMean() {
        Verdict low = new Verdict(60, 0.8, "low", List.of(new Criterion("tests", 50, "few")),
                List.of(Finding.of(Severity.MAJOR, "no tests")));
        Verdict mid = new Verdict(70, 0.8, "mid", List.of(new Criterion("tests", 70, "some")),
                List.of(Finding.of(Severity.MINOR, "one more test")));
        Verdict high = new Verdict(80, 0.8, "high", List.of(new Criterion("tests", 90, "many")), List.of());

        Verdict combined = SelfConsistency.combine(List.of(low, mid, high));

        assertThat(combined.summary()).isEqualTo("mid");
        assertThat(combined.criteria()).containsExactly(new Criterion("tests", 70, "some"));
        assertThat(combined.findings()).extracting(Finding::message).containsExactly("one more test");
    }

    private static Verdict verdict(final int quality, final double confidence) {
        return new Verdict(quality, confidence, "", List.of(), List.of());
    }
}
