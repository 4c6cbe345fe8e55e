package io.obra.local;

import io.obra.port.LaunchedProcess;
import io.obra.port.ProcessSpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

// a separate thread, so that a read blocked on a pipe fails the test instead of hanging it
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class LocalProcessLauncherTest {

    @TempDir
    Path dir;

    private final LocalProcessLauncher launcher = new LocalProcessLauncher();
    /** Everything a test started, killed afterwards even when the test failed half-way. */
    private final List<LaunchedProcess> launched = new ArrayList<>();

    @AfterEach
    void killLeftovers() {
        launched.forEach(LaunchedProcess::kill);
    }

    private LaunchedProcess launch(final LocalProcessLauncher with, final ProcessSpec spec) throws IOException {
        LaunchedProcess process = with.launch(spec);
        launched.add(process);
        return process;
    }

    private ProcessSpec shell(final String script, final String stdin) {
        return new ProcessSpec(List.of("sh", "-c", script), Map.of("OBRA_TEST_VAR", "from the spec"),
                dir.toString(), stdin.getBytes(StandardCharsets.UTF_8), Set.of());
    }

    @Test
    void writesAndClosesStdinAddsTheEnvironmentAndRunsInTheDirectory() throws Exception {
        String big = "x".repeat(1 << 20); // more than a pipe buffer: the feeder must not block the launch

        LaunchedProcess process = launch(launcher, shell("wc -c; echo \"$OBRA_TEST_VAR\"; pwd", big));
        String out = new String(process.stdout().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor()).isZero();
        assertThat(out.lines()).containsExactly(Integer.toString(big.length()), "from the spec",
                dir.toRealPath().toString());
    }

    @Test
    void aMissingProgramFailsAtLaunch() {
        ProcessSpec onPath = new ProcessSpec(List.of("obra-no-such-program"), Map.of(), dir.toString(), null, Set.of());
        ProcessSpec byPath = new ProcessSpec(List.of(dir.resolve("nothing").toString()), Map.of(), dir.toString(),
                null, Set.of());

        assertThatThrownBy(() -> launcher.launch(onPath)).isInstanceOf(NoSuchFileException.class)
                .hasMessageContaining("obra-no-such-program");
        assertThatThrownBy(() -> launcher.launch(byPath)).isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void killTakesTheWholeTreeIncludingOrphansOfTheProcessGroup() throws Exception {
        // a background child, and a grandchild orphaned at once (its parent subshell exits)
        Path pids = dir.resolve("pids");
        LaunchedProcess process = launch(launcher, shell(
                "echo $$ > shell; sleep 300 & echo $! > pids; (sleep 301 & echo $! >> pids); echo started; wait", ""));
        assertThat(firstLine(process)).isEqualTo("started");
        List<ProcessHandle> started = Files.readAllLines(pids).stream()
                .map(pid -> ProcessHandle.of(Long.parseLong(pid.trim())).orElseThrow()).toList();
        assertThat(started).hasSize(2).allMatch(ProcessHandle::isAlive);
        // the orphan's parent is gone: only the process group still reaches it
        long shell = Long.parseLong(Files.readString(dir.resolve("shell")).trim());
        assertThat(started.get(1).parent().map(ProcessHandle::pid)).isNotEqualTo(Optional.of(shell));

        try {
            process.kill();

            assertThat(process.waitFor(Duration.ofSeconds(5))).isTrue();
            for (ProcessHandle handle : started) {
                assertThat(handle.onExit().completeOnTimeout(null, 5, TimeUnit.SECONDS).join())
                        .as("process %d", handle.pid()).isNotNull();
            }
        } finally {
            started.forEach(ProcessHandle::destroyForcibly);
        }
    }

    @Test
    void aParentStartingChildrenInSessionsOfTheirOwnWhileKilledLeavesNoneBehind() throws Exception {
        // Children in sessions of their own are reached only through their parent: one started between the
        // listing of the tree and the parent's death would be orphaned out of reach (a Bash tool call of the
        // agent running when a build is aborted). The loop starts one every few milliseconds.
        String mark = "300." + Math.floorMod(System.nanoTime(), 1_000_000);   // sleep(1) takes fractions
        LaunchedProcess process = launch(launcher, shell(
                "echo ready; while :; do setsid sleep " + mark + " & sleep 0.002; done", ""));
        assertThat(firstLine(process)).isEqualTo("ready");
        Thread.sleep(200);
        assertThat(sleeping(mark)).as("children started before the kill").isNotEmpty();

        try {
            process.kill();

            assertThat(process.waitFor(Duration.ofSeconds(5))).isTrue();
            long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (!sleeping(mark).isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(sleeping(mark)).as("children left running 5 s after the kill").isEmpty();
        } finally {
            sleeping(mark).forEach(ProcessHandle::destroyForcibly);
        }
    }

    /** The live processes running {@code sleep mark}. */
    private static List<ProcessHandle> sleeping(final String mark) {
        return ProcessHandle.allProcesses()
                .filter(handle -> handle.info().arguments().map(List::of).orElse(List.of()).contains(mark))
                .toList();
    }

    @Test
    void aProcessThatIgnoresSigtermIsKilledAfterTheGrace() throws Exception {
        LocalProcessLauncher quick = new LocalProcessLauncher(
                LocalProcessLauncher.findOnPath("setsid", System.getenv("PATH")), Duration.ofMillis(300));
        LaunchedProcess process = launch(quick, shell("trap '' TERM; echo ready; while :; do sleep 1; done", ""));
        assertThat(firstLine(process)).isEqualTo("ready");

        process.kill();

        assertThat(process.waitFor(Duration.ofSeconds(5))).isTrue();
        assertThat(process.waitFor()).isEqualTo(137);
    }

    @Test
    void withoutSetsidTheDescendantsAreStillKilled() throws Exception {
        LocalProcessLauncher plain = new LocalProcessLauncher(Optional.empty(), Duration.ofMillis(500));
        LaunchedProcess process = launch(plain, shell("sleep 300 & echo $!; wait", ""));
        long child = Long.parseLong(firstLine(process));
        ProcessHandle sleep = ProcessHandle.of(child).orElseThrow();

        process.kill();

        assertThat(process.waitFor(Duration.ofSeconds(5))).isTrue();
        assertThat(sleep.onExit().completeOnTimeout(null, 5, TimeUnit.SECONDS).join()).isNotNull();
    }

    private static String firstLine(final LaunchedProcess process) throws IOException {
        return new BufferedReader(new InputStreamReader(process.stdout(), StandardCharsets.UTF_8)).readLine().trim();
    }

    @Test
    void aMissingWorkingDirectoryIsReported() {
        ProcessSpec spec = new ProcessSpec(List.of("true"), Map.of(), dir.resolve("gone").toString(), null, Set.of());

        assertThatThrownBy(() -> launcher.launch(spec)).isInstanceOf(IOException.class)
                .hasMessageContaining("gone");
    }
}
