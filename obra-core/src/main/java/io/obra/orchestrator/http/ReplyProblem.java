package io.obra.orchestrator.http;

import io.obra.orchestrator.OrchestratorException.Kind;

/**
 * A 2xx response whose body cannot be used: not the documented JSON, truncated, a refusal. Not retried;
 * the message says what was expected and what came.
 */
public final class ReplyProblem extends Exception {

    private static final long serialVersionUID = 1L;

    private final Kind kind;
    private final String outcome;

    /**
     * @param kind    {@code MALFORMED_RESPONSE} or {@code INVALID_CONTENT} (or {@code SERVER_ERROR} for an error in a 200)
     * @param outcome short reason for the attempt record, e.g. {@code malformed_response}, {@code refusal}
     * @param message what is wrong, naming the endpoint; never a key
     */
    public ReplyProblem(final Kind kind, final String outcome, final String message) {
        super(message);
        this.kind = kind;
        this.outcome = outcome;
    }

    public Kind kind() {
        return kind;
    }

    public String outcome() {
        return outcome;
    }
}
