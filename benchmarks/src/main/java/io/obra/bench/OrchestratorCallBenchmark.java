package io.obra.bench;

import io.obra.orchestrator.Completion;
import io.obra.orchestrator.OrchestratorException;
import io.obra.orchestrator.http.HttpReply;
import okhttp3.RequestBody;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

/**
 * The calls of {@link OrchestratorCalls} one by one under JMH, for looking into one of them with JMH's
 * profilers (e.g. {@code -prof stack}, {@code -prof gc}); docs/performance.md shows how. The P1 row of
 * the table comes from {@link P1OrchestratorCall}, which interleaves the calls in one JVM: JMH measures
 * each in a fork of its own, one after the other, and on a shared 2-core machine two forks differ by more
 * than the difference being measured.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgs = {"-Xms512m", "-Xmx512m", "-Dsun.net.httpserver.nodelay=true"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class OrchestratorCallBenchmark {

    /** Size of the prompt's system and user text in UTF-8 bytes: 2 KB or 200 KB. */
    @Param({"2048", "204800"})
    public int promptBytes;

    private OrchestratorCalls calls;

    @Setup(Level.Trial)
    public void start() throws IOException, OrchestratorException, InterruptedException {
        calls = new OrchestratorCalls(promptBytes);
    }

    @TearDown(Level.Trial)
    public void stop() {
        calls.close();
    }

    @Benchmark
    public Completion engine() throws OrchestratorException, InterruptedException {
        return calls.engine();
    }

    @Benchmark
    public HttpReply engineTransport() throws IOException, InterruptedException {
        return calls.transport();
    }

    @Benchmark
    public RequestBody requestEncoding() {
        return calls.encoding();
    }

    @Benchmark
    public byte[] stockJacksonEncoding() throws IOException {
        return calls.stockJacksonEncoding();
    }

    @Benchmark
    public String bareOkHttp() throws IOException {
        return calls.bare();
    }
}
