package io.obra.validation;

import java.util.Objects;

/** One rubric criterion's score (0–100) and the orchestrator's reason for it. */
public record Criterion(String name, int score, String rationale) {

    public Criterion {
        Objects.requireNonNull(name, "name");
        if (score < 0 || score > 100) {
            throw new IllegalArgumentException("score of " + name + " must be 0-100, got " + score);
        }
        Objects.requireNonNull(rationale, "rationale");
    }
}
