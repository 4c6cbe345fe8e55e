package io.jenkins.plugins.obra.report;

import hudson.model.FreeStyleBuild;
import hudson.model.FreeStyleProject;
import io.obra.report.ReportJson;
import io.obra.testing.Reports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.jvnet.hudson.test.junit.jupiter.JenkinsSessionExtension;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The action and its reports survive a controller restart: build.xml and obra-reports.xml hold only types
 * Jenkins' class filter (JEP-200) lets through, and the engine's report is read back from its JSON.
 */
class ObraRunActionRestartTest {

    @RegisterExtension
    private final JenkinsSessionExtension sessions = new JenkinsSessionExtension();

    @Test
    void theReportIsStillThereAfterARestart() throws Throwable {
        sessions.then(r -> {
            FreeStyleBuild build = r.buildAndAssertSuccess(r.createFreeStyleProject("p"));
            ObraRunAction action = new ObraRunAction(build, ObraReports.none()
                    .plus(ReportJson.write(Reports.passed().build()), List.of("obra-report/obra-report.html")));
            build.addAction(action.plus(ReportJson.write(Reports.failedAfterThreeIterations().build()), List.of()));
            build.save();
        });
        sessions.then(r -> {
            FreeStyleBuild build = r.jenkins.getItemByFullName("p", FreeStyleProject.class).getBuildByNumber(1);
            ObraRunAction action = build.getAction(ObraRunAction.class);

            assertThat(action).as("the action was loaded from build.xml").isNotNull();
            assertThat(action.getScores().quality()).contains(70);
            assertThat(action.getRuns()).extracting(run -> run.report().title())
                    .containsExactly("Quality gate passed", "Quality gate failed");
            assertThat(action.getRuns().get(0).files()).extracting(ObraRunAction.FileLink::href)
                    .containsExactly("../artifact/obra-report/obra-report.html");
            assertThat(r.jenkins.getItemByFullName("p", FreeStyleProject.class).getAction(ObraJobAction.class))
                    .isNotNull();
        });
    }
}
