package io.jenkins.plugins.obra.report;

import hudson.model.FreeStyleBuild;
import io.obra.report.Report;
import io.obra.report.ReportJson;
import io.obra.testing.Reports;
import org.htmlunit.CollectingAlertHandler;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.DomNode;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The build's Obra action and its pages, rendered by a real Jenkins from stored reports (obra-core's report
 * fixtures): the summary on the build page, the full report page, one action for several runs, a damaged
 * report, and model text that tries to become markup.
 */
@WithJenkins
class ObraRunActionTest {

    private static final List<String> FILES = List.of("obra-reports/obra-report.json", "obra-reports/obra-report.html",
            "obra-reports/implementer-1.stream.jsonl");

    private JenkinsRule r;

    @BeforeEach
    void setUp(final JenkinsRule rule) {
        r = rule;
    }

    @Test
    void theBuildPageSummarisesTheRunAndLinksToTheReport() throws Exception {
        FreeStyleBuild build = buildWith(Reports.failedAfterThreeIterations().build());

        HtmlPage page = r.createWebClient().withJavaScriptEnabled(false).getPage(build);

        assertThat(page.asNormalizedText()).contains("Obra: Quality gate failed",
                "quality 70 (min 80) · confidence 0.75 (min 0.60) · 3 iterations · cost $1.30",
                "A test now fails; the regex rejects valid emails.");
        assertThat(page.querySelectorAll("a[href='obra/#run-1']")).hasSize(1);
    }

    @Test
    void theReportPageShowsScoresCriteriaFindingsIterationsAndTheArchivedFiles() throws Exception {
        FreeStyleBuild build = buildWith(Reports.failedAfterThreeIterations().build());

        HtmlPage page = r.createWebClient().withJavaScriptEnabled(false).getPage(build, "obra/");

        String text = page.asNormalizedText();
        assertThat(text).contains("Run 1: Quality gate failed", "70 (min 80)", "0.75 (min 0.60)");
        assertThat(cells(page, "table.obra-criteria tbody tr:first-child td"))
                .containsExactly("correctness", "60", "80", "1", "below", "Regex rejects a+b@example.com.");
        assertThat(cells(page, "table.obra-findings tbody tr:first-child td"))
                .containsExactly("blocker", "src/main/java/app/EmailRule.java:12", "Regex rejects plus addressing.");
        assertThat(page.querySelectorAll("table.obra-iterations tbody tr")).hasSize(3);
        assertThat(text).contains("Verify command", "mvn -q test",
                "Add input validation to UserController, with tests");
        assertThat(page.querySelectorAll("ul.obra-files a")).extracting(a -> ((DomElement) a).getAttribute("href"))
                .containsExactly("../artifact/obra-reports/obra-report.json",
                        "../artifact/obra-reports/obra-report.html",
                        "../artifact/obra-reports/implementer-1.stream.jsonl");
    }

    @Test
    void modelTextIsShownAsTextAndNeverBecomesMarkup() throws Exception {
        String script = "<script>alert(1)</script>";
        String image = "\"><img src=x onerror=alert(2)>";
        FreeStyleBuild first = buildWith(Reports.hostile(script).build());
        ObraRunAction action = first.getAction(ObraRunAction.class);
        first.addOrReplaceAction(action.plus(ReportJson.write(Reports.hostile(image).build()), List.of()));
        CollectingAlertHandler alerts = new CollectingAlertHandler();
        JenkinsRule.WebClient client = r.createWebClient();
        client.setAlertHandler(alerts);

        for (HtmlPage page : List.of(client.getPage(first), client.getPage(first, "obra/"))) {
            assertThat(page.asNormalizedText()).contains(script, image.strip());
            for (DomNode element : page.querySelectorAll("script")) {
                assertThat(element.getTextContent()).doesNotContain("alert(");
            }
            assertThat(page.querySelectorAll("img[src='x'], [onerror]")).isEmpty();
            assertThat(page.getWebResponse().getContentAsString()).contains("&lt;script")
                    .doesNotContain(script).doesNotContain("<img src=x");
        }
        assertThat(alerts.getCollectedAlerts()).isEmpty();
    }

    @Test
    void severalRunsInOneBuildShareOneActionAndTheWeakestSpeaksForTheBuild() throws Exception {
        FreeStyleBuild build = buildWith(Reports.passed().build());
        ObraRunAction first = build.getAction(ObraRunAction.class);

        build.addOrReplaceAction(first.plus(ReportJson.write(Reports.failedAfterThreeIterations().build()), FILES));

        assertThat(build.getActions(ObraRunAction.class)).hasSize(1);
        ObraRunAction both = build.getAction(ObraRunAction.class);
        assertThat(both.getRuns()).extracting(run -> run.report().title())
                .containsExactly("Quality gate passed", "Quality gate failed");
        assertThat(both.getScores().outcome()).isEqualTo("FAILED");
        assertThat(both.getScores().tooltip()).startsWith("2 Obra runs: Quality gate failed · lowest quality 70");
        assertThat(build.getBadgeActions()).contains(both);
        HtmlPage page = r.createWebClient().withJavaScriptEnabled(false).getPage(build, "obra/");
        assertThat(page.querySelectorAll("section.obra-run")).extracting(s -> ((DomElement) s).getAttribute("id"))
                .containsExactly("run-1", "run-2");
    }

    @Test
    void aDamagedReportIsExplainedOnThePageInsteadOfBreakingIt() throws Exception {
        FreeStyleBuild build = r.buildAndAssertSuccess(r.createFreeStyleProject());
        build.addAction(new ObraRunAction(build, ObraReports.none().plus("{\"schemaVersion\": 99", List.of())));

        HtmlPage page = r.createWebClient().withJavaScriptEnabled(false).getPage(build, "obra/");

        assertThat(page.asNormalizedText()).contains("Report cannot be shown",
                "The stored Obra report cannot be read");
        assertThat(build.getAction(ObraRunAction.class).getScores().outcome()).isEqualTo("ERROR");
    }

    private FreeStyleBuild buildWith(final Report report) throws Exception {
        FreeStyleBuild build = r.buildAndAssertSuccess(r.createFreeStyleProject());
        build.addAction(new ObraRunAction(build, ObraReports.none().plus(ReportJson.write(report), FILES)));
        build.save();
        return build;
    }

    private static List<String> cells(final HtmlPage page, final String selector) {
        return page.querySelectorAll(selector).stream().map(DomNode::asNormalizedText).toList();
    }
}
