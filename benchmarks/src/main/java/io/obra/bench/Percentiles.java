package io.obra.bench;

import java.util.Arrays;

/** Nearest-rank percentiles of a sample of durations. */
public final class Percentiles {

    private final long[] sorted;

    public Percentiles(final long[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no samples");
        }
        this.sorted = values.clone();
        Arrays.sort(sorted);
    }

    /** The value at {@code p} (0–100), nearest rank. */
    public long at(final double p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    public long median() {
        return at(50);
    }

    public long min() {
        return sorted[0];
    }

    public long max() {
        return sorted[sorted.length - 1];
    }

    public int count() {
        return sorted.length;
    }
}
