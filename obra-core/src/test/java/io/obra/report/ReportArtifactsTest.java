package io.obra.report;

import io.obra.report.Report.ImplementerInfo;
import io.obra.report.Report.IterationReport;
import io.obra.testing.Reports;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Which files of a run are archived with the build. */
class ReportArtifactsTest {

    @Test
    void theFourReportFilesAndEachRoundsRawStreamAreKept() {
        Report report = Reports.failedAfterThreeIterations().build();

        assertThat(ReportArtifacts.of("obra-reports/obra-report.json", Optional.of(report))).containsExactly(
                "obra-reports/obra-report.json", "obra-reports/obra-report.md", "obra-reports/obra-report.html",
                "obra-reports/obra-junit.xml", "obra-reports/claude-sess-1.jsonl", "obra-reports/claude-sess-2.jsonl",
                "obra-reports/claude-sess-3.jsonl");
    }

    @Test
    void reportsInTheWorkspaceRootHaveNoDirectory() {
        assertThat(ReportArtifacts.of("obra-report.json", Optional.empty())).containsExactly("obra-report.json",
                "obra-report.md", "obra-report.html", "obra-junit.xml");
        assertThat(ReportArtifacts.of("./out\\obra-report.json", Optional.empty())).first()
                .isEqualTo("out/obra-report.json");
    }

    @Test
    void reviewModeHasNoStreams() {
        assertThat(ReportArtifacts.of("r/obra-report.json", Optional.of(Reports.review().build()))).hasSize(4);
    }

    @Test
    void pathsOutsideTheWorkspaceAreNeverListed() {
        Report report = Reports.passed().iterations(List.of(withStream("../../etc/passwd"), withStream("/etc/shadow"),
                withStream("C:\\Windows\\win.ini"), withStream("a/../../b"), withStream("ok/implementer-1.jsonl"),
                withStream("ok/implementer-1.jsonl"), withStream(""))).build();

        assertThat(ReportArtifacts.of("ok/obra-report.json", Optional.of(report)))
                .containsExactly("ok/obra-report.json", "ok/obra-report.md", "ok/obra-report.html", "ok/obra-junit.xml",
                        "ok/implementer-1.jsonl");
        assertThat(ReportArtifacts.of("../obra-report.json", Optional.empty())).isEmpty();
    }

    private static IterationReport withStream(final String path) {
        ImplementerInfo im = Reports.implementer("s", 0.1);
        return new IterationReport(1, Optional.of(new ImplementerInfo(im.sessionId(), im.model(), im.turns(),
                im.costUsd(), im.exitCode(), im.durationMs(), im.subtype(), im.tools(), im.filesTouched(),
                im.permissionDenials(), path)), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                "PASSED");
    }
}
