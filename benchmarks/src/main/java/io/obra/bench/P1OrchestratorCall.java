package io.obra.bench;

import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * P1: the engine's orchestrator call against a bare OkHttp POST of the same body ({@link OrchestratorCalls}),
 * at 2 KB and 200 KB. The calls are interleaved in one JVM, round after round, each round in a rotated order,
 * after a warm-up of the same rounds; every call is timed on its own. So both sides of each ratio are sampled
 * under the same conditions, which separate JMH forks on a shared 2-core machine are not (their spread was
 * larger than the difference measured). Prints the ratio of the medians, with p50 and p99 of each side, where
 * the overhead goes, and the floor: the bare POST plus encoding the request alone. {@code --quick} shortens
 * warm-up and measurement to check the harness, not to quote.
 */
public final class P1OrchestratorCall {

    /** Median call time of the engine over the bare POST. */
    static final double TARGET_RATIO = 1.10;
    /** Run-to-run spread of the ratio measured on the 2-core reference machine (docs/performance.md). */
    static final double NOISE = 0.20;

    private static final int[] SIZES = {2048, 204800};

    /** What one round times, in turn. */
    private enum Op { ENGINE, BARE, TRANSPORT, ENCODING, STOCK_JACKSON }

    /** Consumed results, so that nothing measured is optimized away. */
    private static volatile long sink;

    private P1OrchestratorCall() {
    }

    public static void main(final String[] args) throws Exception {
        boolean quick = args.length > 0 && args[0].equals("--quick");
        Duration warmup = quick ? Duration.ofSeconds(1) : Duration.ofSeconds(10);
        Duration measure = quick ? Duration.ofSeconds(2) : Duration.ofSeconds(25);
        for (int size : SIZES) {
            try (OrchestratorCalls calls = new OrchestratorCalls(size)) {
                rounds(calls, warmup);
                print(size == 2048 ? "2 KB" : "200 KB", rounds(calls, measure));
            }
        }
    }

    /** Runs rounds until {@code duration} has passed; every call's time in nanoseconds, by what was called. */
    private static Map<Op, long[]> rounds(final OrchestratorCalls calls, final Duration duration) throws Exception {
        Op[] ops = Op.values();
        Map<Op, Samples> samples = new EnumMap<>(Op.class);
        for (Op op : ops) {
            samples.put(op, new Samples());
        }
        long end = System.nanoTime() + duration.toNanos();
        for (int round = 0; System.nanoTime() - end < 0; round++) {
            for (int i = 0; i < ops.length; i++) {
                Op op = ops[(round + i) % ops.length];
                long start = System.nanoTime();
                call(calls, op);
                samples.get(op).add(System.nanoTime() - start);
            }
        }
        Map<Op, long[]> times = new EnumMap<>(Op.class);
        samples.forEach((op, s) -> times.put(op, s.values()));
        return times;
    }

    private static void call(final OrchestratorCalls calls, final Op op) throws Exception {
        long result = switch (op) {
            case ENGINE -> calls.engine().content().length();
            case BARE -> calls.bare().length();
            case TRANSPORT -> calls.transport().bytes().size();
            case ENCODING -> calls.encoding().contentLength();
            case STOCK_JACKSON -> calls.stockJacksonEncoding().length;
        };
        sink += result;
    }

    private static void print(final String label, final Map<Op, long[]> times) {
        Percentiles engine = new Percentiles(times.get(Op.ENGINE));
        Percentiles bare = new Percentiles(times.get(Op.BARE));
        Percentiles transport = new Percentiles(times.get(Op.TRANSPORT));
        Percentiles encoding = new Percentiles(times.get(Op.ENCODING));
        Percentiles stock = new Percentiles(times.get(Op.STOCK_JACKSON));
        double ratio = engine.median() / (double) bare.median();
        new Row("P1 orchestrator call overhead, " + label + " prompt",
                String.format(Locale.ROOT, "%.2fx (p50 engine %s vs bare %s; p99 %s vs %s; %,d interleaved rounds)",
                        ratio, us(engine.median()), us(bare.median()), us(engine.at(99)), us(bare.at(99)),
                        engine.count()),
                String.format(Locale.ROOT, "<= %.2fx p50 (noise %.0f %%)", TARGET_RATIO, NOISE * 100),
                Verdict.atMost(ratio, TARGET_RATIO, NOISE)).print();
        long wait = transport.median() - bare.median();
        long rest = engine.median() - transport.median() - encoding.median();
        Row.info("P1 where the " + label + " overhead goes",
                String.format(Locale.ROOT, "%s transport: call watch for interrupt and deadline (p50 %s);"
                                + " %s encoding the request; %s reply parse and retry bookkeeping",
                        signed(wait), us(transport.median()), signed(encoding.median()), signed(rest))).print();
        double floor = (bare.median() + encoding.median()) / (double) bare.median();
        Row.info("P1 floor at " + label + ": the bare POST plus encoding the request",
                String.format(Locale.ROOT, "%.2fx (bare %s + encoding alone %s; Jackson's stock writer %s): the"
                                + " least an engine that encodes the body before sending it, at this speed, can"
                                + " take%s; the engine is %.2fx this floor",
                        floor, us(bare.median()), us(encoding.median()), us(stock.median()),
                        floor > TARGET_RATIO ? "; the target is below it" : "",
                        engine.median() / (double) (bare.median() + encoding.median()))).print();
    }

    private static String us(final long nanos) {
        return String.format(Locale.ROOT, "%.0f us", nanos / 1e3);
    }

    private static String signed(final long nanos) {
        return String.format(Locale.ROOT, "%+.0f us", nanos / 1e3);
    }

    /** A growing array of durations, without boxing while calls are timed. */
    private static final class Samples {
        private long[] values = new long[4096];
        private int size;

        void add(final long value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        long[] values() {
            return Arrays.copyOf(values, size);
        }
    }
}
