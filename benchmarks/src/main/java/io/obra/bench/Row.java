package io.obra.bench;

import java.util.Objects;

/**
 * One line of the result table. Each benchmark prints its rows with a marker that run.sh collects,
 * so the table comes from one run of every benchmark.
 *
 * @param benchmark what was measured, e.g. {@code P1 orchestrator call, 2 KB}
 * @param measured  the value and what it was computed from
 * @param target    the target and its noise margin
 * @param verdict   the comparison
 */
public record Row(String benchmark, String measured, String target, Verdict verdict) {

    /** The prefix run.sh greps for. */
    public static final String MARKER = "@@row";

    public Row {
        Objects.requireNonNull(benchmark, "benchmark");
        Objects.requireNonNull(measured, "measured");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(verdict, "verdict");
    }

    /** A row without a target, shown for context. */
    public static Row info(final String benchmark, final String measured) {
        return new Row(benchmark, measured, "(info)", Verdict.PASS);
    }

    /** Prints the row for run.sh: marker and fields separated by {@code |}. */
    public void print() {
        System.out.println(String.join("|", MARKER, clean(benchmark), clean(measured), clean(target),
                target.equals("(info)") ? "info" : verdict.name()));
        System.out.flush();
    }

    private static String clean(final String field) {
        return field.replace('|', '/').replace('\n', ' ');
    }
}
