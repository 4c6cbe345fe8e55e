package io.obra.report;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import static io.obra.report.ReportFacts.usd;

/**
 * What one build's Obra runs add up to, for the build badge and the job's trend chart. A build may run
 * Obra more than once; the weakest run speaks for it: the worst outcome (ERROR, then FAILED, then PASSED),
 * the lowest quality and the lowest confidence among the judged runs, and the sum of all costs.
 *
 * @param runs         how many Obra runs the build had
 * @param outcome      the worst outcome: {@code ERROR}, {@code FAILED} or {@code PASSED}
 * @param quality      the lowest final quality of a judged run; empty when no run was judged
 * @param confidence   the lowest final confidence of a judged run; empty when no run was judged
 * @param costUsd      the known cost of all runs
 * @param costComplete false when some part of some run had no known price ({@code costUsd} is then a floor)
 */
public record BuildScores(int runs, String outcome, Optional<Integer> quality, Optional<Double> confidence,
                          double costUsd, boolean costComplete) {

    private static final List<String> WORST_FIRST = List.of("ERROR", "FAILED", "PASSED");

    public BuildScores {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(quality, "quality");
        Objects.requireNonNull(confidence, "confidence");
    }

    /** The scores of a build's reports, in run order. */
    public static BuildScores of(final List<Report> reports) {
        if (reports.isEmpty()) {
            throw new IllegalArgumentException("a build's scores need at least one Obra report");
        }
        String outcome = "PASSED";
        Optional<Integer> quality = Optional.empty();
        Optional<Double> confidence = Optional.empty();
        double cost = 0;
        boolean complete = true;
        for (Report r : reports) {
            if (rank(r.outcome()) < rank(outcome)) {
                outcome = r.outcome();
            }
            if (r.finalVerdict().isPresent()) {
                quality = Optional.of(quality.map(q -> Math.min(q, r.quality())).orElse(r.quality()));
                confidence = Optional.of(confidence.map(c -> Math.min(c, r.confidence())).orElse(r.confidence()));
            }
            complete &= r.totals().costUsd().isPresent();
            cost += r.totals().costUsd().orElse(r.totals().implementerCostUsd()
                    + r.totals().orchestratorCostUsd().orElse(0.0));
        }
        return new BuildScores(reports.size(), outcome, quality, confidence, cost, complete);
    }

    /** Whether any run was judged, i.e. the build has a point on the quality and confidence trend. */
    public boolean judged() {
        return quality.isPresent();
    }

    /** The quality for the trend (0 when not judged). */
    public int trendQuality() {
        return quality.orElse(0);
    }

    /** The confidence ×100 for the trend, so it shares the quality's 0–100 axis. */
    public int trendConfidence() {
        return (int) Math.round(confidence.orElse(0.0) * 100);
    }

    /** The cost in US cents for the trend (the chart's values are integers). */
    public int trendCostCents() {
        return (int) Math.round(costUsd * 100);
    }

    /** The tone of the outcome. */
    public Tone tone() {
        return Tone.ofOutcome(outcome);
    }

    /**
     * The badge's tooltip, e.g. {@code Obra: Quality gate passed · quality 92 · confidence 0.90 · cost $0.4325},
     * or for several runs {@code 2 Obra runs: Quality gate failed · lowest quality 61 · …}.
     */
    public String tooltip() {
        StringBuilder text = new StringBuilder(runs == 1 ? "Obra: " : runs + " Obra runs: ");
        text.append(ReportView.title(outcome));
        String lowest = runs == 1 ? "" : "lowest ";
        quality.ifPresent(q -> text.append(" · ").append(lowest).append("quality ").append(q));
        confidence.ifPresent(c -> text.append(" · ").append(lowest).append("confidence ")
                .append(ReportFacts.confidence(c)));
        text.append(" · cost ").append(costComplete ? "" : "at least ").append(usd(costUsd));
        return text.toString();
    }

    private static int rank(final String outcome) {
        int rank = WORST_FIRST.indexOf(outcome);
        return rank < 0 ? 0 : rank;
    }
}
