package io.obra.loop;

/**
 * A run that cannot go on: provider, implementer, git, budget or configuration failure. Ends the run
 * as {@link io.obra.gate.Outcome#ERROR}; the message is the user's explanation and fix.
 */
final class RunError extends Exception {

    private static final long serialVersionUID = 1L;

    RunError(final String message) {
        super(message);
    }
}
