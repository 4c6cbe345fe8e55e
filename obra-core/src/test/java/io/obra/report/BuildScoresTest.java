package io.obra.report;

import io.obra.testing.Reports;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** A build's badge and trend point: the weakest of its Obra runs speaks for it. */
class BuildScoresTest {

    @Test
    void oneRunIsTheBuildsScore() {
        BuildScores scores = BuildScores.of(List.of(Reports.passed().build()));

        assertThat(scores).isEqualTo(new BuildScores(1, "PASSED", Optional.of(88), Optional.of(0.82), 0.4325, true));
        assertThat(scores.tone()).isEqualTo(Tone.SUCCESS);
        assertThat(scores.tooltip())
                .isEqualTo("Obra: Quality gate passed · quality 88 · confidence 0.82 · cost $0.4325");
        assertThat(scores.trendQuality()).isEqualTo(88);
        assertThat(scores.trendConfidence()).isEqualTo(82);
        assertThat(scores.trendCostCents()).isEqualTo(43);
    }

    @Test
    void severalRunsShowTheWorstOutcomeTheLowestScoresAndTheSummedCost() {
        BuildScores scores = BuildScores.of(List.of(Reports.passed().build(),
                Reports.failedAfterThreeIterations().build()));

        assertThat(scores.runs()).isEqualTo(2);
        assertThat(scores.outcome()).isEqualTo("FAILED");
        assertThat(scores.quality()).contains(70);
        assertThat(scores.confidence()).contains(0.75);
        assertThat(scores.costUsd()).isCloseTo(4 * 0.4325, within(1e-9));
        assertThat(scores.tooltip()).isEqualTo("2 Obra runs: Quality gate failed · lowest quality 70 · lowest "
                + "confidence 0.75 · cost $1.73");
    }

    @Test
    void anErrorOutweighsAFailedGateAndUnjudgedRunsDoNotLowerTheScores() {
        BuildScores scores = BuildScores.of(List.of(Reports.passed().build(),
                Reports.errorBeforeAnyIteration().build()));

        assertThat(scores.outcome()).isEqualTo("ERROR");
        assertThat(scores.tone()).isEqualTo(Tone.WARNING);
        assertThat(scores.quality()).contains(88);
    }

    @Test
    void aBuildWhoseRunsWereNeverJudgedHasNoScores() {
        BuildScores scores = BuildScores.of(List.of(Reports.errorBeforeAnyIteration().build()));

        assertThat(scores.judged()).isFalse();
        assertThat(scores.trendQuality()).isZero();
        assertThat(scores.tooltip()).isEqualTo("Obra: Could not judge the change · cost $0.00");
    }

    @Test
    void anUnknownPriceMakesTheCostAFloor() {
        BuildScores scores = BuildScores.of(List.of(Reports.withUnknownCosts().build(), Reports.passed().build()));

        assertThat(scores.costComplete()).isFalse();
        assertThat(scores.tooltip()).endsWith("cost at least $0.4325");
    }

    @Test
    void confidenceIsRoundedToWholePercentOnTheTrend() {
        BuildScores scores = new BuildScores(1, "PASSED", Optional.of(90), Optional.of(0.825), 1.239, true);

        assertThat(scores.trendConfidence()).isEqualTo(83);
        assertThat(scores.trendCostCents()).isEqualTo(124);
    }

    @Test
    void aBuildWithoutReportsHasNoScores() {
        assertThatThrownBy(() -> BuildScores.of(List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one Obra report");
    }
}
