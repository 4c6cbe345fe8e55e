package io.obra.loop;

/**
 * One Obra run: budget check, optional prompt optimisation, implementer, evidence, validation, gate,
 * feedback, report (ARCHITECTURE.md, steps 1–8).
 */
public final class OrchestrationLoop {

    private final RunEnvironment environment;

    public OrchestrationLoop(final RunEnvironment environment) {
        this.environment = environment;
    }

    /**
     * Runs to the end. Never throws for a provider, implementer or budget failure: those end as
     * {@link io.obra.gate.Outcome#ERROR} with a message, and the report is written in every case.
     *
     * @throws InterruptedException when the run was aborted; the implementer's processes are killed
     */
    public RunResult run(final RunRequest request) throws InterruptedException {
        throw new UnsupportedOperationException("the orchestration loop is being written (issue 4)");
    }
}
