package io.obra.cost;

import java.util.Objects;

/**
 * What a call will cost at most, estimated before it is made.
 *
 * @param model        the model the estimate is for
 * @param promptTokens tokens of the prompt (messages, schema and chat-format overhead)
 * @param outputTokens the most output tokens the call may produce
 * @param cost         the price of both; unknown when the model has no price
 */
public record CallEstimate(String model, long promptTokens, long outputTokens, Cost cost) {

    public CallEstimate {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(cost, "cost");
    }
}
