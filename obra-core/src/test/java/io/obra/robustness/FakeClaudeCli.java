package io.obra.robustness;

import io.obra.config.AgentSettings;
import io.obra.implementer.ClaudeCodeImplementer;
import io.obra.local.LocalProcessLauncher;
import io.obra.local.LocalWorkspace;
import io.obra.port.BuildLog;
import io.obra.privacy.Secret;
import io.obra.privacy.SecretMasker;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A stand-in {@code claude} for faults the real CLI cannot be made to show on demand (a crash mid-stream,
 * a hang, 100 MB of output, garbage lines): a shell script in a temp directory that answers
 * {@code --version} like Claude Code 2.1.197, reads the prompt from standard input and then runs the
 * scenario's shell body. Its stream-json lines are those of a recorded real run
 * ({@code claude-code-samples/write-file.stream.jsonl}).
 */
final class FakeClaudeCli {

    /** The credential the implementer hands the CLI; the scenarios print it to check the masking. */
    static final String CREDENTIAL = "sk-ant-api03-ROBUST-obra-7f3e9a21c4d84b5e";
    /** The session of the recorded run. */
    static final String SESSION = "985e704e-9adc-414d-ab30-1f8709748342";

    final Path dir;
    final Path workspace;
    final Path configDir;

    FakeClaudeCli(final Path root) throws IOException {
        dir = Files.createDirectories(root.resolve("fake-cli"));
        workspace = Files.createDirectories(root.resolve("workspace"));
        configDir = Files.createDirectories(root.resolve("claude-config"));
    }

    /** The lines of the recorded run: init, text, tool use, tool result, text, result. */
    static List<String> recorded() {
        try (InputStream in = FakeClaudeCli.class.getResourceAsStream("/claude-code-samples/write-file.stream.jsonl")) {
            if (in == null) {
                throw new IllegalStateException("claude-code-samples/write-file.stream.jsonl is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The recorded init line. */
    static String init() {
        return recorded().get(0);
    }

    /** The recorded result line. */
    static String result() {
        List<String> lines = recorded();
        return lines.get(lines.size() - 1);
    }

    /**
     * Shell text that starts {@code command} in the background and notes its pid in {@link #pidFile()}, so a
     * test can check that it died even after it left the process tree (its parent gone, it is re-parented).
     */
    String background(final String command) {
        return command + " &\necho $! >> " + pidFile() + "\n";
    }

    /** Where the scripts note the pids of the processes they start. */
    Path pidFile() {
        return dir.resolve("started.pids");
    }

    /** The pids noted so far. */
    List<Long> startedPids() throws IOException {
        return Files.exists(pidFile())
                ? Files.readAllLines(pidFile()).stream().filter(l -> !l.isBlank()).map(Long::parseLong).toList()
                : List.of();
    }

    /** The noted processes still alive after waiting up to {@code timeout} for them to end. */
    List<Long> survivors(final Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<Long> alive = alive();
        while (!alive.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(50);
            alive = alive();
        }
        return alive;
    }

    private List<Long> alive() throws IOException {
        return startedPids().stream().filter(pid -> ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false))
                .toList();
    }

    /** Writes {@code lines} (each ended by a newline) to a file next to the scripts; returns its path. */
    Path lines(final String name, final List<String> lines) throws IOException {
        return Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n");
    }

    /** An executable {@code claude} script running {@code body} after the version check and reading stdin. */
    Path script(final String name, final String body) throws IOException {
        Path script = dir.resolve(name);
        Files.writeString(script, "#!/bin/sh\n"
                + "if [ \"$1\" = \"--version\" ]; then echo '2.1.197 (Claude Code)'; exit 0; fi\n"
                + "cat > /dev/null\n"
                + body + "\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return script;
    }

    /** Agent settings that run {@code executable} with the given stall timeout and a 2-minute overall limit. */
    static AgentSettings settings(final Path executable, final Duration stallTimeout) {
        return AgentSettings.defaults().withExecutable(executable.toString())
                .withTimeouts(stallTimeout, Duration.ofMinutes(2));
    }

    /** An implementer in this workspace, through the real local launcher, with {@link #CREDENTIAL}. */
    ClaudeCodeImplementer implementer(final AgentSettings settings, final BuildLog log) {
        return new ClaudeCodeImplementer(new LocalProcessLauncher(), new LocalWorkspace(workspace), log, settings,
                Optional.of(new Secret("the test credential ANTHROPIC_API_KEY", CREDENTIAL)), SecretMasker.none(),
                configDir.toString(), Clock.systemUTC(), ClaudeCodeImplementer.DEFAULT_ARTIFACT_DIR);
    }

    /** The raw stream artifact of an iteration. */
    Path artifact(final int iteration) {
        return workspace.resolve(ClaudeCodeImplementer.DEFAULT_ARTIFACT_DIR + "implementer-" + iteration
                + ".stream.jsonl");
    }
}
