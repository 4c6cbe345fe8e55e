package io.obra.loop;

import io.obra.config.ObraConfig;
import io.obra.cost.BudgetExceededException;
import io.obra.cost.BudgetGuard;
import io.obra.cost.CostTracker;
import io.obra.implementer.ClaudeCodeImplementer;
import io.obra.implementer.Implementer;
import io.obra.implementer.ImplementerException;
import io.obra.implementer.ImplementerRequest;
import io.obra.implementer.ImplementerResult;
import io.obra.port.BuildLog;
import io.obra.privacy.SecretMasker;

import java.util.Optional;

/**
 * The implementer side of the loop: one Claude Code session across iterations (later rounds resume
 * it with the feedback), each round paid for and checked against the budget first.
 */
final class ImplementerRound {

    private final Implementer implementer;
    private final BuildLog log;
    private final CostTracker costs;
    private final BudgetGuard budget;
    private final RunState state;
    private Optional<String> session = Optional.empty();

    ImplementerRound(final RunEnvironment env, final ObraConfig config, final String artifactDir,
                     final SecretMasker masker, final BuildLog log, final CostTracker costs, final BudgetGuard budget,
                     final RunState state) {
        this.implementer = new ClaudeCodeImplementer(env.launcher(), env.workspace(), log, config.agent(),
                env.claudeCredential(), masker, env.claudeConfigDir(), env.clock(), artifactDir);
        this.log = log;
        this.costs = costs;
        this.budget = budget;
        this.state = state;
    }

    ImplementerResult run(final String prompt, final int iteration) throws RunError, InterruptedException {
        try {
            budget.beforeImplementer(iteration);
        } catch (BudgetExceededException e) {
            throw new RunError(e.getMessage());
        }
        log.info("obra: iteration " + iteration + " — " + (session.isPresent() ? "resuming the Claude Code session "
                + "with the reviewer's feedback" : "running Claude Code on the task"));
        ImplementerResult result;
        try {
            result = implementer.implement(new ImplementerRequest(prompt, session, iteration));
        } catch (ImplementerException e) {
            e.partialResult().ifPresent(partial -> {
                costs.recordImplementer(iteration, partial.model(), partial.costUsd());
                state.iterations.add(new IterationRecord(iteration, Optional.of(partial), Optional.empty(),
                        Optional.empty(), Optional.empty(), partial.costUsd(), Optional.empty(), Optional.empty(), 0));
            });
            throw new RunError("implementer: " + e.getMessage());
        }
        session = Optional.of(result.sessionId());
        costs.recordImplementer(iteration, result.model(), result.costUsd());
        for (String denial : result.permissionDenials()) {
            state.warnings.add("iteration " + iteration + ": Claude Code was denied " + denial);
        }
        return result;
    }
}
