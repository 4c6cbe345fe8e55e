package io.jenkins.plugins.obra;

import hudson.model.Result;
import io.jenkins.plugins.obra.report.ObraRunAction;
import io.obra.testing.FakeAnthropic;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.BuildWatcherExtension;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import static io.jenkins.plugins.obra.JenkinsSetup.ANTHROPIC_KEY;
import static io.jenkins.plugins.obra.JenkinsSetup.OPENAI_KEY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code obraOrchestrate} in real Pipelines on an agent, driving the real Claude Code CLI against obra-core's
 * shared loopback fakes of the Anthropic and OpenAI APIs ({@link FakeAnthropic}, and {@link VerdictServer}
 * over {@code OpenAiFake}/{@code OllamaFake}). (The CLI's tests run where obra-core's build installed it: not
 * on Windows, whose CI agents lack the POSIX shell these pipelines use.)
 */
@WithJenkins
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "the pipelines under test use sh and a POSIX Claude Code build")
class ObraStepTest {

    @RegisterExtension
    private static final BuildWatcherExtension BUILD_WATCHER = new BuildWatcherExtension();

    private JenkinsRule r;
    private FakeAnthropic anthropic;
    private VerdictServer openai;

    @BeforeEach
    void setUp(final JenkinsRule rule) throws Exception {
        r = rule;
        anthropic = JenkinsSetup.anthropic();
        openai = VerdictServer.openAi();
        JenkinsSetup.addSecretText(r, "openai-key", OPENAI_KEY);
        JenkinsSetup.addSecretText(r, "anthropic-key", ANTHROPIC_KEY);
        JenkinsSetup.addClaudeTool(r);
        JenkinsSetup.addAgent(r, anthropic);
    }

    @AfterEach
    void tearDown() throws Exception {
        anthropic.close();
        openai.close();
    }

    @Test
    void scriptedPipelineOnAnAgentPassesTheGateAndReturnsTheResultMap() throws Exception {
        WorkflowRun build = run(scripted(arguments("minQuality: 80, maxIterations: 2")), Result.SUCCESS);

        r.assertLogContains("Obra quality gate passed: quality 92 (minimum 80)", build);
        r.assertLogContains("passed=true quality=92 iterations=1 outcome=PASSED", build);
        assertThat(anthropic.mainRequests()).isNotEmpty();
        assertThat(openai.authorizations()).contains("Bearer " + OPENAI_KEY);
        assertThat(build.getAction(ObraRunAction.class).getScores().quality()).contains(92);
        assertThat(build.getArtifacts()).extracting(artifact -> artifact.relativePath).contains(
                "obra-report/obra-report.json",
                "obra-report/obra-report.html", "obra-report/obra-junit.xml",
                "obra-report/implementer-1.stream.jsonl");
    }

    @Test
    void declarativePipelineRunsTheStepAndTheNextStage() throws Exception {
        WorkflowJob job = r.createProject(WorkflowJob.class, "declarative");
        job.setDefinition(new CpsFlowDefinition("pipeline {\n"
                + "  agent { label '" + JenkinsSetup.AGENT_LABEL + "' }\n"
                + "  stages {\n"
                + "    stage('Implement') {\n"
                + "      steps {\n"
                + "        " + gitRepository() + "\n"
                + "        obraOrchestrate(" + arguments("maxIterations: 1") + ")\n"
                + "      }\n"
                + "    }\n"
                + "    stage('After') { steps { echo 'after the gate' } }\n"
                + "  }\n"
                + "}\n", true));

        WorkflowRun build = r.assertBuildStatus(Result.SUCCESS, job.scheduleBuild2(0));

        r.assertLogContains("Obra quality gate passed", build);
        r.assertLogContains("after the gate", build);
    }

    @Test
    void feedbackRoundRaisesTheScoreAndThenPasses() throws Exception {
        openai.scoring(45, 91);

        WorkflowRun build = run(scripted(arguments("minQuality: 80, maxIterations: 3")), Result.SUCCESS);

        r.assertLogContains("passed=true quality=91 iterations=2 outcome=PASSED", build);
        assertThat(anthropic.mainRequests()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(build.getArtifacts()).extracting(artifact -> artifact.relativePath).contains(
                "obra-report/implementer-1.stream.jsonl", "obra-report/implementer-2.stream.jsonl");
        assertThat(openai.completions()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void failedGateWithOnFailFailureFailsTheBuildAndStopsThePipeline() throws Exception {
        openai.scoring(40);

        WorkflowRun build = run(scripted(arguments("minQuality: 80, maxIterations: 2, onFail: 'FAILURE'")),
                Result.FAILURE);

        r.assertLogContains("Obra quality gate failed: quality 40 (minimum 80)", build);
        r.assertLogNotContains("passed=", build);
    }

    @Test
    void failedGateWithOnFailUnstableMarksTheBuildAndStillReturnsTheMap() throws Exception {
        openai.scoring(40);

        WorkflowRun build = run(scripted(arguments("minQuality: 80, maxIterations: 1, onFail: 'UNSTABLE'")),
                Result.UNSTABLE);

        r.assertLogContains("the build is marked UNSTABLE", build);
        r.assertLogContains("passed=false quality=40 iterations=1 outcome=FAILED", build);
    }

    @Test
    void abortingTheBuildKillsClaudeCodeOnTheAgent() throws Exception {
        anthropic.whenQueueEmpty(FakeAnthropic.stall());
        WorkflowJob job = r.createProject(WorkflowJob.class, "abort");
        job.setDefinition(new CpsFlowDefinition(scripted(arguments("maxIterations: 1")), true));
        WorkflowRun build = job.scheduleBuild2(0).waitForStart();
        r.waitForMessage("Obra: implementing the task with Claude Code", build);
        assertThat(JenkinsSetup.awaitFirstRequest(anthropic, Duration.ofSeconds(120)))
                .as("Claude Code reached the fake").isTrue();
        assertThat(claudeProcesses()).as("claude runs on the agent").isPositive();

        build.getExecutor().interrupt();

        r.assertBuildStatus(Result.ABORTED, r.waitForCompletion(build));
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (claudeProcesses() > 0 && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }
        assertThat(claudeProcesses()).as("no claude process survives the abort").isZero();
    }

    @Test
    void missingCredentialNamesTheIdAndBothPossibleCauses() throws Exception {
        WorkflowRun build = run(scripted(arguments("maxIterations: 1").replace("'anthropic-key'", "'no-such-key'")),
                Result.FAILURE);

        r.assertLogContains("Jenkins credential 'no-such-key' was not found, or the user who started the build may "
                + "not use it", build);
        assertThat(anthropic.mainRequests()).isEmpty();
    }

    @Test
    void rejectedOrchestratorKeyIsAnErrorNotAFailedGate() throws Exception {
        openai.rejectingTheKey();

        WorkflowRun build = run(scripted(arguments("maxIterations: 1, onFail: 'UNSTABLE'")), Result.FAILURE);

        r.assertLogContains("Obra could not judge the change", build);
        r.assertLogContains("401", build);
        r.assertLogNotContains("quality gate failed", build);
        r.assertLogNotContains(OPENAI_KEY, build);
    }

    @Test
    void secretsClaudeCodePrintsAreMaskedInTheWholeLog() throws Exception {
        anthropic.whenQueueEmpty(FakeAnthropic.text("Using the keys " + OPENAI_KEY + " and " + ANTHROPIC_KEY
                + " as asked."));

        WorkflowRun build = run(scripted(arguments("maxIterations: 1")), Result.SUCCESS);

        r.assertLogNotContains(OPENAI_KEY, build);
        r.assertLogNotContains(ANTHROPIC_KEY, build);
        r.assertLogContains("****", build);
    }

    @Test
    void withoutATaskThePullRequestChangeIsReviewedAgainstItsTarget() throws Exception {
        WorkflowRun build = run("node('" + JenkinsSetup.AGENT_LABEL + "') {\n"
                + "  " + gitRepository() + "\n"
                + "  sh 'git branch -m main && git update-ref refs/remotes/origin/main HEAD && git checkout -q -b pr"
                + " && echo change >> README.md && git -c user.email=t@example.com -c user.name=t commit -qam change'\n"
                + "  withEnv(['CHANGE_TARGET=main']) {\n"
                + "    def r = obraOrchestrate(" + orchestratorArguments() + ")\n"
                + "    echo \"reviewed passed=${r.passed} iterations=${r.iterations}\"\n"
                + "  }\n"
                + "}\n", Result.SUCCESS);

        r.assertLogContains("Obra: reviewing the change (no task given)", build);
        r.assertLogContains("reviewed passed=true", build);
        assertThat(anthropic.mainRequests()).as("review mode does not run Claude Code").isEmpty();
    }

    @Test
    void anOllamaOrchestratorJudgesThroughJenkinsToo() throws Exception {
        try (VerdictServer ollama = VerdictServer.ollama().scoring(88)) {
            WorkflowRun build = run(scripted("task: 'Add a section on running the tests to README.md', claudeTool: '"
                    + JenkinsSetup.CLAUDE_TOOL + "', claudeCredentialsId: 'anthropic-key', "
                    + "orchestrator: ollama(baseUrl: '" + ollama.url() + "', model: '" + VerdictServer.OLLAMA_MODEL
                    + "'), maxIterations: 1"),
                    Result.SUCCESS);

            r.assertLogContains("passed=true quality=88 iterations=1 outcome=PASSED", build);
            assertThat(ollama.completions()).isPositive();
            assertThat(openai.completions()).isZero();
        }
    }

    private WorkflowRun run(final String script, final Result expected) throws Exception {
        WorkflowJob job = r.createProject(WorkflowJob.class);
        job.setDefinition(new CpsFlowDefinition(script, true));
        return r.assertBuildStatus(expected, job.scheduleBuild2(0));
    }

    private static String scripted(final String stepArguments) {
        return "node('" + JenkinsSetup.AGENT_LABEL + "') {\n"
                + "  " + gitRepository() + "\n"
                + "  def r = obraOrchestrate(" + stepArguments + ")\n"
                + "  echo \"passed=${r.passed} quality=${r.quality} iterations=${r.iterations} outcome=${r.outcome}\"\n"
                + "}\n";
    }

    /** The engine measures the change against a commit: the workspace is a fresh repository. */
    private static String gitRepository() {
        return "writeFile file: 'README.md', text: 'hello\\n'; "
                + "sh 'git init -q . && git add -A && git -c user.email=t@example.com -c user.name=t commit -qm init'";
    }

    private String arguments(final String more) {
        return "task: 'Add a section on running the tests to README.md', claudeTool: '" + JenkinsSetup.CLAUDE_TOOL
                + "', claudeCredentialsId: 'anthropic-key', " + orchestratorArguments() + ", " + more;
    }

    private String orchestratorArguments() {
        return "orchestrator: openai(credentialsId: 'openai-key', model: '" + VerdictServer.OPENAI_MODEL
                + "', baseUrl: '" + openai.url() + "')";
    }

    /** Processes running the claude binary under test below this JVM (the agent is a child process). */
    private static long claudeProcesses() throws Exception {
        Path claude = JenkinsSetup.claudeBinary();
        return ProcessHandle.current().descendants()
                .filter(process -> process.info().command().map(command -> command.equals(claude.toString()))
                        .orElse(false))
                .count();
    }
}
