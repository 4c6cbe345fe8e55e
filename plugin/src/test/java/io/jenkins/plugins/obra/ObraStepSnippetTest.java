package io.jenkins.plugins.obra;

import io.jenkins.plugins.obra.orchestrator.OllamaOrchestrator;
import io.jenkins.plugins.obra.orchestrator.OpenAiOrchestrator;
import org.jenkinsci.plugins.workflow.cps.SnippetizerTester;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

import java.util.List;

/**
 * The Pipeline spelling users type (ARCHITECTURE.md) is what the step binds and what the snippet generator
 * writes: symbols {@code openai}/{@code ollama}, the function name {@code obraOrchestrate}, list values.
 */
@WithJenkins
class ObraStepSnippetTest {

    private SnippetizerTester snippets;

    @BeforeEach
    void setUp(final JenkinsRule r) {
        snippets = new SnippetizerTester(r);
    }

    @Test
    void openAiStepRoundTripsThroughTheDocumentedSpelling() throws Exception {
        OpenAiOrchestrator openai = new OpenAiOrchestrator("openai-key", "gpt-4o-2024-11-20");
        openai.setFallbackModels(List.of("gpt-4o-mini-2024-07-18"));
        ObraStep step = new ObraStep();
        step.setTask("Add input validation to UserController, with tests");
        step.setOrchestrator(openai);
        step.setClaudeCredentialsId("anthropic-key");
        step.setMinQuality(80);
        step.setMinConfidence(0.6);
        step.setOnFail("FAILURE");
        step.setMaxIterations(3);
        step.setVerifyCommand("mvn -q test");
        step.setBudgetUsd(2.0);
        step.setPrivacyMode(Boolean.TRUE);

        snippets.assertRoundTrip(step, "obraOrchestrate budgetUsd: 2.0, claudeCredentialsId: 'anthropic-key', "
                + "maxIterations: 3, minConfidence: 0.6, minQuality: 80, onFail: 'FAILURE', "
                + "orchestrator: openai(credentialsId: 'openai-key', fallbackModels: ['gpt-4o-mini-2024-07-18'], "
                + "model: 'gpt-4o-2024-11-20'), privacyMode: true, "
                + "task: 'Add input validation to UserController, with tests', verifyCommand: 'mvn -q test'");
    }

    @Test
    void reviewModeWithOllamaNeedsNoTask() throws Exception {
        ObraStep step = new ObraStep();
        step.setOrchestrator(new OllamaOrchestrator("http://gpu-agent:11434", "qwen2.5-coder:32b"));

        snippets.assertRoundTrip(step,
                "obraOrchestrate orchestrator: ollama(baseUrl: 'http://gpu-agent:11434', model: 'qwen2.5-coder:32b')");
    }

    @Test
    void everyParameterHasHelpAndTheReferenceRenders() throws Exception {
        SnippetizerTester.assertDocGeneration(ObraStep.class);
    }
}
