package io.obra.robustness;

import io.obra.config.AgentSettings;
import io.obra.implementer.ClaudeCodeImplementer;
import io.obra.implementer.ImplementerException;
import io.obra.implementer.ImplementerException.Kind;
import io.obra.implementer.ImplementerRequest;
import io.obra.implementer.ImplementerResult;
import io.obra.testing.FakeAnthropic;
import io.obra.testing.ProcessWatch;
import io.obra.testing.TestClaude;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Claude Code failing in every way a process can, through {@link ClaudeCodeImplementer} and the real local
 * launcher: a missing or unrunnable binary, a crash mid-stream, a hang (also one that ignores SIGTERM),
 * 100 MB of output in a 64 MB heap, garbage lines, a child that keeps the pipe open, an interrupt, and the
 * real CLI killed from outside. Each ends in its typed error or its result, within a bound, leaving no
 * process behind.
 */
class ImplementerFaultsTest {

    /** Hang guard only. */
    private static final Duration HANG_GUARD = Duration.ofSeconds(60);
    /** Short, but long enough for a shell to print its first line on a loaded machine. */
    private static final Duration STALL = Duration.ofSeconds(3);

    @TempDir
    Path tmp;

    private FakeClaudeCli cli;
    private CapturedConsole console;
    private ProcessWatch processes;

    @BeforeEach
    void setUp() throws IOException {
        cli = new FakeClaudeCli(tmp);
        console = new CapturedConsole();
        processes = ProcessWatch.start();
    }

    @AfterEach
    void noProcessSurvives() throws InterruptedException {
        try {
            assertThat(processes.survivorsAfter(Duration.ofSeconds(5))).as("processes left running").isEmpty();
        } finally {
            processes.close();
        }
        assertThat(console.text()).doesNotContain(FakeClaudeCli.CREDENTIAL);
    }

    private static ImplementerRequest round(final int iteration) {
        return new ImplementerRequest("Create hello.txt", Optional.empty(), iteration);
    }

    private ImplementerException failure(final AgentSettings settings) {
        Throwable thrown = assertTimeoutPreemptively(HANG_GUARD,
                () -> catchThrowable(() -> cli.implementer(settings, console).implement(round(1))));
        assertThat(thrown).isInstanceOf(ImplementerException.class);
        return (ImplementerException) thrown;
    }

    private ImplementerResult success(final AgentSettings settings) {
        return assertTimeoutPreemptively(HANG_GUARD, () -> cli.implementer(settings, console).implement(round(1)));
    }

    @Test
    void aMissingBinaryNamesNpmAndTheJenkinsTool() {
        Path missing = tmp.resolve("tools/claude");

        ImplementerException e = failure(FakeClaudeCli.settings(missing, STALL));

        assertThat(e.kind()).isEqualTo(Kind.NOT_INSTALLED);
        assertThat(e.getMessage()).contains("'" + missing + "' was not found")
                .contains("npm install -g @anthropic-ai/claude-code@" + ClaudeCodeImplementer.TESTED_VERSION)
                .contains("Manage Jenkins → Tools");
        assertThat(processes.seen().values()).noneMatch(command -> command.contains(missing.toString()));
    }

    @Test
    void claudeMissingFromThePathNamesNpmAndTheJenkinsTool() throws IOException {
        Path emptyBin = Files.createDirectories(tmp.resolve("empty-bin"));
        AgentSettings onPath = AgentSettings.defaults().withExecutable(null)
                .withEnvironment(Map.of("PATH", emptyBin.toString()));

        ImplementerException e = failure(onPath);

        assertThat(e.kind()).isEqualTo(Kind.NOT_INSTALLED);
        assertThat(e.getMessage()).contains("'claude' was not found").contains("npm install -g")
                .contains("set agent.executable").contains("Manage Jenkins → Tools");
    }

    @Test
    void aBinaryThatCannotRunSaysWhichFileAndWhy() throws IOException {
        Path notExecutable = Files.writeString(tmp.resolve("claude"), "#!/bin/sh\necho hi\n");
        Files.setPosixFilePermissions(notExecutable, PosixFilePermissions.fromString("rw-r--r--"));

        ImplementerException e = failure(FakeClaudeCli.settings(notExecutable, STALL));

        assertThat(e.kind()).isEqualTo(Kind.START_FAILED);
        assertThat(e.getMessage()).contains(notExecutable.toString()).contains("not executable");
    }

    @Test
    void aWrapperWhoseTargetIsGoneIsNotInstalled() throws IOException {
        Path wrapper = tmp.resolve("claude-wrapper");
        Files.writeString(wrapper, "#!/bin/sh\nexec " + tmp.resolve("gone/claude") + " \"$@\"\n");
        Files.setPosixFilePermissions(wrapper, PosixFilePermissions.fromString("rwxr-xr-x"));

        ImplementerException e = failure(FakeClaudeCli.settings(wrapper, STALL));

        assertThat(e.kind()).isEqualTo(Kind.NOT_INSTALLED);
        assertThat(e.getMessage()).contains("could not be run (exit 127)").contains("npm install -g");
    }

    @Test
    void aCrashMidStreamIsAProcessFailureWithStderrAndThePartialRun() throws IOException {
        List<String> recorded = FakeClaudeCli.recorded();
        Path firstHalf = cli.lines("first-half.jsonl", recorded.subList(0, 3));
        Path claude = cli.script("claude", "cat " + firstHalf + "\n"
                + "echo 'FATAL: unexpected state in tool runner (token " + FakeClaudeCli.CREDENTIAL + ")' >&2\n"
                + "exit 2");

        ImplementerException e = failure(FakeClaudeCli.settings(claude, STALL));

        assertThat(e.kind()).isEqualTo(Kind.PROCESS_FAILED);
        assertThat(e.getMessage()).startsWith("claude exited with code 2 without reporting a result")
                .contains("FATAL: unexpected state in tool runner (token ****)")
                .doesNotContain(FakeClaudeCli.CREDENTIAL);
        ImplementerResult partial = e.partialResult().orElseThrow();
        assertThat(partial.sessionId()).isEqualTo(FakeClaudeCli.SESSION);
        assertThat(partial.exitCode()).isEqualTo(2);
        assertThat(partial.toolsUsed()).containsExactly("Write");
        assertThat(partial.costUsd()).isEmpty();
        assertThat(Files.readString(cli.artifact(1))).isEqualTo(String.join("\n", recorded.subList(0, 3)) + "\n");
        assertThat(console.lines()).contains("claude: turn 1 · I will create the file.");
    }

    @Test
    void aHangIsDetectedAsAStallAndTheTreeIsKilledEvenWhenItIgnoresSigterm() throws Exception {
        Path start = cli.lines("start.jsonl", FakeClaudeCli.recorded().subList(0, 3));
        // Ignoring SIGTERM (inherited by the children): only the SIGKILL after the grace ends them.
        Path claude = cli.script("claude", "trap '' TERM\ncat " + start + "\n" + cli.background("sleep 300")
                + cli.background("sleep 301") + "wait");
        long started = System.nanoTime();

        ImplementerException e = failure(FakeClaudeCli.settings(claude, STALL));

        assertThat(e.kind()).isEqualTo(Kind.STALLED);
        assertThat(e.getMessage()).startsWith("claude printed nothing for 3.0 s (agent.stall_timeout) and was"
                + " killed with every process it started (last step: Write /work/repo/hello.txt)");
        assertThat(e.partialResult().orElseThrow().sessionId()).isEqualTo(FakeClaudeCli.SESSION);
        assertThat(cli.startedPids()).hasSize(2);
        assertThat(cli.survivors(Duration.ofSeconds(5))).isEmpty();
        // stall, SIGTERM ignored, SIGKILL after the launcher's 2 s grace: far below the hang guard
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(20));
    }

    @Test
    void aBackgroundChildHoldingTheOutputOpenDoesNotHoldTheRun() throws Exception {
        Path all = cli.lines("all.jsonl", FakeClaudeCli.recorded());
        Path claude = cli.script("claude", "cat " + all + "\n" + cli.background("sleep 302") + "exit 0");

        ImplementerResult result = success(FakeClaudeCli.settings(claude, Duration.ofSeconds(60)));

        assertThat(result.subtype()).isEqualTo("success");
        assertThat(result.resultText()).isEqualTo("Created hello.txt.");
        assertThat(cli.startedPids()).hasSize(1);
        assertThat(cli.survivors(Duration.ofSeconds(5))).as("the orphaned child").isEmpty();
    }

    @Test
    void garbageLinesAreWarnedAboutAndTheResultStillCounts() throws Exception {
        List<String> recorded = FakeClaudeCli.recorded();
        List<String> garbage = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            garbage.add(switch (i % 6) {
                case 0 -> "npm WARN deprecated left-pad@1.3.0: use String.prototype.padStart " + i;
                case 1 -> "\u001b[31mError:\u001b[0m something colourful " + i;
                case 2 -> "{\"type\":\"assistant\",\"message\":{\"content\":[{\"type\":\"text\",\"text\":\"cut " + i;
                case 3 -> "[1, 2, 3]";
                case 4 -> "\"just a string\"";
                default -> "Traceback (most recent call last): token " + FakeClaudeCli.CREDENTIAL;
            });
        }
        List<String> lines = new ArrayList<>(recorded.subList(0, 3));
        lines.addAll(garbage.subList(0, 15));
        lines.addAll(recorded.subList(3, 5));
        lines.addAll(garbage.subList(15, 30));
        lines.add("");
        lines.add(recorded.get(5));
        Path stream = cli.lines("garbage.jsonl", lines);
        // invalid UTF-8 and a NUL byte on top
        Path claude = cli.script("claude", "printf '\\377\\376 bytes\\000 after NUL\\n'\ncat " + stream);

        ImplementerResult result = success(FakeClaudeCli.settings(claude, Duration.ofSeconds(60)));

        assertThat(result.subtype()).isEqualTo("success");
        assertThat(result.resultText()).isEqualTo("Created hello.txt.");
        assertThat(result.turns()).isEqualTo(2);
        List<String> notJson = console.warnings().stream()
                .filter(w -> w.startsWith("claude: output that is not stream-json: ")).toList();
        assertThat(notJson).hasSize(20);
        assertThat(console.warnings()).contains("claude: more output that is not stream-json; it is only kept in "
                + "obra-reports/implementer-1.stream.jsonl");
        assertThat(Files.readString(cli.artifact(1))).contains("npm WARN deprecated left-pad@1.3.0")
                .contains("Traceback (most recent call last): token ****")
                .doesNotContain(FakeClaudeCli.CREDENTIAL);
    }

    @Test
    void oneHundredMegabytesOfOutputFitInA64MegabyteHeap() throws Exception {
        int lineChars = 10_000;
        String filler = "0123456789abcdef".repeat(lineChars / 16);
        List<String> chunk = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            chunk.add(i % 100 == 0
                    ? "{\"type\":\"assistant\",\"message\":{\"id\":\"msg_bulk" + i + "\",\"role\":\"assistant\","
                    + "\"content\":[{\"type\":\"text\",\"text\":\"Reading part " + i + " with key "
                    + FakeClaudeCli.CREDENTIAL + "\"}]},\"session_id\":\"" + FakeClaudeCli.SESSION + "\"}"
                    : "{\"type\":\"user\",\"message\":{\"role\":\"user\",\"content\":[{\"tool_use_id\":\"toolu_bulk\","
                    + "\"type\":\"tool_result\",\"content\":\"" + filler + "\"}]},\"session_id\":\""
                    + FakeClaudeCli.SESSION + "\"}");
        }
        Path chunkFile = cli.lines("chunk.jsonl", chunk);
        Path head = cli.lines("head.jsonl", FakeClaudeCli.recorded().subList(0, 2));
        Path tail = cli.lines("tail.jsonl", FakeClaudeCli.recorded().subList(4, 6));
        // one line of 3 MB, over the 1 MB the parser reads: kept whole in the artifact, skipped in the parse
        Path oversized = cli.dir.resolve("oversized.jsonl");
        Files.writeString(oversized, "{\"type\":\"user\",\"message\":{\"content\":[{\"type\":\"tool_result\",\"content\":\""
                + filler.repeat(300) + "\"}]}}\n");
        Path claude = cli.script("claude", "cat " + head + "\n"
                + "i=0; while [ $i -lt 5 ]; do cat " + chunkFile + "; i=$((i+1)); done\n"
                + "cat " + oversized + "\n"
                + "i=0; while [ $i -lt 5 ]; do cat " + chunkFile + "; i=$((i+1)); done\n"
                + "cat " + tail);
        long expectedBytes = 10 * Files.size(chunkFile) + Files.size(head) + Files.size(tail) + Files.size(oversized);
        assertThat(expectedBytes).isGreaterThan(100_000_000L);

        Map<String, String> child = assertTimeoutPreemptively(Duration.ofMinutes(3), () -> runWithSmallHeap(claude));

        assertThat(child.get("exit")).as(child.toString()).isEqualTo("0");
        assertThat(child.get("subtype")).isEqualTo("success");
        assertThat(child.get("resultText")).isEqualTo("Created hello.txt.");
        assertThat(child.get("sessionId")).isEqualTo(FakeClaudeCli.SESSION);
        assertThat(child.get("oversizedWarnings")).isEqualTo("1");
        assertThat(child.get("consoleHasCredential")).isEqualTo("false");
        assertThat(Long.parseLong(child.get("maxHeap"))).isLessThanOrEqualTo(64L << 20);
        Path artifact = cli.artifact(1);
        assertThat(artifact).exists();
        // every line kept, the credential masked: 100 lines x 10 chunks carried it
        long masked = 0;
        long lines = 0;
        long maskDelta = FakeClaudeCli.CREDENTIAL.length() - "****".length();
        try (BufferedReader in = Files.newBufferedReader(artifact, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lines++;
                assertThat(line.contains(FakeClaudeCli.CREDENTIAL)).as("line %d masked", lines).isFalse();
                if (line.contains("with key ****")) {
                    masked++;
                }
            }
        }
        assertThat(lines).isEqualTo(2 + 10_000 + 1 + 2);
        assertThat(masked).isEqualTo(100);
        assertThat(Files.size(artifact)).isEqualTo(expectedBytes - masked * maskDelta);
    }

    /** Runs {@link HugeOutputRun} in a child JVM with a 64 MB heap; its key=value lines, plus {@code exit}. */
    private Map<String, String> runWithSmallHeap(final Path claude) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Xmx64m", "-XX:+ExitOnOutOfMemoryError",
                "-cp", System.getProperty("java.class.path"), HugeOutputRun.class.getName(), tmp.toString(),
                claude.toString()).redirectErrorStream(true).start();
        Map<String, String> values = new HashMap<>();
        StringBuilder output = new StringBuilder();
        try (BufferedReader in = child.inputReader(StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                output.append(line).append('\n');
                int eq = line.indexOf('=');
                if (eq > 0) {
                    values.put(line.substring(0, eq), line.substring(eq + 1));
                }
            }
        }
        if (!child.waitFor(60, TimeUnit.SECONDS)) {
            child.destroyForcibly();
        }
        values.put("exit", String.valueOf(child.exitValue()));
        values.put("output", output.length() > 4000 ? output.substring(0, 4000) : output.toString());
        return values;
    }

    @Test
    void anInterruptKillsTheRunAndEveryProcessItStarted() throws Exception {
        Path start = cli.lines("start.jsonl", FakeClaudeCli.recorded().subList(0, 3));
        Path claude = cli.script("claude", "cat " + start + "\n" + cli.background("sleep 303")
                + cli.background("sleep 304") + "wait");
        ClaudeCodeImplementer implementer = cli.implementer(FakeClaudeCli.settings(claude, Duration.ofSeconds(60)),
                console);
        AtomicReference<Object> outcome = new AtomicReference<>();
        Thread caller = new Thread(() -> {
            try {
                outcome.set(implementer.implement(round(1)));
            } catch (Exception e) {
                outcome.set(e);
            }
        }, "implementer-caller");
        caller.start();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (cli.startedPids().size() < 2 && System.nanoTime() < until) {
            Thread.sleep(20);
        }
        assertThat(cli.startedPids()).as("the fake CLI runs its children").hasSize(2);

        caller.interrupt();
        caller.join(Duration.ofSeconds(10).toMillis());

        assertThat(caller.isAlive()).as("still running 10 s after the interrupt").isFalse();
        assertThat(outcome.get()).isInstanceOf(InterruptedException.class);
        assertThat(cli.survivors(Duration.ofSeconds(5))).isEmpty();
        assertThat(processes.survivorsAfter(Duration.ofSeconds(5))).isEmpty();
        assertThat(console.warnings()).contains("claude: interrupted: the claude process tree was killed");
    }

    @Test
    void theRealCliKilledFromOutsideIsNamedAsSuch() throws Exception {
        try (FakeAnthropic api = FakeAnthropic.start()) {
            api.enqueue(FakeAnthropic.stall());
            Path home = Files.createDirectories(tmp.resolve("home"));
            AgentSettings real = TestClaude.settings(api, home, 0);
            ClaudeCodeImplementer implementer = cli.implementer(real, console);
            AtomicReference<Object> outcome = new AtomicReference<>();
            Thread caller = new Thread(() -> {
                try {
                    outcome.set(implementer.implement(round(1)));
                } catch (Exception e) {
                    outcome.set(e);
                }
            }, "implementer-caller");
            caller.start();
            ProcessHandle claude = processes.await("--output-format", Duration.ofSeconds(60)).orElseThrow();
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (api.mainRequests().isEmpty() && System.nanoTime() < until) {
                Thread.sleep(20);
            }
            assertThat(api.mainRequests()).as("the CLI is waiting on the stalled stream").isNotEmpty();

            claude.destroyForcibly();
            caller.join(Duration.ofSeconds(30).toMillis());

            assertThat(caller.isAlive()).isFalse();
            assertThat(outcome.get()).isInstanceOfSatisfying(ImplementerException.class, e -> {
                assertThat(e.kind()).isEqualTo(Kind.PROCESS_FAILED);
                assertThat(e.getMessage()).startsWith("claude was killed by SIGKILL (exit 137) before it reported a"
                        + " result: something outside Obra stopped it");
                assertThat(e.partialResult().orElseThrow().sessionId()).isNotEmpty();
            });
        }
    }
}
