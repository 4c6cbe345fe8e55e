package io.obra.implementer;

/** The coding agent that changes the workspace: today the Claude Code CLI. */
public interface Implementer {

    /**
     * Runs one implementer round to its end.
     *
     * @throws ImplementerException when the run failed (binary missing, API error, max turns, stall, timeout)
     * @throws InterruptedException when the caller was interrupted; the process tree has been killed
     */
    ImplementerResult implement(ImplementerRequest request) throws ImplementerException, InterruptedException;
}
