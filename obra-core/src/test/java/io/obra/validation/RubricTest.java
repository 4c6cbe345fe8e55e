package io.obra.validation;

import io.obra.config.RubricSettings;
import io.obra.config.RubricSettings.CriterionSettings;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class RubricTest {

    private final Rubric rubric = new Rubric(new RubricSettings(List.of(
            new CriterionSettings("correctness", 3, "works", Optional.empty()),
            new CriterionSettings("tests", 1, "tested", Optional.of(60))), Optional.empty()));

    @Test
    void overallQualityIsTheWeightedMeanOfRubricCriteria() {
        Verdict v = new Verdict(99, 0.8, "", List.of(new Criterion("correctness", 80, ""), new Criterion("tests", 40, ""),
                new Criterion("vibes", 0, "not in the rubric")), List.of());

        assertThat(rubric.weigh(v).quality()).isEqualTo(70); // (3*80 + 1*40) / 4
    }

    @Test
    void keepsTheModelsQualityWhenNoRubricCriterionWasScored() {
        Verdict v = new Verdict(77, 0.8, "", List.of(new Criterion("vibes", 10, "")), List.of());

        assertThat(rubric.weigh(v).quality()).isEqualTo(77);
    }

    @Test
    void knowsPerCriterionThresholds() {
        assertThat(rubric.minScore("tests")).contains(60);
        assertThat(rubric.minScore("correctness")).isEmpty();
    }

    @Test
    void defaultRubricHasTheSixCriteria() {
        assertThat(new Rubric(RubricSettings.defaults()).names()).containsExactly("correctness", "completeness",
                "tests", "code_quality", "security", "scope_discipline");
    }
}
