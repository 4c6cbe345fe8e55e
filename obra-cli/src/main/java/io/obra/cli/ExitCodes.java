package io.obra.cli;

import io.obra.gate.Outcome;

/** The exit codes of {@code obra}, part of its contract with CI scripts (docs/cli.md). */
final class ExitCodes {

    /** The gate passed; for other commands: everything is fine. */
    static final int PASSED = 0;
    /** The gate failed (quality or confidence short after all iterations); {@code doctor}: a check failed. */
    static final int GATE_FAILED = 1;
    /** Bad usage or configuration: unknown flag, missing argument, invalid {@code .obra.yml}. */
    static final int USAGE = 2;
    /** The run could not be judged: orchestrator, implementer or budget error. */
    static final int RUN_ERROR = 3;
    /** Interrupted (Ctrl-C, SIGTERM), as shells report 128 + SIGINT. */
    static final int INTERRUPTED = 130;

    private ExitCodes() {
    }

    static int of(final Outcome outcome) {
        return switch (outcome) {
            case PASSED -> PASSED;
            case FAILED -> GATE_FAILED;
            default -> RUN_ERROR; // ERROR
        };
    }
}
