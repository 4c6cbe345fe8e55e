package io.obra.implementer;

import io.obra.config.AgentSettings;
import io.obra.implementer.ImplementerException.Kind;
import io.obra.testing.FakeAnthropic;
import io.obra.testing.FakeAnthropic.Request;
import io.obra.testing.ProcessWatch;
import io.obra.testing.TestClaude;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.obra.testing.FakeAnthropic.error;
import static io.obra.testing.FakeAnthropic.text;
import static io.obra.testing.FakeAnthropic.toolUse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Drives the real Claude Code CLI (installed by the build) against a loopback fake of the API. */
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ClaudeCodeImplementerTest {

    @TempDir
    Path tmp;

    private FakeAnthropic api;
    private ClaudeCliRun run;
    private ProcessWatch processes;

    @BeforeEach
    void setUp() throws Exception {
        api = FakeAnthropic.start();
        run = new ClaudeCliRun(tmp);
        processes = ProcessWatch.start();
    }

    @AfterEach
    void tearDown() throws Exception {
        try {
            assertThat(processes.survivorsAfter(Duration.ofSeconds(5))).as("processes left running").isEmpty();
        } finally {
            processes.close();
            api.close();
        }
    }

    private AgentSettings settings(final int maxRetries) {
        return TestClaude.settings(api, run.home, maxRetries);
    }

    private ImplementerRequest firstRound(final String prompt) {
        return new ImplementerRequest(prompt, Optional.empty(), 1);
    }

    @Test
    void writesTheFileTheModelAsksForAndReportsTheRun() throws Exception {
        api.enqueue(text("I will create the file.").thenToolUse("Write",
                        Map.of("file_path", run.workspace + "/hello.txt", "content", "hello from obra\n")),
                text("Created hello.txt."));

        ImplementerResult result = run.implementer(settings(0)).implement(firstRound("Create hello.txt"));

        assertThat(run.workspace.resolve("hello.txt")).hasContent("hello from obra");
        assertThat(result.subtype()).isEqualTo("success");
        assertThat(result.exitCode()).isZero();
        assertThat(result.turns()).isEqualTo(2);
        assertThat(result.sessionId()).matches("[0-9a-f-]{36}");
        assertThat(result.model()).startsWith("claude-");
        assertThat(result.resultText()).isEqualTo("Created hello.txt.");
        assertThat(result.toolsUsed()).containsExactly("Write");
        assertThat(result.filesTouched()).containsExactly("hello.txt");
        assertThat(result.permissionDenials()).isEmpty();
        // two messages of 1000 input and 50 output tokens each, priced by the CLI
        assertThat(result.usage().inputTokens()).isEqualTo(2000);
        assertThat(result.usage().outputTokens()).isEqualTo(100);
        assertThat(result.costUsd()).hasValueSatisfying(cost -> assertThat(cost).isPositive());
        assertThat(result.rawStreamPath()).isEqualTo("obra-reports/implementer-1.stream.jsonl");

        // what the CLI sent: the prompt from stdin, the key as x-api-key
        Request first = api.mainRequests().get(0);
        assertThat(first.conversationText()).contains("Create hello.txt");
        assertThat(first.header("x-api-key")).isEqualTo(ClaudeCliRun.API_KEY);
        assertThat(first.path()).isEqualTo("/v1/messages?beta=true");
        assertThat(api.unscriptedMainRequests()).isZero();

        assertThat(run.log.lines).contains(
                "claude: session " + result.sessionId().substring(0, 8) + "… model " + result.model()
                        + " (iteration 1)",
                "claude: turn 1 · I will create the file.",
                "claude: turn 1 · Write hello.txt",
                "claude: turn 2 · Created hello.txt.");
        assertThat(run.log.lines).anyMatch(line -> line.matches(
                "claude: done in 2 turns, \\d+\\.\\d s, \\$\\d+\\.\\d{4} \\(success\\)"));
        assertThat(run.log.lines).noneMatch(line -> line.contains("{\""));

        List<String> artifact = run.artifact(1).lines().toList();
        assertThat(artifact.get(0)).contains("\"subtype\":\"init\"").contains(result.sessionId());
        assertThat(artifact.get(artifact.size() - 1)).startsWith("{\"type\":\"result\"");
    }

    @Test
    void editsAFileOverSeveralTurns() throws Exception {
        Path file = run.workspace.resolve("src/Greeting.java");
        api.enqueue(toolUse("Write", Map.of("file_path", file.toString(),
                        "content", "class Greeting { String hi = \"hi\"; }\n")),
                toolUse("Edit", Map.of("file_path", file.toString(),
                        "old_string", "\"hi\"", "new_string", "\"hello\"")),
                text("Greeting now says hello."));

        ImplementerResult result = run.implementer(settings(0)).implement(firstRound("Write and then fix Greeting"));

        assertThat(file).hasContent("class Greeting { String hi = \"hello\"; }");
        assertThat(result.turns()).isEqualTo(3);
        assertThat(result.toolsUsed()).containsExactly("Write", "Edit");
        assertThat(result.filesTouched()).containsExactly("src/Greeting.java");
        assertThat(run.log.lines).contains("claude: turn 2 · Edit src/Greeting.java");
        // the third request carries both tool results back to the model
        assertThat(api.mainRequests()).hasSize(3);
        assertThat(api.mainRequests().get(2).conversationText()).contains("has been updated");
    }

    @Test
    void resumesTheSessionWithFeedback() throws Exception {
        ClaudeCodeImplementer implementer = run.implementer(settings(0));
        api.enqueue(toolUse("Write", Map.of("file_path", run.workspace + "/notes.txt", "content", "first\n")),
                text("Wrote notes.txt."));
        ImplementerResult first = implementer.implement(firstRound("Write notes.txt"));

        api.enqueue(toolUse("Edit", Map.of("file_path", run.workspace + "/notes.txt", "old_string", "first",
                "new_string", "first\nsecond")), text("Added the second line."));
        ImplementerResult second = implementer.implement(new ImplementerRequest(
                "Reviewer feedback: notes.txt needs a second line", Optional.of(first.sessionId()), 2));

        assertThat(second.sessionId()).isEqualTo(first.sessionId());
        assertThat(run.workspace.resolve("notes.txt")).hasContent("first\nsecond");
        Request resumed = api.mainRequests().get(2);
        assertThat(resumed.conversationText())
                .contains("Write notes.txt")          // round 1's prompt, resent as history
                .contains("Wrote notes.txt.")         // round 1's answer
                .contains("Reviewer feedback: notes.txt needs a second line");
        // 2.1.197 reports each run's own cost: both rounds cost the same two messages
        assertThat(second.costUsd().orElseThrow()).isCloseTo(first.costUsd().orElseThrow(), within(1e-9));
        assertThat(run.log.lines).contains("claude: iteration 2: resuming session "
                + first.sessionId().substring(0, 8) + "…, permission mode acceptEdits");
        assertThat(run.artifact(2)).contains(first.sessionId());
    }

    @Test
    void aRejectedKeyNamesItsSourceAndIsNotRetriedForMinutes() {
        api.whenQueueEmpty(error(401, "invalid x-api-key"));
        long started = System.nanoTime();

        assertThatThrownBy(() -> run.implementer(settings(0)).implement(firstRound("anything")))
                .isInstanceOfSatisfying(ImplementerException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.API_ERROR);
                    assertThat(e.getMessage())
                            .startsWith("the Anthropic credential from the test credential TEST_KEY was rejected (401)"
                                    + " by " + api.baseUrl() + ": check the API key")
                            .doesNotContain(ClaudeCliRun.API_KEY);
                    assertThat(e.partialResult()).hasValueSatisfying(partial -> {
                        assertThat(partial.exitCode()).isEqualTo(1);
                        assertThat(partial.costUsd()).contains(0.0);
                    });
                });
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(30));
        assertThat(api.mainRequests()).hasSize(1);
    }

    @Test
    void recoversFromARateLimitThroughTheCliRetry() throws Exception {
        api.enqueue(error(429, "rate limited").withHeader("retry-after", "0"), text("Done after waiting."));

        ImplementerResult result = run.implementer(settings(2)).implement(firstRound("go"));

        assertThat(result.resultText()).isEqualTo("Done after waiting.");
        assertThat(api.mainRequests()).hasSize(2);
        assertThat(run.log.lines).anyMatch(line -> line.startsWith("WARN claude: the API answered 429")
                && line.contains("retry 1 of 2"));
    }

    @Test
    void serverErrorsUntilTheRetriesRunOutFailWithTheStatusAndTheCliMessage() {
        api.whenQueueEmpty(error(500, "fake api_error"));

        assertThatThrownBy(() -> run.implementer(settings(1)).implement(firstRound("go")))
                .isInstanceOfSatisfying(ImplementerException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.API_ERROR);
                    assertThat(e.getMessage())
                            .contains("answered 500 (server error) after 1 retries (agent.max_retries)")
                            .contains("(Claude Code: API Error: 500 fake api_error");
                });
        assertThat(api.mainRequests()).hasSize(2);
        assertThat(run.log.lines).anyMatch(line -> line.startsWith("WARN claude: failed after 1 turn")
                && line.endsWith("(API error 500)"));
    }

    @Test
    void reachingTheTurnLimitFailsButKeepsTheCost() {
        api.whenQueueEmpty(toolUse("Write", Map.of("file_path", run.workspace + "/loop.txt", "content", "again\n")));

        assertThatThrownBy(() -> run.implementer(settings(0).withMaxTurns(1)).implement(firstRound("loop")))
                .isInstanceOfSatisfying(ImplementerException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.MAX_TURNS);
                    assertThat(e.getMessage()).startsWith("claude reached the turn limit (--max-turns 1,"
                            + " agent.max_turns) after 2 turns");
                    ImplementerResult partial = e.partialResult().orElseThrow();
                    assertThat(partial.subtype()).isEqualTo("error_max_turns");
                    assertThat(partial.costUsd()).hasValueSatisfying(cost -> assertThat(cost).isPositive());
                    assertThat(partial.filesTouched()).containsExactly("loop.txt");
                });
        assertThat(run.workspace.resolve("loop.txt")).exists();
    }

    @Test
    void aStreamThatStopsIsDetectedAsAStallAndTheProcessIsKilled() {
        api.enqueue(FakeAnthropic.stall());
        // long enough for the CLI to start on a loaded machine and print its init line
        AgentSettings stallAfterFiveSeconds = settings(0).withTimeouts(Duration.ofSeconds(5), Duration.ofMinutes(2));
        long started = System.nanoTime();

        assertThatThrownBy(() -> run.implementer(stallAfterFiveSeconds).implement(firstRound("go")))
                .isInstanceOfSatisfying(ImplementerException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.STALLED);
                    assertThat(e.getMessage()).startsWith("claude printed nothing for 5.0 s (agent.stall_timeout)"
                            + " and was killed with every process it started");
                    assertThat(e.partialResult().orElseThrow().sessionId()).isNotEmpty();
                });
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(20));
        assertThat(processes.seen().values()).anyMatch(command -> command.contains("claude"));
        // tearDown asserts that no process survived
    }

    @Test
    void aRunLongerThanTheTimeoutIsKilled() {
        api.enqueue(FakeAnthropic.stall());
        AgentSettings timeoutAfterFiveSeconds = settings(0).withTimeouts(Duration.ofSeconds(60),
                Duration.ofSeconds(5));

        assertThatThrownBy(() -> run.implementer(timeoutAfterFiveSeconds).implement(firstRound("go")))
                .isInstanceOfSatisfying(ImplementerException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.TIMEOUT);
                    assertThat(e.getMessage()).startsWith("claude ran longer than 5.0 s (agent.timeout)");
                });
    }

    @Test
    void aSilentCommandOfTheAgentStallsTheRunAndDiesWithIt() throws Exception {
        api.enqueue(toolUse("Bash", Map.of("command", "sleep 300", "description", "wait")));
        AgentSettings settings = TestClaude.withAllowedTools(settings(0), List.of("Bash(sleep:*)"))
                .withTimeouts(Duration.ofSeconds(5), Duration.ofMinutes(2));

        assertThatThrownBy(() -> run.implementer(settings).implement(firstRound("wait")))
                .isInstanceOfSatisfying(ImplementerException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.STALLED);
                    assertThat(e.getMessage()).contains("(last step: Bash sleep 300)");
                });
        assertThat(processes.seen().values()).anyMatch(command -> command.contains("sleep 300"));
    }

    @Test
    void anInterruptKillsTheWholeTreeWithinFiveSeconds() throws Exception {
        api.enqueue(toolUse("Bash", Map.of("command", "sleep 300", "description", "wait")));
        AgentSettings settings = TestClaude.withAllowedTools(settings(0), List.of("Bash(sleep:*)"));
        ClaudeCodeImplementer implementer = run.implementer(settings);
        Object[] outcome = new Object[1];
        Thread caller = new Thread(() -> {
            try {
                outcome[0] = implementer.implement(firstRound("wait"));
            } catch (Exception e) {
                outcome[0] = e;
            }
        });
        caller.start();
        assertThat(processes.await("sleep 300", Duration.ofSeconds(60))).as("the agent's sleep").isPresent();

        long interruptedAt = System.nanoTime();
        caller.interrupt();
        caller.join(Duration.ofSeconds(5).toMillis());

        assertThat(caller.isAlive()).as("still running 5 s after the interrupt").isFalse();
        assertThat(outcome[0]).isInstanceOf(InterruptedException.class);
        assertThat(processes.survivorsAfter(Duration.ofSeconds(5) .minusNanos(System.nanoTime() - interruptedAt)))
                .isEmpty();
        assertThat(run.log.lines).contains("WARN claude: interrupted: the claude process tree was killed");
    }

    @Test
    void theKeyNeverReachesTheConsoleNorTheArtifact() throws Exception {
        String key = ClaudeCliRun.API_KEY;
        api.enqueue(text("I found the key " + key + " in the environment.")
                        .thenToolUse("Write", Map.of("file_path", run.workspace + "/leak.txt", "content", key + "\n")),
                text("Saved " + key + " to leak.txt."));

        ImplementerResult result = run.implementer(settings(0)).implement(firstRound("Print " + key));

        assertThat(run.workspace.resolve("leak.txt")).hasContent(key); // the agent did write it ...
        assertThat(run.log.text()).doesNotContain(key).contains("I found the key **** in the environment.");
        String artifact = run.artifact(1);
        assertThat(artifact).doesNotContain(key).contains("****");
        assertThat(result.resultText()).isEqualTo("Saved **** to leak.txt.");
    }

    @Test
    void anOauthTokenIsSentAsBearerTokenNotAsApiKey() throws Exception {
        String token = "sk-ant-oat01-TEST-obra-token-5d1e";
        api.enqueue(text("Hello."));

        run.implementer(settings(0), Optional.of(new io.obra.privacy.Secret("test token", token)))
                .implement(firstRound("hi"));

        Request request = api.mainRequests().get(0);
        assertThat(request.header("authorization")).isEqualTo("Bearer " + token);
        assertThat(request.header("x-api-key")).isNull();
    }

    @Test
    void deniedEditsAreReportedNotSwallowed() throws Exception {
        api.enqueue(toolUse("Write", Map.of("file_path", run.workspace + "/denied.txt", "content", "x\n")),
                text("I could not write it."));
        AgentSettings askingMode = TestClaude.withPermissionMode(settings(0), "default");

        ImplementerResult result = run.implementer(askingMode).implement(firstRound("write denied.txt"));

        assertThat(run.workspace.resolve("denied.txt")).doesNotExist();
        assertThat(result.subtype()).isEqualTo("success");
        assertThat(result.permissionDenials()).containsExactly("Write denied.txt");
        assertThat(run.log.lines).contains("WARN claude: permission denied: Write denied.txt");
    }

    @Test
    void aMissingBinaryFailsWithTheInstallHint() {
        AgentSettings missing = settings(0).withExecutable(tmp.resolve("no-such-claude").toString());

        assertThatThrownBy(() -> run.implementer(missing).implement(firstRound("hi")))
                .isInstanceOfSatisfying(ImplementerException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.NOT_INSTALLED);
                    assertThat(e.getMessage()).contains("no-such-claude' was not found")
                            .contains("npm install -g @anthropic-ai/claude-code@2.1.197")
                            .contains("set agent.executable")
                            .contains("Manage Jenkins → Tools) and pass claudeTool:");
                });
        assertThat(api.requests()).isEmpty();
    }

    @Test
    void anOldCliIsRefused() throws Exception {
        Path old = tmp.resolve("old-claude");
        Files.writeString(old, "#!/bin/sh\necho '1.0.44 (Claude Code)'\n");
        old.toFile().setExecutable(true);

        AgentSettings oldCli = settings(0).withExecutable(old.toString());

        assertThatThrownBy(() -> run.implementer(oldCli).implement(firstRound("hi")))
                .isInstanceOfSatisfying(ImplementerException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.UNSUPPORTED_VERSION);
                    assertThat(e.getMessage()).startsWith("Claude Code 1.0.44 (" + old + ") is older than 2.0.0");
                });
    }
}
