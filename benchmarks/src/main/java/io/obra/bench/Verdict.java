package io.obra.bench;

/** How a measured value compares with its target, allowing for the stated noise margin. */
public enum Verdict {
    /** The target is met. */
    PASS,
    /** The target is missed, but by no more than the noise margin: not a failure of run.sh. */
    NOISE,
    /** The target is missed by more than the noise margin: run.sh exits non-zero. */
    MISS;

    /**
     * For a target that the value must not exceed.
     *
     * @param margin relative noise margin, e.g. 0.05 for 5 %
     */
    public static Verdict atMost(final double value, final double limit, final double margin) {
        if (value <= limit) {
            return PASS;
        }
        return value <= limit * (1 + margin) ? NOISE : MISS;
    }

    /** For a target that the value must reach. */
    public static Verdict atLeast(final double value, final double floor, final double margin) {
        if (value >= floor) {
            return PASS;
        }
        return value >= floor * (1 - margin) ? NOISE : MISS;
    }

    /** For a yes/no target (no noise: counts and outcomes are exact). */
    public static Verdict of(final boolean met) {
        return met ? PASS : MISS;
    }

    /** The worse of two verdicts. */
    public Verdict and(final Verdict other) {
        return ordinal() >= other.ordinal() ? this : other;
    }
}
