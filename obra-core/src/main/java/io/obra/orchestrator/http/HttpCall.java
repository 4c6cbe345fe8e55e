package io.obra.orchestrator.http;

import okhttp3.Call;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Runs HTTP exchanges on the calling thread so that interrupting that thread cancels the exchange within
 * {@link InterruptWatch#DEFAULT_POLL}. A blocking {@code execute()} alone would sit in a socket read that
 * ignores interrupts, and a Jenkins abort must not wait for a slow model; an {@link InterruptWatch} cancels
 * the call of an interrupted thread, which closes its socket. (Running the call on OkHttp's dispatcher and
 * waiting interruptibly would do the same at the cost of two thread hand-offs per call: benchmark P1.)
 * Thread-safe; one per client, e.g. per orchestrator.
 */
public final class HttpCall {

    private final OkHttpClient client;
    private final InterruptWatch watch;

    public HttpCall(final OkHttpClient client) {
        this(client, new InterruptWatch());
    }

    HttpCall(final OkHttpClient client, final InterruptWatch watch) {
        this.client = client;
        this.watch = watch;
    }

    /**
     * Sends the request and reads the whole body.
     *
     * @param callTimeout bound on the whole exchange (connect, write, read); the remaining deadline of the call
     * @throws IOException          when no complete response arrived (connect failure, timeout, reset)
     * @throws InterruptedException when this thread was interrupted before or during the exchange; the HTTP
     *                              call is cancelled and the interrupt status cleared
     */
    public HttpReply execute(final Request request, final Duration callTimeout)
            throws IOException, InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException("interrupted before calling " + request.url().redact());
        }
        Call call = client.newCall(request);
        call.timeout().timeout(Math.max(1, callTimeout.toMillis()), TimeUnit.MILLISECONDS);
        HttpReply reply;
        try (InterruptWatch.Watched watched = watch.watch(call); Response response = call.execute()) {
            reply = new HttpReply(request.url().toString(), response.code(), response.headers(),
                    response.body().string());
        } catch (IOException e) {
            if (Thread.interrupted()) {
                throw interrupted(request, e);
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
