package io.obra.gate;

import io.obra.config.GateSettings;
import io.obra.validation.Verdict;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * The quality gate: pass when quality ≥ minQuality, confidence ≥ minConfidence and, when a verify
 * command is configured, it exited 0.
 */
public final class Gate {

    private final GateSettings settings;

    public Gate(final GateSettings settings) {
        this.settings = settings;
    }

    /**
     * @param verifyExitCode the verify command's exit code, empty when none is configured
     */
    public GateDecision decide(final Verdict verdict, final OptionalInt verifyExitCode) {
        List<String> reasons = new ArrayList<>();
        if (verdict.quality() < settings.minQuality()) {
            reasons.add("quality " + verdict.quality() + " < " + settings.minQuality());
        }
        if (verdict.confidence() < settings.minConfidence()) {
            reasons.add(String.format(Locale.ROOT, "confidence %.2f < %.2f", verdict.confidence(),
                    settings.minConfidence()));
        }
        if (verifyExitCode.isPresent() && verifyExitCode.getAsInt() != 0) {
            reasons.add("verify command failed (exit code " + verifyExitCode.getAsInt() + ")");
        }
        return new GateDecision(reasons.isEmpty(), reasons);
    }

    public GateSettings settings() {
        return settings;
    }

    /** The gate's answer, with every reason it did not pass. */
    public record GateDecision(boolean passed, List<String> reasons) {
        public GateDecision {
            reasons = List.copyOf(reasons);
        }

        public String describe() {
            return passed ? "passed" : "failed: " + String.join(", ", reasons);
        }
    }
}
