package io.obra.local;

import io.obra.port.LaunchedProcess;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/** A process started by {@link LocalProcessLauncher}. */
final class LocalLaunchedProcess implements LaunchedProcess {

    /** Listings of the tree while stopping it; each round stops what the one before missed. */
    private static final int STOP_ROUNDS = 5;
    /** The longest one {@code kill(1)} is waited for. */
    private static final Duration KILL_COMMAND_WAIT = Duration.ofSeconds(5);

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
     * Stops the whole tree first (SIGSTOP: the process group, then every descendant, listed again until no
     * new one appears), then sends SIGTERM to all of it and SIGCONT so that the stopped processes act on it;
     * SIGKILL follows for whatever is left after the grace period. Stopping first matters for children in
     * sessions of their own (an agent's tool call can start one), which only their parent leads to: a parent
     * still running while it is killed can start one more after the tree was listed, orphaned out of reach
     * once the parent is gone. Descendants are collected before the first SIGTERM for the same reason: once
     * their parent is dead they are no longer reachable through {@link ProcessHandle#descendants()}.
     */
    @Override
    public void kill() {
        List<ProcessHandle> tree = stopTree();
        signalGroup("-TERM");
        for (ProcessHandle handle : tree) {
            handle.destroy();
        }
        signal("-CONT", true, tree);
        Thread reaper = new Thread(() -> forceKillAfterGrace(tree), "obra-kill-" + process.pid());
        reaper.setDaemon(true);
        reaper.start();
    }

    /**
     * Stops the process group and every process of the tree, listing the tree again after each round until
     * it holds nobody new (a process started before its parent stopped); returns them all, deepest first.
     */
    private List<ProcessHandle> stopTree() {
        List<ProcessHandle> stopped = new ArrayList<>();
        Set<Long> pids = new HashSet<>();
        for (int round = 0; round < STOP_ROUNDS; round++) {
            List<ProcessHandle> fresh = tree().stream().filter(handle -> !pids.contains(handle.pid())).toList();
            if (fresh.isEmpty()) {
                break;
            }
            signal("-STOP", round == 0, fresh);
            fresh.forEach(handle -> pids.add(handle.pid()));
            stopped.addAll(0, fresh);
        }
        return stopped;
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
     * Signals the process group that {@code setsid} made the process lead (its group id is its pid); a group
     * that is already gone is fine.
     */
    private void signalGroup(final String signal) {
        signal(signal, true, List.of());
    }

    /**
     * Sends a signal to the processes, and to the process group if {@code group}, with one {@code kill(1)}:
     * Java has no API for SIGSTOP and SIGCONT, nor for process groups.
     */
    private void signal(final String signal, final boolean group, final List<ProcessHandle> handles) {
        List<String> targets = new ArrayList<>();
        if (group && ownProcessGroup) {
            targets.add("-" + process.pid());
        }
        handles.forEach(handle -> targets.add(Long.toString(handle.pid())));
        if (!targets.isEmpty()) {
            kill(signal, targets);
        }
    }

    /**
     * Runs {@code kill(1)} and waits for it even when this thread is interrupted (a build abort kills
     * through here): the next step relies on the signal having arrived, a SIGCONT must not overtake the
     * SIGSTOP before it. The interrupt is kept for the caller.
     */
    private static void kill(final String signal, final List<String> targets) {
        List<String> command = new ArrayList<>(List.of("kill", signal, "--"));
        command.addAll(targets);
        Process kill;
        try {
            kill = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException e) {
            // No kill(1): the per-process signals of ProcessHandle still reach every known descendant.
            return;
        }
        boolean interrupted = false;
        long deadline = System.nanoTime() + KILL_COMMAND_WAIT.toNanos();
        while (true) {
            try {
                kill.waitFor(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
