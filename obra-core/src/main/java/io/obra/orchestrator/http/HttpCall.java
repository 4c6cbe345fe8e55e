package io.obra.orchestrator.http;

import okhttp3.Call;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;

/**
 * Runs HTTP exchanges on the calling thread so that interrupting that thread cancels the exchange within
 * {@link CallWatch#DEFAULT_POLL}. A blocking {@code execute()} alone would sit in a socket read that
 * ignores interrupts, and a Jenkins abort must not wait for a slow model; a {@link CallWatch} cancels the
 * call of an interrupted thread, which closes its socket, and the call that outlives its timeout. (Running
 * the call on OkHttp's dispatcher and waiting interruptibly would do the same at the cost of two thread
 * hand-offs per call: benchmark P1.) Thread-safe; one per client, e.g. per orchestrator.
 */
public final class HttpCall {

    /** Longer timeouts are as good as none, and stay clear of overflowing {@link System#nanoTime()}. */
    private static final Duration LONGEST = Duration.ofDays(365);

    private final OkHttpClient client;
    private final CallWatch watch;

    public HttpCall(final OkHttpClient client) {
        this(client, new CallWatch());
    }

    HttpCall(final OkHttpClient client, final CallWatch watch) {
        this.client = client;
        this.watch = watch;
    }

    /**
     * Sends the request and reads the whole body.
     *
     * @param callTimeout bound on the whole exchange (connect, write, read); the remaining deadline of the call
     * @throws IOException          when no complete response arrived (connect failure, reset, timeout: an
     *                              {@link InterruptedIOException} "timeout" when {@code callTimeout} passed)
     * @throws InterruptedException when this thread was interrupted before or during the exchange; the HTTP
     *                              call is cancelled and the interrupt status cleared
     */
    public HttpReply execute(final Request request, final Duration callTimeout)
            throws IOException, InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException("interrupted before calling " + request.url().redact());
        }
        long timeout = Math.max(1, (callTimeout.compareTo(LONGEST) > 0 ? LONGEST : callTimeout).toNanos());
        Call call = client.newCall(request);
        CallWatch.Watched watched = watch.watch(call, System.nanoTime() + timeout);
        HttpReply reply;
        try (watched; Response response = call.execute()) {
            reply = new HttpReply(request.url().toString(), response.code(), response.headers(),
                    response.body().byteString());
        } catch (IOException e) {
            if (Thread.interrupted()) {
                throw interrupted(request, e);
            }
            if (watched.timedOut()) {
                // As OkHttp words its own call timeout, which the retry policy knows.
                InterruptedIOException timedOut = new InterruptedIOException("timeout");
                timedOut.initCause(e);
                throw timedOut;
            }
            throw e;
        }
        if (Thread.interrupted()) {
            // The reply came, but the build was aborted meanwhile: the abort wins, as it would have mid-read.
            throw interrupted(request, null);
        }
        return reply;
    }

    private static InterruptedException interrupted(final Request request, final IOException cause) {
        InterruptedException e = new InterruptedException("interrupted while calling " + request.url().redact()
                + "; the call was cancelled");
        if (cause != null) {
            e.initCause(cause);
        }
        return e;
    }
}
