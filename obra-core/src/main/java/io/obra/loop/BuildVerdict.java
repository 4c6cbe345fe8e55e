package io.obra.loop;

import io.obra.config.GateSettings;
import io.obra.config.OnFail;
import io.obra.gate.Outcome;

import java.util.Locale;
import java.util.Objects;

/**
 * What a finished run does to the build that ran it: a passed gate leaves it alone, a failed gate sets the
 * result its {@code on_fail} names, and an {@link Outcome#ERROR} (provider, implementer, configuration or
 * budget failure) fails the build with the error, never as a failed gate.
 *
 * @param status  the build result to apply
 * @param message one line for the console and, when the build stops, the failure cause
 */
public record BuildVerdict(Status status, String message) {

    /** The build result a run asks for. */
    public enum Status {
        /** The gate passed: nothing to change. */
        SUCCESS,
        /** The gate failed and {@code on_fail} is {@code unstable}: mark the build, carry on. */
        UNSTABLE,
        /** The gate failed and {@code on_fail} is {@code failure}: stop the build. */
        FAILURE,
        /** The run could not judge the change: stop the build with the error. */
        ERROR
    }

    public BuildVerdict {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(message, "message");
    }

    /** Whether the build step must fail (rather than only mark the build). */
    public boolean stopsBuild() {
        return status == Status.FAILURE || status == Status.ERROR;
    }

    /** The verdict of a run under the gate it ran with. */
    public static BuildVerdict of(final RunResult result, final GateSettings gate) {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(gate, "gate");
        return switch (result.outcome()) {
            case PASSED -> new BuildVerdict(Status.SUCCESS, "Obra quality gate passed: " + scores(result, gate));
            case FAILED -> failed(result, gate);
            case ERROR -> new BuildVerdict(Status.ERROR, "Obra could not judge the change: "
                    + result.error().filter(e -> !e.isBlank()).orElse("the run ended with an error but gave no reason"));
        };
    }

    private static BuildVerdict failed(final RunResult result, final GateSettings gate) {
        Status status = gate.onFail() == OnFail.UNSTABLE ? Status.UNSTABLE : Status.FAILURE;
        return new BuildVerdict(status, "Obra quality gate failed: " + scores(result, gate)
                + "; the build is marked " + status.name() + " (on_fail: " + gate.onFail().name().toLowerCase(Locale.ROOT)
                + ")");
    }

    private static String scores(final RunResult result, final GateSettings gate) {
        return String.format(Locale.ROOT,
                "quality %d (minimum %d), confidence %.2f (minimum %.2f), %d iteration%s, cost $%.4f",
                result.quality(), gate.minQuality(), result.confidence(), gate.minConfidence(), result.iterations(),
                result.iterations() == 1 ? "" : "s", result.costUsd());
    }
}
