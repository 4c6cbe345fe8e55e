package io.obra.gate;

/**
 * How a run ended. ERROR (a provider, implementer or budget failure) is never reported as a failed gate.
 */
public enum Outcome {
    /** The gate passed. */
    PASSED,
    /** The gate did not pass within the iterations and budget. */
    FAILED,
    /** The run could not be judged: orchestrator, implementer, configuration or budget error. */
    ERROR
}
