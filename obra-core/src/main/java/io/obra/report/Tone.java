package io.obra.report;

/**
 * How a value reads at a glance: good, bad, a warning, or plain. The Jenkins pages turn it into the
 * colour classes of Jenkins' design library ({@link #cssClass()}), so the plugin's Jelly views carry no
 * decisions of their own.
 */
public enum Tone {
    /** A passed gate, a score at or above its minimum, a budget with room left. */
    SUCCESS("jenkins-!-success-color"),
    /** A failed gate, a score below its minimum, a spent budget. */
    FAILURE("jenkins-!-error-color"),
    /** A run that could not be judged, a budget past its alert threshold. */
    WARNING("jenkins-!-warning-color"),
    /** Nothing to judge. */
    NEUTRAL("");

    private final String cssClass;

    Tone(final String cssClass) {
        this.cssClass = cssClass;
    }

    /** The Jenkins design library's colour class for this tone; empty for {@link #NEUTRAL}. */
    public String cssClass() {
        return cssClass;
    }

    /** The tone of a report outcome: PASSED, FAILED, anything else (ERROR). */
    public static Tone ofOutcome(final String outcome) {
        return switch (outcome) {
            case "PASSED" -> SUCCESS;
            case "FAILED" -> FAILURE;
            default -> WARNING;
        };
    }

    /** SUCCESS when {@code met}, else FAILURE. */
    public static Tone of(final boolean met) {
        return met ? SUCCESS : FAILURE;
    }
}
