package io.obra.loop;

import io.obra.orchestrator.Prompt;

/**
 * Prompt optimisation: the orchestrator rewrites the user's task into a precise implementer prompt
 * with acceptance criteria. The original task stays in the report next to the result.
 */
final class PromptOptimizer {

    /** A rewrite shorter than this is treated as a refusal or a failure, and the task is used as written. */
    private static final int MIN_LENGTH = 20;

    private PromptOptimizer() {
    }

    static Prompt prompt(final String task) {
        return Prompt.text("""
                You turn a developer's task into a precise prompt for a coding agent that works in the repository
                on its own. Keep the task's intent and scope exactly; do not invent requirements. Write:
                1. the goal in one or two sentences;
                2. concrete steps or constraints the task implies;
                3. acceptance criteria as a checklist, including the tests to add or run.
                Reply with the prompt only, no preamble.""", "Task:\n" + task);
    }

    /** The rewritten prompt, with the original task quoted so nothing of it is lost. */
    static String result(final String task, final String rewrite) {
        String text = rewrite == null ? "" : rewrite.strip();
        if (text.length() < MIN_LENGTH) {
            return task;
        }
        return text + "\n\n(Original task, for reference: " + task + ")";
    }
}
