package io.obra.orchestrator.http;

import okhttp3.Call;

import java.time.Duration;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Cancels HTTP calls whose calling thread has been interrupted. OkHttp's blocking {@code execute()} does not
 * notice an interrupt while it waits in a socket read (square/okhttp#7841); a Jenkins abort must not wait for
 * a slow model, so this watcher looks at the threads of the calls in flight every {@link #poll} and cancels
 * the call of an interrupted one, which closes its socket and ends the read.
 *
 * <p>It runs one daemon thread, started by the first call and ended once no call has been in flight for
 * {@link #linger} (so back-to-back calls do not start a thread each, and an idle engine holds none).
 * Thread-safe.
 */
final class InterruptWatch {

    /** The name of the watching thread. */
    static final String THREAD_NAME = "obra-http-interrupt-watch";
    /** How often in-flight calls are checked: the longest an interrupted call keeps running. */
    static final Duration DEFAULT_POLL = Duration.ofMillis(25);
    /** How long the thread stays after the last call, waiting for the next one. */
    static final Duration DEFAULT_LINGER = Duration.ofSeconds(1);

    private final Duration poll;
    private final Duration linger;
    private final Object lock = new Object();
    /** Calls in flight and their calling threads; guarded by {@link #lock}. */
    private final Map<Call, Thread> inFlight = new IdentityHashMap<>();
    /** The watching thread, or null when none runs; guarded by {@link #lock}. */
    private Thread watcher;

    InterruptWatch() {
        this(DEFAULT_POLL, DEFAULT_LINGER);
    }

    InterruptWatch(final Duration poll, final Duration linger) {
        if (poll.isNegative() || poll.isZero()) {
            throw new IllegalArgumentException("the interrupt poll must be positive, got " + poll);
        }
        this.poll = poll;
        this.linger = linger;
    }

    /** Watches {@code call} on behalf of the current thread until the returned handle is closed. */
    Watched watch(final Call call) {
        synchronized (lock) {
            inFlight.put(call, Thread.currentThread());
            if (watcher == null) {
                watcher = new Thread(this::run, THREAD_NAME);
                watcher.setDaemon(true);
                watcher.start();
            }
        }
        return () -> {
            synchronized (lock) {
                inFlight.remove(call);
            }
        };
    }

    /** Whether the watching thread runs (for tests). */
    boolean running() {
        synchronized (lock) {
            return watcher != null;
        }
    }

    private void run() {
        long idleSince = System.nanoTime();
        while (true) {
            List<Call> interrupted = new ArrayList<>(0);
            synchronized (lock) {
                if (inFlight.isEmpty()) {
                    if (System.nanoTime() - idleSince >= linger.toNanos()) {
                        watcher = null;
                        return;
                    }
                } else {
                    idleSince = System.nanoTime();
                    inFlight.forEach((call, thread) -> {
                        if (thread.isInterrupted()) {
                            interrupted.add(call);
                        }
                    });
                }
            }
            // Cancelling closes the call's socket; the calling thread then sees an IOException and its interrupt.
            interrupted.forEach(Call::cancel);
            try {
                Thread.sleep(poll.toMillis(), (int) (poll.toNanos() % 1_000_000));
            } catch (InterruptedException e) {
                // Nobody else holds this private thread; an interrupt only ends one wait early.
            }
        }
    }

    /** The registration of one call; closing it stops watching the call. */
    interface Watched extends AutoCloseable {
        @Override
        void close();
    }
}
