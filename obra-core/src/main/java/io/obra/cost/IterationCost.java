package io.obra.cost;

import java.util.Objects;

/**
 * What one iteration of the loop cost.
 *
 * @param iteration    1-based iteration number
 * @param implementer  the Claude Code round, as the CLI reported it
 * @param orchestrator every orchestrator call of the iteration (prompt optimisation, validation,
 *                     retries that were billed), tokens plus GPU time
 */
public record IterationCost(int iteration, Cost implementer, Cost orchestrator) {

    public IterationCost {
        Objects.requireNonNull(implementer, "implementer");
        Objects.requireNonNull(orchestrator, "orchestrator");
    }

    public Cost total() {
        return implementer.plus(orchestrator);
    }
}
