package io.obra.cli;

import io.obra.gate.Outcome;
import io.obra.loop.RunResult;
import io.obra.report.Report;
import io.obra.testing.Reports;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class VerdictTableTest {

    private final VerdictTable plain = new VerdictTable(new Style(false));

    @Test
    void showsResultAgainstTheGateScoresFindingsAndCost() {
        List<String> lines = plain.lines(Reports.passed().build());

        assertThat(String.join("\n", lines))
                .contains("PASSED  quality 88 ≥ 80, confidence 0.82 ≥ 0.60")
                .contains("correctness         90")
                .contains("tests               85")
                .contains("[minor] src/main/java/app/UserController.java:41  Rename `n` to `name`.")
                .contains("Cost        $0.4325  (implementer $0.4200, orchestrator $0.0125)")
                .contains("Validation is added with tests");
    }

    @Test
    void findingsAreSortedBySeverityAndCutAtFive() {
        Report.VerdictInfo base = Reports.failedAfterThreeIterations().build().finalVerdict().orElseThrow();
        List<Report.FindingInfo> seven = List.of(finding("info", "a"), finding("minor", "b"), finding("blocker", "c"),
                finding("major", "d"), finding("minor", "e"), finding("info", "f"), finding("major", "g"));
        Report report = Reports.failedAfterThreeIterations().iteration(Reports.iteration(4,
                new Report.VerdictInfo(60, 0.7, "s", base.criteria(), seven, 1), "FAILED")).build();

        List<String> findings = plain.lines(report).stream().filter(l -> l.contains("] ") || l.contains("more in"))
                .toList();

        assertThat(findings).hasSize(6);
        assertThat(findings.get(0)).contains("[blocker] c");
        assertThat(findings.subList(1, 3)).allMatch(l -> l.contains("[major]"));
        assertThat(findings.subList(3, 5)).allMatch(l -> l.contains("[minor]"));
        assertThat(findings.get(5)).contains("… and 2 more in the report");
    }

    @Test
    void aFailedGateShowsWhichThresholdWasMissed() {
        String text = String.join("\n", plain.lines(Reports.failedAfterThreeIterations().build()));

        assertThat(text).contains("FAILED  quality 70 < 80").contains("Iterations  3");
    }

    @Test
    void anErrorShowsTheMessageAndUnknownCostsSayUnknown() {
        String error = String.join("\n", plain.lines(Reports.errorBeforeAnyIteration().build()));
        String unknown = String.join("\n", plain.lines(Reports.withUnknownCosts().build()));

        assertThat(error).contains("ERROR").contains("was rejected (401)").doesNotContain("quality");
        assertThat(unknown).contains("unknown (a model has no price)");
    }

    @Test
    void modelTextCannotDriveTheTerminal() {
        String text = String.join("\n", plain.lines(Reports.hostile("x\u001b]0;owned\u0007\u001b[2J\ry").build()));

        assertThat(text).doesNotContain("\u001b").doesNotContain("\u0007").doesNotContain("\r");
    }

    @Test
    void coloursOnlyWhenAsked() {
        List<String> coloured = new VerdictTable(new Style(true)).lines(Reports.passed().build());

        assertThat(String.join("", plain.lines(Reports.passed().build()))).doesNotContain("\u001b[");
        assertThat(coloured.get(0)).contains("\u001b[32mPASSED");
    }

    @Test
    void withoutAReportTheRunResultIsShown() {
        RunResult result = new RunResult(Outcome.FAILED, 61, 0.5, 3, 0.25, "Tests are missing.", "r/obra-report.json",
                Optional.empty());

        assertThat(String.join("\n", plain.lines(result))).contains("FAILED  quality 61, confidence 0.50")
                .contains("Iterations  3").contains("$0.2500").contains("Tests are missing.");
    }

    private static Report.FindingInfo finding(final String severity, final String message) {
        return new Report.FindingInfo(severity, Optional.empty(), Optional.empty(), message);
    }
}
