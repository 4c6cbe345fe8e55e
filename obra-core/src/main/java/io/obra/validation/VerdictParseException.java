package io.obra.validation;

/**
 * The orchestrator's reply is not a usable verdict. The message says what was expected and what came
 * (a short excerpt of the reply); the loop re-asks once with it, then fails the run with it.
 */
public final class VerdictParseException extends Exception {

    private static final long serialVersionUID = 1L;

    public VerdictParseException(final String message) {
        super(message);
    }
}
