package io.jenkins.plugins.obra;

import hudson.model.FreeStyleBuild;
import hudson.model.FreeStyleProject;
import hudson.model.Label;
import hudson.model.Result;
import hudson.tasks.Shell;
import io.jenkins.plugins.obra.orchestrator.OllamaOrchestrator;
import io.jenkins.plugins.obra.orchestrator.OpenAiOrchestrator;
import io.jenkins.plugins.obra.report.ObraRunAction;
import io.obra.report.ReportView;
import io.obra.testing.FakeAnthropic;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The freestyle build step: its form keeps every field, and a build runs like the Pipeline step. */
@WithJenkins
class ObraBuilderTest {

    private JenkinsRule r;

    @BeforeEach
    void setUp(final JenkinsRule rule) {
        r = rule;
    }

    @Test
    void configurationFormKeepsEveryField() throws Exception {
        JenkinsSetup.addSecretText(r, "openai-key", JenkinsSetup.OPENAI_KEY);
        JenkinsSetup.addSecretText(r, "anthropic-key", JenkinsSetup.ANTHROPIC_KEY);
        OpenAiOrchestrator orchestrator = new OpenAiOrchestrator("openai-key", VerdictServer.OPENAI_MODEL);
        orchestrator.setFallbackModels(List.of("gpt-4o-mini-2024-07-18"));
        orchestrator.setBaseUrl("https://proxy.example.com/v1");
        ObraBuilder before = new ObraBuilder();
        before.setTask("Add input validation to UserController, with tests");
        before.setOrchestrator(orchestrator);
        before.setClaudeCredentialsId("anthropic-key");
        before.setMinQuality(85);
        before.setMinConfidence(0.7);
        before.setOnFail("UNSTABLE");
        before.setMaxIterations(2);
        before.setVerifyCommand("mvn -q test");
        before.setBudgetUsd(1.5);
        before.setPrivacyMode(Boolean.TRUE);
        before.setMaxTurns(20);
        before.setModel("sonnet");
        before.setBaseRef("origin/main");
        before.setConfigFile("ci/obra.yml");
        before.setReportDir("reports/obra");
        FreeStyleProject project = r.createFreeStyleProject();
        project.getBuildersList().add(before);

        r.configRoundtrip(project);

        ObraBuilder after = project.getBuildersList().get(ObraBuilder.class);
        r.assertEqualDataBoundBeans(before, after);
        assertThat(after.getOrchestrator()).isInstanceOf(OpenAiOrchestrator.class);
        assertThat(after.getOrchestrator().getFallbackModels()).containsExactly("gpt-4o-mini-2024-07-18");
    }

    @Test
    void ollamaOrchestratorSurvivesTheForm() throws Exception {
        ObraBuilder before = new ObraBuilder();
        before.setOrchestrator(new OllamaOrchestrator("http://gpu-agent:11434", "qwen2.5-coder:32b"));
        FreeStyleProject project = r.createFreeStyleProject();
        project.getBuildersList().add(before);

        r.configRoundtrip(project);

        r.assertEqualDataBoundBeans(before, project.getBuildersList().get(ObraBuilder.class));
    }

    @Test
    @DisabledOnOs(value = OS.WINDOWS, disabledReason = "uses sh and a POSIX Claude Code build")
    void freestyleBuildOnAnAgentRunsTheGate() throws Exception {
        try (FakeAnthropic anthropic = JenkinsSetup.anthropic();
             VerdictServer openai = VerdictServer.openAi().scoring(55)
                     .finding("major", "README.md", 1, "The README does not explain how to run the tests.")) {
            JenkinsSetup.addSecretText(r, "openai-key", JenkinsSetup.OPENAI_KEY);
            JenkinsSetup.addSecretText(r, "anthropic-key", JenkinsSetup.ANTHROPIC_KEY);
            JenkinsSetup.addClaudeTool(r);
            JenkinsSetup.addAgent(r, anthropic);
            OpenAiOrchestrator orchestrator = new OpenAiOrchestrator("openai-key", VerdictServer.OPENAI_MODEL);
            orchestrator.setBaseUrl(openai.url());
            ObraBuilder builder = new ObraBuilder();
            builder.setTask("Add a section on running the tests to README.md");
            builder.setOrchestrator(orchestrator);
            builder.setClaudeCredentialsId("anthropic-key");
            builder.setClaudeTool(JenkinsSetup.CLAUDE_TOOL);
            builder.setMaxIterations(1);
            builder.setOnFail("UNSTABLE");
            FreeStyleProject project = r.createFreeStyleProject();
            project.setAssignedLabel(Label.get(JenkinsSetup.AGENT_LABEL));
            project.getBuildersList().add(new Shell("echo hello > README.md && git init -q . && git add -A && "
                    + "git -c user.email=t@example.com -c user.name=t commit -qm init"));
            project.getBuildersList().add(builder);

            FreeStyleBuild build = r.assertBuildStatus(Result.UNSTABLE, project.scheduleBuild2(0));

            r.assertLogContains("Obra quality gate failed: quality 55 (minimum 80)", build);
            r.assertLogNotContains(JenkinsSetup.OPENAI_KEY, build);
            ObraRunAction action = build.getAction(ObraRunAction.class);
            assertThat(action.getScores().outcome()).isEqualTo("FAILED");
            assertThat(action.getRuns().get(0).report().findings()).extracting(ReportView.FindingRow::message)
                    .containsExactly("The README does not explain how to run the tests.");
            assertThat(build.getArtifacts()).extracting(artifact -> artifact.relativePath).contains(
                    "obra-report/obra-report.html",
                    "obra-report/implementer-1.stream.jsonl");
        }
    }
}
