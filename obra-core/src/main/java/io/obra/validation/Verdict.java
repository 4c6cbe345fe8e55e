package io.obra.validation;

import java.util.List;
import java.util.Objects;

/**
 * The orchestrator's judgement of one iteration, in the shape of the structured-output schema.
 *
 * @param quality    overall quality 0–100
 * @param confidence 0–1
 * @param summary    one paragraph
 * @param criteria   per-criterion scores with rationale
 * @param findings   problems found, most severe first
 */
public record Verdict(int quality, double confidence, String summary, List<Criterion> criteria,
                      List<Finding> findings) {

    public Verdict {
        if (quality < 0 || quality > 100) {
            throw new IllegalArgumentException("quality must be 0-100, got " + quality);
        }
        if (Double.isNaN(confidence) || confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence must be 0-1, got " + confidence);
        }
        Objects.requireNonNull(summary, "summary");
        criteria = List.copyOf(criteria);
        findings = List.copyOf(findings);
    }
}
