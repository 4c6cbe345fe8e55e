package io.obra.report;

import io.obra.report.Report.IterationReport;
import io.obra.testing.Reports;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ReportFactsTest {

    @Test
    void durationsReadNaturally() {
        assertThat(ReportFacts.duration(850)).isEqualTo("850 ms");
        assertThat(ReportFacts.duration(12_345)).isEqualTo("12.3 s");
        assertThat(ReportFacts.duration(245_000)).isEqualTo("4 min 05 s");
        assertThat(ReportFacts.duration(3_720_000)).isEqualTo("1 h 02 min");
    }

    @Test
    void dollarsKeepFractionsOfACentVisible() {
        assertThat(ReportFacts.usd(0)).isEqualTo("$0.00");
        assertThat(ReportFacts.usd(0.0125)).isEqualTo("$0.0125");
        assertThat(ReportFacts.usd(1.5)).isEqualTo("$1.50");
        assertThat(ReportFacts.usd(Optional.empty())).isEqualTo("unknown");
    }

    @Test
    void theFinalVerdictIsTheLastOneGiven() {
        Report report = Reports.failedAfterThreeIterations().build();
        IterationReport unjudged = new IterationReport(4, report.iterations().get(0).implementer(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), "ERROR");
        Report withUnjudgedLast = Reports.failedAfterThreeIterations().iteration(unjudged).outcome("ERROR").build();

        assertThat(report.finalVerdict().orElseThrow().quality()).isEqualTo(70);
        assertThat(withUnjudgedLast.finalVerdict().orElseThrow().quality()).isEqualTo(70);
        assertThat(Reports.errorBeforeAnyIteration().build().finalVerdict()).isEmpty();
    }

    @Test
    void implementerCostIsUnknownWhenAnyRoundDidNotReportOne() {
        Report report = Reports.passed().iterations(List.of(
                new IterationReport(1, Optional.of(Reports.implementer("a", 0.3)), Optional.empty(), Optional.empty(),
                        Optional.empty(), Optional.empty(), "FAILED"),
                new IterationReport(2, Optional.of(Reports.implementer("b", null)), Optional.empty(), Optional.empty(),
                        Optional.empty(), Optional.empty(), "FAILED"))).build();

        assertThat(ReportFacts.implementerCost(report)).isEmpty();
        assertThat(ReportFacts.implementerCost(Reports.failedAfterThreeIterations().build()))
                .hasValueSatisfying(cost -> assertThat(cost).isEqualTo(1.26, org.assertj.core.data.Offset.offset(1e-9)));
    }

    @Test
    void toolsAreCountedInOrderOfFirstUse() {
        assertThat(ReportFacts.toolCounts(Reports.implementer("s", 0.1))).isEqualTo("Read, Grep, Edit ×2, Bash");
    }
}
