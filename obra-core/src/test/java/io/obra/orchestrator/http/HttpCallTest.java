package io.obra.orchestrator.http;

import io.obra.testing.OrchestratorFixtures;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The calling thread runs the exchange; an interrupt of that thread cancels it, also in a socket read that
 * OkHttp's {@code execute()} alone would not leave (square/okhttp#7841), and the watching thread does not
 * outlive the calls.
 */
class HttpCallTest {

    /** Far beyond the poll of the call watch (25 ms), far below the timeouts (60 s). */
    private static final Duration INTERRUPT_BOUND = Duration.ofSeconds(2);
    private static final Duration LONG = Duration.ofSeconds(60);

    private MockWebServer server;
    private OkHttpClient http;

    @BeforeEach
    void start() {
        server = OrchestratorFixtures.startServer();
        http = new OkHttpClient.Builder().readTimeout(LONG).connectTimeout(LONG).build();
    }

    @AfterEach
    void stop() {
        server.close();
        OrchestratorFixtures.close(http);
    }

    @Test
    void aReplyIsReadWholeOnTheCallingThread() throws Exception {
        server.enqueue(new MockResponse.Builder().code(201).setHeader("x-request-id", "req_1").body("{\"ok\":true}")
                .build());

        HttpReply reply = new HttpCall(http).execute(request(), LONG);

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.header("X-Request-Id")).isEqualTo("req_1");
        assertThat(reply.body()).isEqualTo("{\"ok\":true}");
        assertThat(reply.url()).isEqualTo(server.url("/v1/chat/completions").toString());
        assertThat(http.dispatcher().runningCallsCount()).isZero();
    }

    @Test
    @Timeout(20)
    void anInterruptCancelsACallWaitingForTheResponseHeaders() throws Exception {
        server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());

        assertInterruptCancelsStuckCall();
    }

    @Test
    @Timeout(20)
    void anInterruptCancelsACallStuckInTheMiddleOfTheBody() throws Exception {
        server.enqueue(new MockResponse.Builder().body("{\"choices\":[" + "x".repeat(100_000) + "]}")
                .onResponseBody(SocketEffect.Stall.INSTANCE).build());

        assertInterruptCancelsStuckCall();
    }

    @Test
    @Timeout(20)
    void aCallThatOutlivesItsTimeoutIsCancelledAsATimeout() {
        server.enqueue(new MockResponse.Builder().body("{\"choices\":[" + "x".repeat(100_000) + "]}")
                .onResponseBody(SocketEffect.Stall.INSTANCE).build());
        Duration timeout = Duration.ofMillis(300);

        long start = System.nanoTime();
        Throwable thrown = catchThrowable(() -> new HttpCall(http).execute(request(), timeout));
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(thrown).isInstanceOf(InterruptedIOException.class).hasMessage("timeout");
        assertThat(RetryPolicy.isTimeout((InterruptedIOException) thrown)).isTrue();
        assertThat(took).isBetween(timeout, timeout.plus(INTERRUPT_BOUND));
        assertThat(http.dispatcher().runningCallsCount()).as("the HTTP call was cancelled").isZero();
    }

    @Test
    void anInterruptedThreadSendsNothing() {
        server.enqueue(new MockResponse.Builder().body("{}").build());
        Thread.currentThread().interrupt();

        assertThatThrownBy(() -> new HttpCall(http).execute(request(), LONG)).isInstanceOf(InterruptedException.class)
                .hasMessageContaining("interrupted before calling");

        assertThat(Thread.currentThread().isInterrupted()).as("the interrupt is reported once, by the exception")
                .isFalse();
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    @Timeout(20)
    void anInterruptCancelsOnlyTheCallOfTheInterruptedThread() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(final RecordedRequest request) throws InterruptedException {
                release.await(15, TimeUnit.SECONDS);
                return new MockResponse.Builder().body("{\"done\":true}").build();
            }
        });
        HttpCall shared = new HttpCall(http);
        AtomicReference<Object> interrupted = new AtomicReference<>();
        AtomicReference<Object> other = new AtomicReference<>();
        Thread aborted = callIn(shared, interrupted);
        Thread patient = callIn(shared, other);
        server.takeRequest(5, TimeUnit.SECONDS);
        server.takeRequest(5, TimeUnit.SECONDS);

        aborted.interrupt();
        aborted.join(INTERRUPT_BOUND.toMillis());
        release.countDown();
        patient.join(10_000);

        assertThat(aborted.isAlive()).as("the interrupted call ended within %s", INTERRUPT_BOUND).isFalse();
        assertThat(interrupted.get()).isInstanceOf(InterruptedException.class);
        assertThat(other.get()).isInstanceOf(HttpReply.class);
        assertThat(((HttpReply) other.get()).body()).isEqualTo("{\"done\":true}");
    }

    @Test
    @Timeout(20)
    void theWatchingThreadServesBackToBackCallsAndEndsWhenIdle() throws Exception {
        CallWatch watch = new CallWatch(Duration.ofMillis(10), Duration.ofMillis(200));
        HttpCall call = new HttpCall(http, watch);
        Set<Thread> before = Set.copyOf(Thread.getAllStackTraces().keySet());
        assertThat(watch.running()).isFalse();

        for (int i = 0; i < 3; i++) {
            server.enqueue(new MockResponse.Builder().body("{}").build());
            call.execute(request(), LONG);
        }
        List<Thread> watchers = Thread.getAllStackTraces().keySet().stream().filter(t -> !before.contains(t))
                .filter(t -> t.getName().equals(CallWatch.THREAD_NAME)).toList();

        assertThat(watchers).as("one watching thread for all three calls").hasSize(1);
        assertThat(watchers.get(0).isDaemon()).isTrue();
        watchers.get(0).join(5_000);
        assertThat(watchers.get(0).isAlive()).as("the watching thread ended once idle").isFalse();
        assertThat(watch.running()).isFalse();

        server.enqueue(new MockResponse.Builder().body("{\"again\":1}").build());
        assertThat(call.execute(request(), LONG).body()).as("a later call starts a new watcher").isEqualTo(
                "{\"again\":1}");
    }

    /** Starts a call of {@code call} on a thread of its own; the reply or the exception lands in {@code result}. */
    private Thread callIn(final HttpCall call, final AtomicReference<Object> result) {
        Thread thread = new Thread(() -> {
            try {
                result.set(call.execute(request(), LONG));
            } catch (Exception e) {
                result.set(e);
            }
        }, "caller");
        thread.start();
        return thread;
    }

    private void assertInterruptCancelsStuckCall() throws Exception {
        AtomicReference<Object> result = new AtomicReference<>();
        Thread caller = callIn(new HttpCall(http), result);
        assertThat(server.takeRequest(5, TimeUnit.SECONDS)).isNotNull();
        Thread.sleep(100);
        assertThat(caller.isAlive()).as("the call is stuck").isTrue();

        long start = System.nanoTime();
        caller.interrupt();
        caller.join(10_000);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(caller.isAlive()).isFalse();
        assertThat(took).as("the interrupt ended the call").isLessThan(INTERRUPT_BOUND);
        assertThat(result.get()).isInstanceOf(InterruptedException.class);
        assertThat(((Throwable) result.get()).getMessage()).isEqualTo("interrupted while calling "
                + server.url("/...") + "; the call was cancelled");
        assertThat(http.dispatcher().runningCallsCount()).as("the HTTP call was cancelled").isZero();
    }

    private Request request() {
        return new Request.Builder().url(server.url("/v1/chat/completions")).get().build();
    }
}
