package io.obra.validation;

import io.obra.config.RubricSettings;
import io.obra.config.RubricSettings.CriterionSettings;

import java.util.List;
import java.util.Optional;

/**
 * The criteria the orchestrator scores and how they make the overall quality: the weighted mean of
 * the rubric's criteria that the verdict scored. Criteria the rubric does not know are shown but
 * weigh nothing; a verdict without any rubric criterion keeps the model's own overall quality.
 */
public final class Rubric {

    private final RubricSettings settings;

    public Rubric(final RubricSettings settings) {
        this.settings = settings;
    }

    public List<String> names() {
        return settings.criteria().stream().map(CriterionSettings::name).toList();
    }

    public List<CriterionSettings> criteria() {
        return settings.criteria();
    }

    public Optional<String> instructions() {
        return settings.instructions();
    }

    public double weight(final String criterion) {
        return settings.criteria().stream().filter(c -> c.name().equals(criterion)).mapToDouble(CriterionSettings::weight)
                .findFirst().orElse(0);
    }

    /** The per-criterion threshold for the JUnit report, when the rubric sets one. */
    public Optional<Integer> minScore(final String criterion) {
        return settings.criteria().stream().filter(c -> c.name().equals(criterion)).findFirst()
                .flatMap(CriterionSettings::minScore);
    }

    /** The verdict with its quality recomputed as the weighted mean of its rubric criteria. */
    public Verdict weigh(final Verdict verdict) {
        double weighted = 0;
        double total = 0;
        for (Criterion c : verdict.criteria()) {
            double w = weight(c.name());
            weighted += w * c.score();
            total += w;
        }
        if (total <= 0) {
            return verdict;
        }
        int quality = (int) Math.round(weighted / total);
        return new Verdict(quality, verdict.confidence(), verdict.summary(), verdict.criteria(), verdict.findings());
    }
}
