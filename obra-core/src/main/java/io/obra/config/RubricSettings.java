package io.obra.config;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The criteria the orchestrator scores, their weights in the overall quality, and extra instructions.
 */
public record RubricSettings(List<CriterionSettings> criteria, Optional<String> instructions) {

    public RubricSettings {
        criteria = List.copyOf(criteria);
        Objects.requireNonNull(instructions, "instructions");
    }

    public static RubricSettings defaults() {
        return new RubricSettings(List.of(
                new CriterionSettings("correctness", 3, "Does the change do what the task asks, without bugs?", Optional.empty()),
                new CriterionSettings("completeness", 2, "Is every part of the task done?", Optional.empty()),
                new CriterionSettings("tests", 2, "Are there tests that would fail without the change, and do they pass?", Optional.empty()),
                new CriterionSettings("code_quality", 1, "Readable, idiomatic, maintainable code?", Optional.empty()),
                new CriterionSettings("security", 2, "No injection, secrets, unsafe input handling or weakened checks?", Optional.empty()),
                new CriterionSettings("scope_discipline", 1, "Only what the task needs; no unrelated edits?", Optional.empty())),
                Optional.empty());
    }

    /**
     * @param weight   relative weight in the overall quality (≥ 0)
     * @param minScore per-criterion threshold for the JUnit report; empty means the gate's min quality
     */
    public record CriterionSettings(String name, double weight, String description, Optional<Integer> minScore) {
        public CriterionSettings {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(description, "description");
            Objects.requireNonNull(minScore, "minScore");
            if (Double.isNaN(weight) || weight < 0) {
                throw new IllegalArgumentException("weight of " + name + " must be >= 0, got " + weight);
            }
        }
    }
}
