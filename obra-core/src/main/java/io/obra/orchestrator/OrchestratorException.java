package io.obra.orchestrator;

import java.util.List;

/**
 * An orchestrator call that failed for good: after retries and fallbacks, or at once for errors no
 * retry can fix. The message names the endpoint and what to do; it never contains a key.
 */
public class OrchestratorException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why the call failed. */
    public enum Kind {
        /** 401/403: the key was rejected or lacks permission. */
        AUTHENTICATION,
        /** 404: model or endpoint not found (Ollama: model not pulled). */
        NOT_FOUND,
        /** 400/422: the request was refused as invalid. */
        BAD_REQUEST,
        /** 429 after retries, or a quota that no wait fixes. */
        RATE_LIMITED,
        /** 5xx after retries. */
        SERVER_ERROR,
        /** Connection refused or reset, DNS failure. */
        UNREACHABLE,
        /** Read timeout or the call's deadline passed. */
        TIMEOUT,
        /** A response that is not the JSON the API documents, or truncated. */
        MALFORMED_RESPONSE,
        /** The model refused or returned content that does not match the schema. */
        INVALID_CONTENT,
        /** The configuration cannot work (e.g. unknown provider, missing key). */
        CONFIGURATION
    }

    private final Kind kind;
    private final String endpoint;
    private final List<Attempt> attempts;

    public OrchestratorException(final Kind kind, final String endpoint, final String message,
                                 final List<Attempt> attempts, final Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.endpoint = endpoint;
        this.attempts = List.copyOf(attempts);
    }

    public OrchestratorException(final Kind kind, final String endpoint, final String message,
                                 final List<Attempt> attempts) {
        this(kind, endpoint, message, attempts, null);
    }

    public Kind kind() {
        return kind;
    }

    public String endpoint() {
        return endpoint;
    }

    public List<Attempt> attempts() {
        return attempts;
    }
}
