package io.obra.orchestrator;

import java.util.List;
import java.util.Objects;

/**
 * The orchestrator's reply and what it took.
 *
 * @param content  the message text (the JSON document for a structured prompt)
 * @param provider the provider that answered (differs from the configured one after a fallback)
 * @param model    the model that answered, as reported by the API
 * @param usage    tokens of the successful call
 * @param attempts every attempt, failed ones included, in order
 * @param durationMs wall time of the whole call including retries
 */
public record Completion(String content, String provider, String model, TokenUsage usage, List<Attempt> attempts,
                         long durationMs) {

    public Completion {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(usage, "usage");
        attempts = List.copyOf(attempts);
    }
}
