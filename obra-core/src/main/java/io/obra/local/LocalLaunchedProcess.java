package io.obra.local;

import io.obra.port.LaunchedProcess;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/** A process started by {@link LocalProcessLauncher}. */
final class LocalLaunchedProcess implements LaunchedProcess {

    private final Process process;
    private final boolean ownProcessGroup;
    private final Duration killGrace;

    LocalLaunchedProcess(final Process process, final boolean ownProcessGroup, final Duration killGrace) {
        this.process = process;
        this.ownProcessGroup = ownProcessGroup;
        this.killGrace = killGrace;
    }

    @Override
    public InputStream stdout() {
        return process.getInputStream();
    }

    @Override
    public InputStream stderr() {
        return process.getErrorStream();
    }

    @Override
    public int waitFor() throws InterruptedException {
        return process.waitFor();
    }

    @Override
    public boolean waitFor(final Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public boolean isAlive() {
        return process.isAlive();
    }

    /**
     * Sends SIGTERM to the descendants (deepest first), the process group and the process, then SIGKILL
     * to whatever is left after the grace period. Descendants are collected before the first signal:
     * once their parent is dead they are no longer reachable through {@link ProcessHandle#descendants()}.
     */
    @Override
    public void kill() {
        List<ProcessHandle> tree = tree();
        signalGroup("-TERM");
        for (ProcessHandle handle : tree) {
            handle.destroy();
        }
        Thread reaper = new Thread(() -> forceKillAfterGrace(tree), "obra-kill-" + process.pid());
        reaper.setDaemon(true);
        reaper.start();
    }

    private void forceKillAfterGrace(final List<ProcessHandle> tree) {
        long deadline = System.nanoTime() + killGrace.toNanos();
        try {
            for (ProcessHandle handle : tree) {
                long left = deadline - System.nanoTime();
                if (left > 0 && handle.isAlive()) {
                    handle.onExit().get(left, TimeUnit.NANOSECONDS);
                }
            }
        } catch (Exception e) {
            // Grace over (or the wait failed): fall through to SIGKILL.
        }
        List<ProcessHandle> survivors = new ArrayList<>(tree);
        survivors.addAll(tree());
        signalGroup("-KILL");
        for (ProcessHandle handle : survivors) {
            if (handle.isAlive()) {
                handle.destroyForcibly();
            }
        }
    }

    /** The descendants, deepest first, then the process itself. */
    private List<ProcessHandle> tree() {
        List<ProcessHandle> handles = new ArrayList<>();
        collect(process.toHandle(), handles);
        return handles;
    }

    private static void collect(final ProcessHandle parent, final List<ProcessHandle> into) {
        for (ProcessHandle child : parent.children().collect(Collectors.toList())) {
            collect(child, into);
        }
        into.add(parent);
    }

    /**
     * Signals the process group that {@code setsid} made the process lead (its group id is its pid).
     * Java has no API for process groups, hence {@code kill(1)}; a group that is already gone is fine.
     */
    private void signalGroup(final String signal) {
        if (!ownProcessGroup) {
            return;
        }
        try {
            Process kill = new ProcessBuilder("kill", signal, "--", "-" + process.pid())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            kill.waitFor(5, TimeUnit.SECONDS);
        } catch (IOException e) {
            // No kill(1): the per-process signals above still reach every known descendant.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
