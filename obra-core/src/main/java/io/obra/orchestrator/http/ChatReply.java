package io.obra.orchestrator.http;

import io.obra.orchestrator.TokenUsage;

import java.util.Objects;

/**
 * A provider's successful chat reply, before it becomes a {@link io.obra.orchestrator.Completion}.
 *
 * @param content the message text
 * @param model   the model that answered, as the API reported it
 * @param usage   tokens of this call
 */
public record ChatReply(String content, String model, TokenUsage usage) {

    public ChatReply {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(usage, "usage");
    }
}
