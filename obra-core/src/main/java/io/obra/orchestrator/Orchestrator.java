package io.obra.orchestrator;

/**
 * An LLM that validates and scores the implementer's work. One instance per configured provider and
 * model chain; thread-safe; created by an {@link OrchestratorProvider}.
 */
public interface Orchestrator {

    /** Provider id, e.g. {@code openai}. */
    String provider();

    /** The primary model, exactly as configured. */
    String model();

    /** The endpoint root, for messages (never contains a key). */
    String endpoint();

    /**
     * Sends the prompt and returns the structured reply, after retries and the fallback chain.
     *
     * @throws OrchestratorException when every attempt failed; it carries every attempt made
     * @throws InterruptedException  when the calling thread was interrupted (the call is cancelled)
     */
    Completion complete(Prompt prompt) throws OrchestratorException, InterruptedException;

    /** Checks that the endpoint answers and the model is available (doctor, "Test connection"). */
    HealthCheck check() throws InterruptedException;
}
