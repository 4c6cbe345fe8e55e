package io.jenkins.plugins.obra;

import hudson.ExtensionList;
import hudson.model.Result;
import io.jenkins.plugins.checks.api.ChecksAnnotation;
import io.jenkins.plugins.checks.api.ChecksAnnotation.ChecksAnnotationLevel;
import io.jenkins.plugins.checks.api.ChecksConclusion;
import io.jenkins.plugins.checks.api.ChecksDetails;
import io.jenkins.plugins.checks.api.ChecksOutput;
import io.jenkins.plugins.checks.api.ChecksStatus;
import io.jenkins.plugins.checks.util.CapturingChecksPublisher;
import io.jenkins.plugins.obra.report.ObraJobAction;
import io.jenkins.plugins.obra.report.ObraRunAction;
import org.htmlunit.html.HtmlPage;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.TestExtension;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a Pipeline run leaves behind besides its console: the build's Obra action and page, the archived
 * report files, the "Obra quality gate" check (captured by checks-api's test publisher) and the job's
 * trend. The runs review a pull-request change, so they need the orchestrator fake only.
 */
@WithJenkins
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "the pipelines under test use sh and git")
class ObraReportingTest {

    private JenkinsRule r;
    private VerdictServer openai;

    @BeforeEach
    void setUp(final JenkinsRule rule) throws Exception {
        r = rule;
        openai = VerdictServer.openAi();
        JenkinsSetup.addSecretText(r, "openai-key", JenkinsSetup.OPENAI_KEY);
        r.createOnlineSlave(hudson.model.Label.get(JenkinsSetup.AGENT_LABEL));
    }

    @AfterEach
    void tearDown() throws Exception {
        openai.close();
        checks().clear();
    }

    @Test
    void aRunLeavesItsReportOnTheBuildArchivedAndAsAPassingCheck() throws Exception {
        WorkflowRun build = run(review(obraStep("")), Result.SUCCESS);

        ObraRunAction action = build.getAction(ObraRunAction.class);
        assertThat(action.getRuns()).hasSize(1);
        assertThat(action.getRuns().get(0).report().title()).isEqualTo("Quality gate passed");
        assertThat(build.getArtifacts()).extracting(artifact -> artifact.relativePath).containsExactlyInAnyOrder(
                "obra-report/obra-report.json", "obra-report/obra-report.md", "obra-report/obra-report.html",
                "obra-report/obra-junit.xml");
        r.assertLogContains("Obra: archived 4 file(s) with the build", build);

        ChecksDetails check = onlyCheck();
        assertThat(check.getName()).contains("Obra quality gate");
        assertThat(check.getStatus()).isEqualTo(ChecksStatus.COMPLETED);
        assertThat(check.getConclusion()).isEqualTo(ChecksConclusion.SUCCESS);
        assertThat(check.getOutput().flatMap(ChecksOutput::getTitle))
                .contains("Quality gate passed: quality 92, confidence 0.90");

        HtmlPage page = r.createWebClient().withJavaScriptEnabled(false).getPage(build);
        assertThat(page.asNormalizedText()).contains("Obra: Quality gate passed",
                "quality 92 (min 80) · confidence 0.90 (min 0.60) · 1 iteration");
    }

    @Test
    void aFailedGateStopsTheBuildYetLeavesItsReportAndAFailingCheckWithAnnotations() throws Exception {
        openai.scoring(40).finding("major", "README.md", 1, "The README does not explain how to run the tests.");

        WorkflowRun build = run(review(obraStep(", onFail: 'FAILURE'")), Result.FAILURE);

        r.assertLogContains("Obra quality gate failed: quality 40 (minimum 80)", build);
        assertThat(build.getAction(ObraRunAction.class).getScores().outcome()).isEqualTo("FAILED");
        assertThat(build.getArtifacts()).extracting(artifact -> artifact.relativePath)
                .contains("obra-report/obra-report.html");
        ChecksDetails check = onlyCheck();
        assertThat(check.getConclusion()).isEqualTo(ChecksConclusion.FAILURE);
        List<ChecksAnnotation> annotations = check.getOutput().orElseThrow().getChecksAnnotations();
        assertThat(annotations).hasSize(1);
        assertThat(annotations.get(0).getPath()).contains("README.md");
        assertThat(annotations.get(0).getStartLine()).contains(1);
        assertThat(annotations.get(0).getAnnotationLevel()).isEqualTo(ChecksAnnotationLevel.FAILURE);
        assertThat(annotations.get(0).getMessage()).contains("The README does not explain how to run the tests.");
    }

    @Test
    void insideWithChecksTheCheckTakesThatName() throws Exception {
        run(review("withChecks('PR quality') { " + obraStep("") + " }"), Result.SUCCESS);

        assertThat(onlyCheck().getName()).contains("PR quality");
    }

    @Test
    void twoRunsInOneBuildShareOneActionAndTheJobShowsTheTrend() throws Exception {
        WorkflowJob job = r.createProject(WorkflowJob.class, "trend");
        job.setDefinition(new CpsFlowDefinition(review(obraStep("") + "\n  "
                + obraStep(", reportDir: 'second-report'")), true));
        openai.scoring(92, 81, 95, 85);

        WorkflowRun first = r.assertBuildStatus(Result.SUCCESS, job.scheduleBuild2(0));
        WorkflowRun second = r.assertBuildStatus(Result.SUCCESS, job.scheduleBuild2(0));

        assertThat(first.getActions(ObraRunAction.class)).hasSize(1);
        ObraRunAction action = first.getAction(ObraRunAction.class);
        assertThat(action.getRuns()).hasSize(2);
        assertThat(action.getScores().quality()).as("the weaker run speaks for the build").contains(81);
        assertThat(second.getAction(ObraRunAction.class).getScores().quality()).contains(85);
        assertThat(first.getArtifacts()).extracting(artifact -> artifact.relativePath)
                .contains("obra-report/obra-report.json", "second-report/obra-report.json");
        assertThat(checks()).hasSize(4);

        ObraJobAction trend = job.getAction(ObraJobAction.class);
        assertThat(trend).isNotNull();
        assertThat(trend.isTrendVisible()).isTrue();
        assertThat(trend.getBuildTrendModel()).contains("\"Quality\"", "[81,85]");
        assertThat(r.createWebClient().withJavaScriptEnabled(false).getPage(job).asNormalizedText())
                .contains("Obra quality, confidence and cost");
    }

    private WorkflowRun run(final String script, final Result expected) throws Exception {
        WorkflowJob job = r.createProject(WorkflowJob.class);
        job.setDefinition(new CpsFlowDefinition(script, true));
        return r.assertBuildStatus(expected, job.scheduleBuild2(0));
    }

    /** A pull request's change (pr against main) in a fresh workspace, reviewed on the agent by {@code steps}. */
    private static String review(final String steps) {
        return "node('" + JenkinsSetup.AGENT_LABEL + "') {\n"
                + "  deleteDir()\n"
                + "  writeFile file: 'README.md', text: 'hello\\n'\n"
                + "  sh 'git init -q . && git add -A && git -c user.email=t@example.com -c user.name=t commit -qm init"
                + " && git branch -m main && git update-ref refs/remotes/origin/main HEAD && git checkout -q -b pr"
                + " && echo change >> README.md && git -c user.email=t@example.com -c user.name=t commit -qam change'\n"
                + "  withEnv(['CHANGE_TARGET=main']) {\n"
                + "  " + steps + "\n"
                + "  }\n"
                + "}\n";
    }

    private String obraStep(final String more) {
        return "obraOrchestrate(orchestrator: openai(credentialsId: 'openai-key', model: '"
                + VerdictServer.OPENAI_MODEL + "', baseUrl: '" + openai.url() + "')" + more + ")";
    }

    private static ChecksDetails onlyCheck() {
        assertThat(checks()).hasSize(1);
        return checks().get(0);
    }

    private static List<ChecksDetails> checks() {
        return ExtensionList.lookup(CapturingChecksPublisher.Factory.class).get(0).getPublishedChecks();
    }

    /** checks-api's capturing publisher, registered for this test class only. */
    @TestExtension
    public static class CapturingChecks extends CapturingChecksPublisher.Factory {
        // Registering is all it takes.
    }
}
