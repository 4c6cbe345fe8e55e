package io.obra.bench;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.util.Statistics;

import java.util.Collection;
import java.util.Locale;

/**
 * Runs {@link OrchestratorCallBenchmark} with JMH (one fork per benchmark and size, sample-time mode)
 * and prints the engine-to-bare ratio of the median latencies, with p50 and p99 of both.
 * {@code --quick} shortens warm-up and measurement to check the harness, not to quote.
 */
public final class P1OrchestratorCall {

    /** Median call time of the engine over the bare POST. */
    static final double TARGET_RATIO = 1.10;
    /** Run-to-run spread of the ratio measured on the 2-core reference machine (docs/performance.md). */
    static final double NOISE = 0.20;

    private P1OrchestratorCall() {
    }

    public static void main(final String[] args) throws RunnerException {
        boolean quick = args.length > 0 && args[0].equals("--quick");
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(OrchestratorCallBenchmark.class.getName().replace(".", "\\.") + "\\.")
                .shouldFailOnError(true);
        if (quick) {
            options.warmupIterations(1).warmupTime(TimeValue.seconds(1)).measurementIterations(1)
                    .measurementTime(TimeValue.seconds(1));
        }
        Collection<RunResult> results = new Runner(options.build()).run();
        for (String size : new String[] {"2048", "204800"}) {
            Statistics engine = statistics(results, "engine", size);
            Statistics bare = statistics(results, "bareOkHttp", size);
            Statistics transport = statistics(results, "engineTransport", size);
            double ratio = engine.getPercentile(50) / bare.getPercentile(50);
            String label = size.equals("2048") ? "2 KB" : "200 KB";
            new Row("P1 orchestrator call overhead, " + label + " prompt",
                    String.format(Locale.ROOT, "%.2fx (p50 engine %.0f us vs bare %.0f us; p99 %.0f vs %.0f us;"
                                    + " n=%d/%d)", ratio, engine.getPercentile(50), bare.getPercentile(50),
                            engine.getPercentile(99), bare.getPercentile(99), engine.getN(), bare.getN()),
                    String.format(Locale.ROOT, "<= %.2fx p50 (noise %.0f %%)", TARGET_RATIO, NOISE * 100),
                    Verdict.atMost(ratio, TARGET_RATIO, NOISE)).print();
            double wait = transport.getPercentile(50) - bare.getPercentile(50);
            double work = engine.getPercentile(50) - transport.getPercentile(50);
            Row.info("P1 where the " + label + " overhead goes",
                    String.format(Locale.ROOT, "%+.0f us transport: call watch for interrupt and deadline (HttpCall p50 %.0f us);"
                            + " %+.0f us request JSON, reply parse, retry bookkeeping", wait,
                            transport.getPercentile(50), work)).print();
        }
    }

    private static Statistics statistics(final Collection<RunResult> results, final String method,
                                         final String size) {
        return results.stream()
                .filter(r -> r.getParams().getBenchmark().endsWith("." + method)
                        && r.getParams().getParam("promptBytes").equals(size))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("JMH produced no result for " + method + " " + size))
                .getPrimaryResult().getStatistics();
    }
}
