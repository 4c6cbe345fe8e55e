package io.obra.loop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.obra.config.ContextSettings;
import io.obra.config.LlmSettings;
import io.obra.config.ObraConfig;
import io.obra.config.OrchestratorSettings;
import io.obra.gate.Outcome;
import io.obra.testing.OllamaFake;
import io.obra.testing.OpenAiFake;
import io.obra.testing.OrchestratorFixtures;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import static io.obra.testing.FakeAnthropic.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole loop through the real Claude Code CLI (fake Anthropic API) and a wire-exact fake OpenAI.
 */
class OrchestrationLoopTest {

    private static final String MODEL = "gpt-4o-2024-11-20";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path root;

    private LoopHarness h;
    private final MockWebServer openai = OrchestratorFixtures.startServer();

    @BeforeEach
    void start() throws Exception {
        h = new LoopHarness(root);
    }

    @AfterEach
    void stop() {
        h.close();
        openai.close();
    }

    @Test
    void passesFirstTimeAndWritesTheReports() throws Exception {
        Path file = h.repo.resolve("Validator.java");
        h.api.enqueue(text("I will add the validator.").thenToolUse("Write",
                Map.of("file_path", file.toString(), "content", "class Validator { boolean ok(String s) { return s != null; } }\n")),
                text("Added Validator.java with a null check."));
        openai.enqueue(OpenAiFake.completion(verdict(90, 0.9, "Solid."), MODEL, 1200, 150));

        RunResult result = h.run(h.config(openAi(), 80, 3, Optional.empty()), Optional.of("Add a null-safe validator"),
                Optional.empty());

        assertThat(result.outcome()).as(h.logText()).isEqualTo(Outcome.PASSED);
        assertThat(result.iterations()).isEqualTo(1);
        assertThat(file).exists();
        String sent = requestText(openai.takeRequest());
        assertThat(sent).contains("Add a null-safe validator").contains("+class Validator")
                .contains("Added Validator.java with a null check.").doesNotContain("obra-reports");
        JsonNode report = JSON.readTree(h.report());
        assertThat(report.get("outcome").asText()).isEqualTo("PASSED");
        assertThat(report.at("/iterations/0/implementer/turns").asInt()).isPositive();
        assertThat(report.at("/iterations/0/orchestrator/promptTokens").asLong()).isEqualTo(1200);
        assertThat(report.at("/iterations/0/orchestrator/costUsd").isNumber()).isTrue();
        assertThat(h.repo.resolve("obra-reports/obra-report.md")).exists();
        assertThat(h.repo.resolve("obra-reports/obra-report.html")).exists();
        assertThat(h.repo.resolve("obra-reports/obra-junit.xml")).exists();
        assertThat(h.logText()).contains("obra: iteration 1/3").contains("gate passed").contains("cost so far");
        assertThat(Files.readString(h.ledgerFile)).contains("orchestrator").contains(MODEL);
        h.assertNoSecretLeaked(LoopHarness.ANTHROPIC_KEY, OpenAiFake.KEY_VALUE);
    }

    @Test
    void failsThenPassesAfterTheFeedbackReachesTheResumedSession() throws Exception {
        Path file = h.repo.resolve("Validator.java");
        h.api.enqueue(text("Writing it.").thenToolUse("Write", Map.of("file_path", file.toString(),
                        "content", "class Validator {}\n")), text("Done, no tests."),
                text("Adding the test.").thenToolUse("Write", Map.of("file_path",
                        h.repo.resolve("ValidatorTest.java").toString(), "content", "class ValidatorTest {}\n")),
                text("Added ValidatorTest.java."));
        openai.enqueue(OpenAiFake.completion(verdictWithFinding(55, "ValidatorTest is missing: add a test for null input"),
                MODEL, 1000, 100));
        openai.enqueue(OpenAiFake.completion(verdict(88, 0.85, "Now tested."), MODEL, 1300, 100));

        RunResult result = h.run(h.config(openAi(), 80, 3, Optional.empty()), Optional.of("Add a validator"),
                Optional.empty());

        assertThat(result.outcome()).as(h.logText()).isEqualTo(Outcome.PASSED);
        assertThat(result.iterations()).isEqualTo(2);
        assertThat(h.repo.resolve("ValidatorTest.java")).exists();
        var requests = h.api.mainRequests();
        assertThat(requests.get(requests.size() - 1).conversationText())
                .contains("ValidatorTest is missing: add a test for null input").contains("quality 55/100");
        JsonNode report = JSON.readTree(h.report());
        assertThat(report.at("/iterations/1/implementer/sessionId").asText())
                .isEqualTo(report.at("/iterations/0/implementer/sessionId").asText());
        assertThat(report.at("/iterations/0/gateResult").asText()).isEqualTo("FAILED");
        assertThat(report.at("/iterations/1/gateResult").asText()).isEqualTo("PASSED");
    }

    @Test
    void promptOptimisationRewritesTheTaskForTheImplementerAndTheReportKeepsBoth() throws Exception {
        h.api.whenQueueEmpty(text("Done as specified."));
        openai.enqueue(OpenAiFake.completion("Goal: add a null-safe Validator class.\nAcceptance: a unit test covers null.",
                MODEL, 300, 40));
        openai.enqueue(OpenAiFake.completion(verdict(90, 0.9, "Fine."), MODEL, 900, 80));
        ObraConfig config = h.config(openAi(), 80, 1, Optional.empty());
        config = config.withOrchestrator(new OrchestratorSettings(config.orchestrator().llm(), Optional.empty(),
                Optional.empty(), true, 1));

        RunResult result = h.run(config, Optional.of("validator pls"), Optional.empty());

        assertThat(result.outcome()).as(h.logText()).isEqualTo(Outcome.PASSED);
        assertThat(h.api.mainRequests().get(0).conversationText()).contains("Goal: add a null-safe Validator class.")
                .contains("validator pls");
        JsonNode report = JSON.readTree(h.report());
        assertThat(report.get("task").asText()).isEqualTo("validator pls");
        assertThat(report.get("prompt").asText()).startsWith("Goal: add a null-safe Validator class.");
        assertThat(requestText(openai.takeRequest())).contains("Task:\nvalidator pls");
    }

    @Test
    void neverPassingEndsFailedAfterMaxIterations() throws Exception {
        h.api.whenQueueEmpty(text("I changed nothing."));
        openai.enqueue(OpenAiFake.completion(verdictWithFinding(40, "Nothing was done"), MODEL, 900, 80));
        openai.enqueue(OpenAiFake.completion(verdictWithFinding(45, "Still nothing"), MODEL, 900, 80));

        RunResult result = h.run(h.config(openAi(), 80, 2, Optional.empty()), Optional.of("Add a validator"),
                Optional.empty());

        assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(result.iterations()).isEqualTo(2);
        assertThat(result.quality()).isEqualTo(45);
        assertThat(result.error()).isEmpty();
        assertThat(JSON.readTree(h.report()).at("/gate/result").asText()).isEqualTo("FAILED");
    }

    @Test
    void aFailingVerifyCommandBlocksAnExcellentVerdict() throws Exception {
        h.api.whenQueueEmpty(text("Done."));
        openai.enqueue(OpenAiFake.completion(verdict(97, 0.95, "Looks perfect."), MODEL, 900, 80));

        RunResult result = h.run(h.config(openAi(), 80, 1, Optional.of("echo 'Tests run: 4, Failures: 2'; exit 1")),
                Optional.of("Fix the tests"), Optional.empty());

        assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(requestText(openai.takeRequest())).contains("FAILED (exit code 1)")
                .contains("Tests run: 4, Failures: 2");
        assertThat(h.logText()).contains("verify command failed (exit code 1)");
    }

    @Test
    void reviewModeJudgesTheBranchAgainstItsBaseWithoutAnImplementer() throws Exception {
        h.sh("git checkout -q -b feature && printf 'class Added {}\\n' > Added.java && git add -A && git commit -q -m feature");
        h.sh("git checkout -q main && printf 'class OnMain {}\\n' > OnMain.java && git add -A && git commit -q -m main-only");
        h.sh("git checkout -q feature");
        openai.enqueue(OpenAiFake.completion(verdict(85, 0.8, "Fine."), MODEL, 700, 60));

        RunResult result = h.run(h.config(openAi(), 80, 3, Optional.empty()), Optional.empty(), Optional.of("main"));

        assertThat(result.outcome()).as(h.logText()).isEqualTo(Outcome.PASSED);
        String sent = requestText(openai.takeRequest());
        assertThat(sent).contains("+class Added {}").doesNotContain("OnMain").doesNotContain("## Task");
        assertThat(h.api.mainRequests()).isEmpty();
        assertThat(JSON.readTree(h.report()).get("mode").asText()).isEqualTo("review");
    }

    @Test
    void theShadowOrchestratorScoresTheSameEvidenceWithoutGating() throws Exception {
        h.sh("git checkout -q -b feature && printf 'class Added {}\\n' > Added.java && git add -A && git commit -q -m f");
        try (MockWebServer ollama = OrchestratorFixtures.startServer()) {
            openai.enqueue(OpenAiFake.completion(verdict(90, 0.9, "Good."), MODEL, 700, 60));
            ollama.enqueue(OllamaFake.chat(verdict(70, 0.7, "Meh."), "qwen2.5-coder:32b", 700, 60));
            ObraConfig config = h.config(openAi(), 80, 1, Optional.empty());
            config = config.withOrchestrator(new OrchestratorSettings(config.orchestrator().llm(), Optional.empty(),
                    Optional.of(OllamaFake.settings(ollama, "qwen2.5-coder:32b")), false, 1));

            RunResult result = h.run(config, Optional.empty(), Optional.of("main"));

            assertThat(result.outcome()).isEqualTo(Outcome.PASSED);
            assertThat(requestText(ollama.takeRequest())).contains("+class Added {}");
            JsonNode shadow = JSON.readTree(h.report()).at("/iterations/0/shadow");
            assertThat(shadow.get("quality").asInt()).isEqualTo(70);
            assertThat(shadow.get("qualityDelta").asInt()).isEqualTo(-20);
            assertThat(shadow.get("sameGateResult").asBoolean()).isFalse();
            assertThat(h.logText()).contains("shadow ollama qwen2.5-coder:32b").contains("DISAGREES");
        }
    }

    @Test
    void anOversizeChangeIsBudgetedAndTheReportSaysWhatWasLeftOut() throws Exception {
        StringBuilder lock = new StringBuilder("{\n");
        for (int i = 0; i < 3000; i++) {
            lock.append("  \"node_modules/pkg-").append(i).append("\": {\"version\": \"1.0.").append(i)
                    .append("\", \"integrity\": \"sha512-").append(Integer.toHexString(i * 7919)).append("abcdef\"},\n");
        }
        lock.append("}\n");
        h.sh("git checkout -q -b feature");
        Files.writeString(h.repo.resolve("package-lock.json"), lock.toString());
        Files.writeString(h.repo.resolve("Feature.java"), "class Feature { int answer() { return 42; } }\n");
        h.sh("git add -A && git commit -q -m big");
        openai.enqueue(OpenAiFake.completion(verdict(85, 0.7, "Ok."), MODEL, 900, 60));
        ObraConfig config = h.config(openAi(), 80, 1, Optional.empty()).withContext(new ContextSettings(2000, 40));

        RunResult result = h.run(config, Optional.empty(), Optional.of("main"));

        assertThat(result.outcome()).as(h.logText()).isEqualTo(Outcome.PASSED);
        String sent = requestText(openai.takeRequest());
        assertThat(sent).contains("+class Feature").contains("package-lock.json").doesNotContain("pkg-2999");
        JsonNode context = JSON.readTree(h.report()).get("context");
        assertThat(context.get("droppedFiles").toString()).contains("package-lock.json");
        assertThat(context.get("sentTokens").asInt()).isLessThanOrEqualTo(2000);
        assertThat(context.get("changeTokens").asInt()).isGreaterThan(2000);
        assertThat(JSON.readTree(h.report()).get("warnings").toString()).contains("cut to fit 2000 tokens");
    }

    @Test
    void aRejectedOrchestratorKeyIsAnErrorNotAFailedGateAndLeaksNothing() throws Exception {
        h.sh("git checkout -q -b feature && printf 'class Added {}\\n' > Added.java && git add -A && git commit -q -m f");
        openai.enqueue(OpenAiFake.invalidKey());

        RunResult result = h.run(h.config(openAi(), 80, 1, Optional.empty()), Optional.empty(), Optional.of("main"));

        assertThat(result.outcome()).isEqualTo(Outcome.ERROR);
        assertThat(result.error()).get().asString().contains("environment variable OPENAI_API_KEY").contains("401");
        assertThat(JSON.readTree(h.report()).get("outcome").asText()).isEqualTo("ERROR");
        h.assertNoSecretLeaked(OpenAiFake.KEY_VALUE, LoopHarness.ANTHROPIC_KEY);
    }

    @Test
    void aRejectedClaudeCredentialEndsTheRunAsAnErrorBeforeAnyVerdict() throws Exception {
        h.api.whenQueueEmpty(io.obra.testing.FakeAnthropic.error(401, "invalid x-api-key"));

        RunResult result = h.run(h.config(openAi(), 80, 3, Optional.empty()), Optional.of("Add a validator"),
                Optional.empty());

        assertThat(result.outcome()).isEqualTo(Outcome.ERROR);
        assertThat(result.error()).get().asString().startsWith("implementer: ").contains("401");
        assertThat(openai.getRequestCount()).isZero();
        assertThat(JSON.readTree(h.report()).get("gate").get("result").asText()).isEqualTo("ERROR");
        h.assertNoSecretLeaked(LoopHarness.ANTHROPIC_KEY);
    }

    @Test
    void reviewModeWithoutABaseRefSaysHowToGiveOne() throws Exception {
        RunResult result = h.run(h.config(openAi(), 80, 1, Optional.empty()), Optional.empty(), Optional.empty());

        assertThat(result.outcome()).isEqualTo(Outcome.ERROR);
        assertThat(result.error()).get().asString().contains("needs a base ref").contains("CHANGE_TARGET");
        assertThat(openai.getRequestCount()).isZero();
    }

    private LlmSettings openAi() {
        return OpenAiFake.settings(openai, MODEL);
    }

    private static String requestText(final RecordedRequest request) {
        return OpenAiFake.requestBody(request).toString().replace("\\n", "\n").replace("\\\"", "\"");
    }

    private static String verdict(final int quality, final double confidence, final String summary) {
        return "{\"quality\":" + quality + ",\"confidence\":" + confidence + ",\"summary\":\"" + summary + "\","
                + "\"criteria\":[{\"name\":\"correctness\",\"score\":" + quality + ",\"rationale\":\"r\"}],"
                + "\"findings\":[]}";
    }

    private static String verdictWithFinding(final int quality, final String finding) {
        return "{\"quality\":" + quality + ",\"confidence\":0.8,\"summary\":\"Not there yet.\","
                + "\"criteria\":[{\"name\":\"correctness\",\"score\":" + quality + ",\"rationale\":\"r\"}],"
                + "\"findings\":[{\"severity\":\"major\",\"file\":\"Validator.java\",\"line\":1,\"message\":\""
                + finding + "\"}]}";
    }
}
