package io.obra.implementer;

import io.obra.config.AgentSettings;
import io.obra.implementer.ImplementerException.Kind;
import io.obra.implementer.ScriptedLauncher.Script;
import io.obra.local.LocalWorkspace;
import io.obra.privacy.Secret;
import io.obra.privacy.SecretMasker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * How a run ends, from recorded CLI output played back by a {@link ScriptedLauncher}: the cases the
 * real CLI cannot be made to produce on demand (garbage on stdout, a missing result line, signals
 * from outside, huge lines).
 */
class ClaudeCodeImplementerOutcomeTest {

    private static final String KEY = "sk-ant-api03-OUTCOME-test-key-77aa";

    @TempDir
    Path workspace;

    private final ClaudeCliRun.RecordingLog log = new ClaudeCliRun.RecordingLog();

    private ClaudeCodeImplementer implementer(final ScriptedLauncher launcher) {
        return implementer(launcher, AgentSettings.defaults());
    }

    private ClaudeCodeImplementer implementer(final ScriptedLauncher launcher, final AgentSettings settings) {
        return new ClaudeCodeImplementer(launcher, new LocalWorkspace(workspace), log, settings,
                Optional.of(new Secret("environment variable ANTHROPIC_API_KEY", KEY)), SecretMasker.none(),
                "/tmp/claude-config", Clock.systemUTC(), "obra-reports");
    }

    private static ImplementerRequest round(final int iteration, final String resume) {
        return new ImplementerRequest("the task", Optional.ofNullable(resume), iteration);
    }

    private static String withoutResultLine(final String sample) {
        List<String> lines = Samples.lines(sample);
        return String.join("\n", lines.subList(0, lines.size() - 1)) + "\n";
    }

    private String artifact() throws IOException {
        return Files.readString(workspace.resolve("obra-reports/implementer-1.stream.jsonl"));
    }

    @Test
    void theCommandCarriesNoPromptAndNoKeyWhichGoToStdinAndTheEnvironment() throws Exception {
        ScriptedLauncher launcher = new ScriptedLauncher("2.1.197")
                .then(Script.of(Samples.text("write-file.stream.jsonl"), "", 0));

        implementer(launcher).implement(round(1, null));

        var spec = launcher.runs().get(0);
        assertThat(spec.command()).startsWith("claude", "-p", "--output-format", "stream-json", "--verbose",
                "--permission-mode", "acceptEdits", "--setting-sources", "user");
        assertThat(String.join(" ", spec.command())).doesNotContain("the task").doesNotContain(KEY);
        assertThat(new String(spec.stdin(), StandardCharsets.UTF_8)).isEqualTo("the task");
        assertThat(spec.environment()).containsEntry("ANTHROPIC_API_KEY", KEY);
        assertThat(spec.secretValues()).containsExactly(KEY);
        assertThat(spec.workingDirectory()).isEqualTo(workspace.toString());
        // the version check gets no credential
        assertThat(launcher.versionChecks().get(0).environment()).doesNotContainValue(KEY);
    }

    @Test
    void aBaseUrlEndingInV1IsPointedOut() throws Exception {
        ScriptedLauncher launcher = new ScriptedLauncher("2.1.197")
                .then(Script.of(Samples.text("resume.stream.jsonl"), "", 0));
        AgentSettings withV1 = AgentSettings.defaults()
                .withEnvironment(java.util.Map.of("ANTHROPIC_BASE_URL", "https://gateway.example.com/v1/"));

        implementer(launcher, withV1).implement(round(1, null));

        assertThat(log.lines).contains("WARN claude: ANTHROPIC_BASE_URL https://gateway.example.com/v1/ ends with"
                + " /v1, but Claude Code appends /v1/messages itself: give the host root");
    }

    @Test
    void aMissingResultLineIsAFailureThatShowsStderr() {
        ScriptedLauncher launcher = new ScriptedLauncher("2.1.197").then(
                Script.of(withoutResultLine("write-file.stream.jsonl"), "Error: the tool crashed\n", 1));

        assertThatThrownBy(() -> implementer(launcher).implement(round(1, null)))
                .isInstanceOfSatisfying(ImplementerException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.PROCESS_FAILED);
                    assertThat(e.getMessage()).isEqualTo("claude exited with code 1 without reporting a result;"
                            + " stderr: Error: the tool crashed");
                    ImplementerResult partial = e.partialResult().orElseThrow();
                    assertThat(partial.sessionId()).isEqualTo("985e704e-9adc-414d-ab30-1f8709748342");
                    assertThat(partial.subtype()).isEqualTo("no_result");
                    assertThat(partial.turns()).isEqualTo(2);
                    assertThat(partial.costUsd()).isEmpty();
                    assertThat(partial.filesTouched()).containsExactly("/work/repo/hello.txt");
                });
    }

    @Test
    void exitZeroWithoutAResultLineIsStillAFailure() {
        ScriptedLauncher launcher = new ScriptedLauncher("2.1.197")
                .then(Script.of(withoutResultLine("resume.stream.jsonl"), "", 0));

        assertThatThrownBy(() -> implementer(launcher).implement(round(1, null)))
                .isInstanceOfSatisfying(ImplementerException.class, e -> assertThat(e.getMessage())
                        .isEqualTo("claude exited with code 0 without reporting a result"
                                + " and printed nothing on stderr"));
    }

    @Test
    void aSignalFromOutsideIsNamed() {
        ScriptedLauncher launcher = new ScriptedLauncher("2.1.197")
                .then(Script.of(withoutResultLine("write-file.stream.jsonl"), "", 137));

        assertThatThrownBy(() -> implementer(launcher).implement(round(1, null)))
                .isInstanceOfSatisfying(ImplementerException.class, e -> assertThat(e.getMessage())
                        .startsWith("claude was killed by SIGKILL (exit 137) before it reported a result"));
    }

    @Test
    void bypassingPermissionsAsRootExplainsIsSandbox() {
        AgentSettings bypass = new AgentSettings("claude_code_local", Optional.empty(), Optional.empty(),
                Optional.empty(), 30, List.of(), List.of(), "bypassPermissions", Optional.empty(), Optional.empty(),
                Optional.empty(), java.util.Map.of(), 2, java.time.Duration.ofMinutes(5),
                java.time.Duration.ofMinutes(30));
        ScriptedLauncher launcher = new ScriptedLauncher("2.1.197").then(Script.of("",
                "--dangerously-skip-permissions cannot be used with root/sudo privileges for security reasons\n", 1));

        assertThatThrownBy(() -> implementer(launcher, bypass).implement(round(1, null)))
                .isInstanceOfSatisfying(ImplementerException.class, e -> assertThat(e.getMessage())
                        .startsWith("claude refuses permission mode bypassPermissions when it runs as root")
                        .contains("use agent.permission_mode acceptEdits with agent.allowed_tools")
                        .contains("set IS_SANDBOX=1 in agent.environment"));
        assertThat(launcher.runs().get(0).command()).containsSequence("--permission-mode", "bypassPermissions");
        assertThat(log.lines).anyMatch(line -> line.startsWith("WARN claude: permission mode bypassPermissions"));
    }

    @Test
    void anUnreachableApiSaysWhereItLooked() {
        ScriptedLauncher launcher = new ScriptedLauncher("2.1.197")
                .then(Script.of(Samples.text("unreachable.json"), "", 1));

        assertThatThrownBy(() -> implementer(launcher).implement(round(1, null)))
                .isInstanceOfSatisfying(ImplementerException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.API_ERROR);
                    assertThat(e.getMessage()).isEqualTo("claude could not complete a request to the Anthropic API"
                            + " (Claude Code: API Error: Unable to connect to API (ConnectionRefused)): check that"
                            + " the agent reaches https://api.anthropic.com (ANTHROPIC_BASE_URL, proxy settings)");
                });
    }

    @Test
    void nonJsonOutputIsKeptCountedAndEchoedMaskedButNeverFatal() throws Exception {
        List<String> lines = new java.util.ArrayList<>(Samples.lines("write-file.stream.jsonl"));
        lines.add(1, "npm WARN config using " + KEY);
        lines.add(3, "{\"type\":\"assistant\",\"message\":{\"content\":[");
        ScriptedLauncher launcher = new ScriptedLauncher("2.1.197")
                .then(Script.of(String.join("\n", lines) + "\n", "", 0));

        ImplementerResult result = implementer(launcher).implement(round(1, null));

        assertThat(result.subtype()).isEqualTo("success");
        assertThat(log.lines).contains("WARN claude: output that is not stream-json: npm WARN config using ****");
        assertThat(log.lines).filteredOn(line -> line.contains("not stream-json")).hasSize(2);
        assertThat(artifact()).contains("npm WARN config using ****").doesNotContain(KEY);
        assertThat(artifact().lines()).hasSize(lines.size());
    }

    @Test
    void aHugeLineIsKeptWholeInTheArtifactAndSkippedInTheEcho() throws Exception {
        List<String> sample = Samples.lines("write-file.stream.jsonl");
        String hugeContent = "a".repeat(3 << 20) + KEY;
        String hugeLine = "{\"type\":\"user\",\"message\":{\"content\":[{\"type\":\"tool_result\","
                + "\"tool_use_id\":\"t\","
                + "\"content\":\"" + hugeContent + "\"}]}}";
        InputStream stdout = new SequenceInputStream(Collections.enumeration(List.of(
                stream(String.join("\n", sample.subList(0, 3)) + "\n"), stream(hugeLine + "\n"),
                stream(String.join("\n", sample.subList(3, sample.size())) + "\n"))));
        ScriptedLauncher launcher = new ScriptedLauncher("2.1.197").then(new Script(() -> stdout, "", 0));

        ImplementerResult result = implementer(launcher).implement(round(1, null));

        assertThat(result.subtype()).isEqualTo("success");
        assertThat(log.lines).contains(String.format("WARN claude: a stream line of %,d characters was too long"
                + " to read; it is kept whole in obra-reports/implementer-1.stream.jsonl", hugeLine.length()));
        assertThat(log.lines).allMatch(line -> line.length() < 400);
        List<String> artifactLines = artifact().lines().toList();
        assertThat(artifactLines).hasSize(sample.size() + 1);
        assertThat(artifactLines.get(3)).isEqualTo(hugeLine.replace(KEY, "****"));
    }

    @Test
    void longAgentTextIsOneShortLineOnTheConsole() throws Exception {
        String longText = "word ".repeat(2000) + "\nsecond line";
        String stream = Samples.lines("resume.stream.jsonl").get(0) + "\n"
                + "{\"type\":\"assistant\",\"message\":{\"id\":\"m1\",\"content\":[{\"type\":\"text\",\"text\":\""
                + longText.replace("\n", "\\n") + "\"}]}}\n" + Samples.lines("resume.stream.jsonl").get(2) + "\n";
        ScriptedLauncher launcher = new ScriptedLauncher("2.1.197").then(Script.of(stream, "", 0));

        implementer(launcher).implement(round(1, null));

        String echoed = log.lines.stream().filter(line -> line.startsWith("claude: turn 1 · word")).findFirst()
                .orElseThrow();
        assertThat(echoed.substring("claude: turn 1 · ".length())).hasSize(ProgressEcho.MAX_SHOWN).endsWith("…");
    }

    @Test
    void cumulativeCostOfNewerClisIsSplitIntoRounds() throws Exception {
        String first = Samples.text("write-file.stream.jsonl");          // total_cost_usd 0.0125
        String second = Samples.text("resume.stream.jsonl")
                .replace("\"total_cost_usd\":0.00625", "\"total_cost_usd\":0.0225");  // the session so far
        ScriptedLauncher launcher = new ScriptedLauncher("2.1.331")
                .then(Script.of(first, "", 0)).then(Script.of(second, "", 0));
        ClaudeCodeImplementer implementer = implementer(launcher);

        ImplementerResult one = implementer.implement(round(1, null));
        ImplementerResult two = implementer.implement(round(2, one.sessionId()));

        assertThat(one.costUsd().orElseThrow()).isCloseTo(0.0125, within(1e-9));
        assertThat(two.costUsd().orElseThrow()).isCloseTo(0.01, within(1e-9));
        assertThat(log.lines).anyMatch(line -> line.endsWith("$0.0100 (session total $0.0225) (success)"));
    }

    @Test
    void perRunCostOfTheTestedCliIsTakenAsReported() throws Exception {
        ScriptedLauncher launcher = new ScriptedLauncher("2.1.197")
                .then(Script.of(Samples.text("write-file.stream.jsonl"), "", 0))
                .then(Script.of(Samples.text("resume.stream.jsonl"), "", 0));
        ClaudeCodeImplementer implementer = implementer(launcher);

        ImplementerResult one = implementer.implement(round(1, null));
        ImplementerResult two = implementer.implement(round(2, one.sessionId()));

        assertThat(two.costUsd().orElseThrow()).isCloseTo(0.00625, within(1e-9));
        assertThat(launcher.runs().get(1).command()).endsWith("--resume", one.sessionId());
        // the version is checked once per implementer
        assertThat(launcher.versionChecks()).hasSize(1);
    }

    private static InputStream stream(final String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
