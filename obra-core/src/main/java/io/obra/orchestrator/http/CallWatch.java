package io.obra.orchestrator.http;

import okhttp3.Call;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Cancels HTTP calls whose calling thread has been interrupted or whose deadline has passed. OkHttp's blocking
 * {@code execute()} does not notice an interrupt while it waits in a socket read (square/okhttp#7841); a
 * Jenkins abort must not wait for a slow model, so this watcher looks at the calls in flight every
 * {@link #poll} and cancels the call of an interrupted thread, which closes its socket and ends the read. It
 * bounds each call by its deadline the same way, instead of OkHttp's call timeout, whose watchdog thread
 * would be woken for every call.
 *
 * <p>It runs one daemon thread, started by the first call and ended once no call has been in flight for
 * {@link #linger} (so back-to-back calls do not start a thread each, and an idle engine holds none).
 * Thread-safe.
 */
final class CallWatch {

    /** The name of the watching thread. */
    static final String THREAD_NAME = "obra-http-call-watch";
    /** How often in-flight calls are checked: the longest an interrupted or overdue call keeps running. */
    static final Duration DEFAULT_POLL = Duration.ofMillis(25);
    /** How long the thread stays after the last call, waiting for the next one. */
    static final Duration DEFAULT_LINGER = Duration.ofSeconds(1);

    private final Duration poll;
    private final Duration linger;
    private final Object lock = new Object();
    /** Calls in flight; guarded by {@link #lock}. */
    private final Set<Watched> inFlight = Collections.newSetFromMap(new IdentityHashMap<>());
    /** The watching thread, or null when none runs; guarded by {@link #lock}. */
    private Thread watcher;

    CallWatch() {
        this(DEFAULT_POLL, DEFAULT_LINGER);
    }

    CallWatch(final Duration poll, final Duration linger) {
        if (poll.isNegative() || poll.isZero()) {
            throw new IllegalArgumentException("the poll of the call watch must be positive, got " + poll);
        }
        this.poll = poll;
        this.linger = linger;
    }

    /**
     * Watches {@code call}, made by the current thread, until the returned handle is closed.
     *
     * @param deadline the {@link System#nanoTime()} after which the call is cancelled as timed out
     */
    Watched watch(final Call call, final long deadline) {
        Watched watched = new Watched(call, Thread.currentThread(), deadline);
        synchronized (lock) {
            inFlight.add(watched);
            if (watcher == null) {
                watcher = new Thread(this::run, THREAD_NAME);
                watcher.setDaemon(true);
                watcher.start();
            }
        }
        return watched;
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
            List<Call> cancel = new ArrayList<>(0);
            synchronized (lock) {
                long now = System.nanoTime();
                if (inFlight.isEmpty()) {
                    if (now - idleSince >= linger.toNanos()) {
                        watcher = null;
                        return;
                    }
                } else {
                    idleSince = now;
                    for (Watched watched : inFlight) {
                        if (watched.thread.isInterrupted()) {
                            cancel.add(watched.call);
                        } else if (now - watched.deadline >= 0) {
                            watched.timedOut = true;
                            cancel.add(watched.call);
                        }
                    }
                }
            }
            // Cancelling closes the call's socket; the calling thread then sees an IOException.
            cancel.forEach(Call::cancel);
            try {
                Thread.sleep(poll.toMillis(), (int) (poll.toNanos() % 1_000_000));
            } catch (InterruptedException e) {
                // Nobody else holds this private thread; an interrupt only ends one wait early.
            }
        }
    }

    /** The registration of one call; closing it stops watching the call. */
    final class Watched implements AutoCloseable {

        private final Call call;
        private final Thread thread;
        private final long deadline;
        private volatile boolean timedOut;

        private Watched(final Call call, final Thread thread, final long deadline) {
            this.call = call;
            this.thread = thread;
            this.deadline = deadline;
        }

        /** Whether the call was cancelled because its deadline passed. */
        boolean timedOut() {
            return timedOut;
        }

        @Override
        public void close() {
            synchronized (lock) {
                inFlight.remove(this);
            }
        }
    }
}
