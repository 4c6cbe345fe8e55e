package io.obra.testing;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Records every process this JVM starts (directly or through descendants) while it runs, so a test
 * can check afterwards that none of them survived: {@code try (ProcessWatch watch = ProcessWatch.start())}.
 */
public final class ProcessWatch implements AutoCloseable {

    private final Set<Long> before;
    private final Map<Long, ProcessHandle> seen = new ConcurrentHashMap<>();
    /** Command lines as read while the process lived (the OS forgets them at exit). */
    private final Map<Long, String> commands = new ConcurrentHashMap<>();
    private final Thread poller;
    private volatile boolean running = true;

    private ProcessWatch() {
        before = descendants().stream().map(ProcessHandle::pid).collect(Collectors.toSet());
        poller = new Thread(() -> {
            while (running) {
                poll();
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "process-watch");
        poller.setDaemon(true);
        poller.start();
    }

    public static ProcessWatch start() {
        return new ProcessWatch();
    }

    private static List<ProcessHandle> descendants() {
        return ProcessHandle.current().descendants().toList();
    }

    private void poll() {
        for (ProcessHandle handle : descendants()) {
            if (before.contains(handle.pid())) {
                continue;
            }
            seen.putIfAbsent(handle.pid(), handle);
            // Refreshed while the process lives: a child first seen between fork and exec still shows its
            // parent's command line (a shell's "sleep 300" would read as the shell script).
            String command = commandLine(handle);
            if (!"?".equals(command) || !commands.containsKey(handle.pid())) {
                commands.put(handle.pid(), command);
            }
        }
    }

    /** The first recorded process whose command line contains {@code text}, waiting up to {@code timeout}. */
    public Optional<ProcessHandle> await(final String text, final Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            poll();
            Optional<ProcessHandle> match = seen.values().stream()
                    .filter(handle -> commands.getOrDefault(handle.pid(), "").contains(text)).findFirst();
            if (match.isPresent()) {
                return match;
            }
            Thread.sleep(20);
        }
        return Optional.empty();
    }

    /** Every recorded process, with its command line. */
    public Map<Long, String> seen() {
        return Map.copyOf(commands);
    }

    /**
     * The recorded processes still alive after waiting up to {@code timeout} for them to end, as
     * "pid command" strings (empty when every one has gone).
     */
    public List<String> survivorsAfter(final Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<String> alive = alive();
        while (!alive.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(50);
            alive = alive();
        }
        return alive;
    }

    private List<String> alive() {
        return seen.values().stream().filter(ProcessHandle::isAlive)
                .map(handle -> handle.pid() + " " + commands.get(handle.pid())).toList();
    }

    private static String commandLine(final ProcessHandle handle) {
        return handle.info().commandLine().or(() -> handle.info().command()).orElse("?");
    }

    /** Stops recording; kills whatever it recorded that is still alive (so a failing test leaves nothing). */
    @Override
    public void close() {
        running = false;
        poller.interrupt();
        seen.values().stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }
}
