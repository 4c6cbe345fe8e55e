package io.obra.orchestrator.http;

import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Runs one HTTP exchange so that interrupting the waiting thread cancels it at once. A blocking
 * {@code execute()} would sit in a socket read that ignores interrupts; a Jenkins abort must not wait for a
 * slow model, so the call runs on the client's dispatcher and this thread waits interruptibly.
 */
public final class HttpCall {

    private HttpCall() {
    }

    /**
     * Sends the request and reads the whole body.
     *
     * @param callTimeout bound on the whole exchange (connect, write, read); the remaining deadline of the call
     * @throws IOException          when no complete response arrived (connect failure, timeout, reset)
     * @throws InterruptedException when this thread was interrupted; the HTTP call is cancelled
     */
    public static HttpReply execute(final OkHttpClient client, final Request request, final Duration callTimeout)
            throws IOException, InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException("interrupted before calling " + request.url().redact());
        }
        Call call = client.newCall(request);
        call.timeout().timeout(Math.max(1, callTimeout.toMillis()), TimeUnit.MILLISECONDS);
        CompletableFuture<HttpReply> result = new CompletableFuture<>();
        call.enqueue(new Callback() {
            @Override
            public void onFailure(final Call failed, final IOException e) {
                result.completeExceptionally(e);
            }

            @Override
            public void onResponse(final Call done, final Response response) {
                try (response) {
                    String body = response.body().string();
                    result.complete(new HttpReply(request.url().toString(), response.code(), response.headers(), body));
                } catch (IOException | RuntimeException e) {
                    result.completeExceptionally(e);
                }
            }
        });
        try {
            return result.get();
        } catch (InterruptedException e) {
            call.cancel();
            throw e;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IOException(cause);
        }
    }
}
