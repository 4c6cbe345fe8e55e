package io.obra.bench;

import io.obra.orchestrator.Prompt;
import io.obra.testing.DiffCorpus;
import io.obra.testing.OrchestratorFixtures;

import java.nio.charset.StandardCharsets;

/** Validation-shaped prompts of a chosen size: a reviewer's instructions and a real-looking diff. */
public final class BenchPrompts {

    private static final String SYSTEM = "You are a strict code reviewer for a CI quality gate. Judge the change "
            + "against the task, score it 0-100 with a confidence 0-1, rate each criterion with a rationale, and list "
            + "findings with severity, file, line and message. Reply only with the JSON the schema describes.";

    private BenchPrompts() {
    }

    /** A structured verdict prompt whose system and user text together take {@code bytes} UTF-8 bytes. */
    public static Prompt ofSize(final int bytes) {
        String diff = DiffCorpus.named("feature-with-tests").diff();
        StringBuilder user = new StringBuilder("## Task\nAdd input validation to UserController, with tests.\n\n"
                + "## Change\n");
        int room = bytes - SYSTEM.getBytes(StandardCharsets.UTF_8).length;
        while (user.length() < room) {
            user.append(diff, 0, Math.min(diff.length(), room - user.length()));
        }
        String text = user.toString();
        while (text.getBytes(StandardCharsets.UTF_8).length > room) {
            text = text.substring(0, text.length() - 1);
        }
        return Prompt.structured(SYSTEM, text, "obra_verdict", OrchestratorFixtures.schema());
    }
}
