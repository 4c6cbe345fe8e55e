package io.obra.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Combines several sampled verdicts of the same evidence into one.
 *
 * <p>Formula (also in docs/validation.md): with sampled qualities q₁…qₖ and self-reported confidences
 * c₁…cₖ, the quality is round(mean q), and
 * {@code confidence = mean(c) × agreement}, where {@code agreement = max(0, 1 − σ(q) / 25)} and σ is
 * the population standard deviation of the qualities. Samples that agree to within a few points keep
 * the model's confidence; a spread of 25 points or more means the verdict is a coin toss (confidence 0).
 * Criteria scores are averaged per name; the summary and findings come from the sample closest to
 * the mean quality, so they describe a verdict that was actually given.
 */
public final class SelfConsistency {

    /** σ of the sampled qualities at which agreement reaches 0. */
    static final double NO_AGREEMENT_SPREAD = 25.0;

    private SelfConsistency() {
    }

    public static Verdict combine(final List<Verdict> samples) {
        if (samples.isEmpty()) {
            throw new IllegalArgumentException("no samples to combine");
        }
        if (samples.size() == 1) {
            return samples.get(0);
        }
        double meanQuality = samples.stream().mapToInt(Verdict::quality).average().orElse(0);
        double meanConfidence = samples.stream().mapToDouble(Verdict::confidence).average().orElse(0);
        double confidence = meanConfidence * agreement(samples);
        Verdict representative = samples.stream()
                .min(Comparator.comparingDouble(v -> Math.abs(v.quality() - meanQuality))).orElseThrow();
        return new Verdict((int) Math.round(meanQuality), clamp(confidence), representative.summary(),
                averageCriteria(samples, representative), representative.findings());
    }

    /** 1 when all samples give the same quality, 0 when their spread is {@value #NO_AGREEMENT_SPREAD} points or more. */
    public static double agreement(final List<Verdict> samples) {
        double mean = samples.stream().mapToInt(Verdict::quality).average().orElse(0);
        double variance = samples.stream().mapToDouble(v -> Math.pow(v.quality() - mean, 2)).average().orElse(0);
        return Math.max(0, 1 - Math.sqrt(variance) / NO_AGREEMENT_SPREAD);
    }

    private static List<Criterion> averageCriteria(final List<Verdict> samples, final Verdict representative) {
        Map<String, List<Integer>> scores = new LinkedHashMap<>();
        for (Verdict v : samples) {
            for (Criterion c : v.criteria()) {
                scores.computeIfAbsent(c.name(), k -> new ArrayList<>()).add(c.score());
            }
        }
        List<Criterion> result = new ArrayList<>();
        for (Map.Entry<String, List<Integer>> e : scores.entrySet()) {
            int score = (int) Math.round(e.getValue().stream().mapToInt(Integer::intValue).average().orElse(0));
            String rationale = representative.criteria().stream().filter(c -> c.name().equals(e.getKey()))
                    .map(Criterion::rationale).findFirst().orElse("");
            result.add(new Criterion(e.getKey(), score, rationale));
        }
        return result;
    }

    private static double clamp(final double value) {
        return Math.max(0, Math.min(1, value));
    }
}
