package io.obra.report;

import io.obra.report.Report.CriterionInfo;
import io.obra.report.Report.FindingInfo;
import io.obra.report.Report.ImplementerInfo;
import io.obra.report.Report.IterationReport;
import io.obra.report.Report.OrchestratorInfo;
import io.obra.report.Report.VerdictInfo;
import io.obra.report.Report.VerifyInfo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import static io.obra.report.ReportFacts.count;
import static io.obra.report.ReportFacts.plural;
import static io.obra.report.ReportFacts.usd;

/**
 * One report as the Jenkins build pages show it: every value is already a display string, a row or a
 * {@link Tone}, so the Jelly views only print (escaped) and loop. Strings are the report's untrusted text
 * with control characters removed; escaping is the view's job.
 *
 * @param readable       false when the stored report could not be read ({@link #unreadable(String)})
 * @param title          e.g. "Quality gate passed"
 * @param outcome        {@code PASSED}, {@code FAILED} or {@code ERROR} (empty when unreadable)
 * @param quality        the final quality against the gate's minimum
 * @param confidence     the final confidence against the gate's minimum
 * @param cost           e.g. {@code $0.4325}, or {@code unknown}
 * @param iterationCount how many implementer/verdict rounds ran
 * @param summary        the final verdict's summary, empty when there is none
 * @param error          why the run could not be judged (or the report not read), empty otherwise
 * @param task           the task, empty in review mode
 * @param prompt         the optimised implementer prompt, empty when not optimised
 * @param facts          label/value rows about the run (id, mode, costs, tokens, privacy, context)
 * @param criteria       the final verdict's criteria
 * @param findings       the final verdict's findings, most severe first
 * @param iterations     one row per round
 * @param warnings       budget alerts, unpinned models, …
 */
public record ReportView(boolean readable, String title, String outcome, Tone tone, Score quality, Score confidence,
                         String cost, int iterationCount, String duration, String summary, String error, String task,
                         String prompt, List<Fact> facts, List<CriterionRow> criteria, List<FindingRow> findings,
                         List<IterationRow> iterations, List<String> warnings) {

    private static final String NONE = "–";

    public ReportView {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(tone, "tone");
        Objects.requireNonNull(quality, "quality");
        Objects.requireNonNull(confidence, "confidence");
        Objects.requireNonNull(cost, "cost");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(error, "error");
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(prompt, "prompt");
        facts = List.copyOf(facts);
        criteria = List.copyOf(criteria);
        findings = List.copyOf(findings);
        iterations = List.copyOf(iterations);
        warnings = List.copyOf(warnings);
    }

    /** A score and the minimum the gate asked for; {@code value} is "–" when the run was never judged. */
    public record Score(String value, String minimum, Tone tone) {
    }

    /** One label/value row. */
    public record Fact(String label, String value) {
    }

    /**
     * One criterion of the final verdict.
     *
     * @param result "pass" or "below"
     */
    public record CriterionRow(String name, String score, String minimum, String weight, String result, Tone tone,
                               String rationale) {
    }

    /**
     * One finding.
     *
     * @param location {@code file:line}, {@code file}, or "–"
     */
    public record FindingRow(String severity, Tone tone, String location, String message) {
    }

    /**
     * One implementer → verify → verdict round.
     *
     * @param implementer e.g. "claude-sonnet-4-5 · 12 turns · $0.4200", "–" in review mode
     * @param verify      e.g. "exit code 0 · 20.0 s", "–" without a verify command
     * @param orchestrator e.g. "openai gpt-4o-mini-2024-07-18 · 2 attempts · $0.0125"
     */
    public record IterationRow(String number, String result, Tone tone, String quality, String confidence,
                               String implementer, String verify, Tone verifyTone, String orchestrator,
                               String findings) {
    }

    /** The view of a report. */
    public static ReportView of(final Report report) {
        boolean judged = report.finalVerdict().isPresent();
        Score quality = new Score(judged ? String.valueOf(report.quality()) : NONE,
                String.valueOf(report.gate().minQuality()),
                judged ? Tone.of(report.quality() >= report.gate().minQuality()) : Tone.NEUTRAL);
        Score confidence = new Score(judged ? ReportFacts.confidence(report.confidence()) : NONE,
                ReportFacts.confidence(report.gate().minConfidence()),
                judged ? Tone.of(report.confidence() >= report.gate().minConfidence()) : Tone.NEUTRAL);
        return new ReportView(true, title(report.outcome()), report.outcome(), Tone.ofOutcome(report.outcome()),
                quality, confidence, usd(report.totals().costUsd()), report.iterations().size(),
                ReportFacts.duration(report.totals().durationMs()),
                clean(report.finalVerdict().map(VerdictInfo::summary).orElse("")), clean(report.error().orElse("")),
                clean(report.task().orElse("")), clean(report.prompt().orElse("")), facts(report), criteria(report),
                findings(report), iterations(report), report.warnings().stream().map(ReportView::clean).toList());
    }

    /** What the pages show when a stored report cannot be read (corrupt, or from a newer Obra). */
    public static ReportView unreadable(final String reason) {
        Score none = new Score(NONE, NONE, Tone.NEUTRAL);
        return new ReportView(false, "Report cannot be shown", "", Tone.WARNING, none, none, "unknown", 0, NONE, "",
                clean(reason), "", "", List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /**
     * One line for a build page or a tooltip, e.g.
     * {@code quality 92 (min 80) · confidence 0.90 (min 0.60) · 1 iteration · cost $0.4325}.
     */
    public String scoreLine() {
        if (!readable) {
            return error;
        }
        return "quality " + quality.value() + " (min " + quality.minimum() + ") · confidence " + confidence.value()
                + " (min " + confidence.minimum() + ") · " + plural(iterationCount, "iteration", "iterations")
                + " · cost " + cost;
    }

    static String title(final String outcome) {
        return switch (outcome) {
            case "PASSED" -> "Quality gate passed";
            case "FAILED" -> "Quality gate failed";
            default -> "Could not judge the change";
        };
    }

    private static List<Fact> facts(final Report r) {
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact("Run", clean(r.runId())));
        facts.add(new Fact("Started", clean(r.startedAt())));
        facts.add(new Fact("Mode", "review".equals(r.mode()) ? "review (no task: the change was judged as it is)"
                : "implement (Claude Code worked on the task)"));
        facts.add(new Fact("On a failed gate", clean(r.gate().onFail())));
        r.gate().verifyCommand().ifPresent(command -> facts.add(new Fact("Verify command", clean(command))));
        facts.add(new Fact("Duration", ReportFacts.duration(r.totals().durationMs())));
        facts.add(new Fact("Implementer cost", usd(ReportFacts.implementerCost(r))));
        facts.add(new Fact("Orchestrator cost", usd(r.totals().orchestratorCostUsd())));
        facts.add(new Fact("Total cost", usd(r.totals().costUsd())));
        facts.add(new Fact("Orchestrator tokens", count(r.totals().promptTokens()) + " prompt + "
                + count(r.totals().completionTokens()) + " completion"));
        facts.add(new Fact("Privacy mode", privacy(r)));
        r.context().ifPresent(c -> facts.add(new Fact("Context sent", count(c.sentTokens()) + " of "
                + count(c.changeTokens()) + " tokens of the change (budget " + count(c.budgetTokens()) + ")"
                + (c.droppedFiles().isEmpty() ? "" : "; " + plural(c.droppedFiles().size(), "file", "files")
                + " dropped: " + clean(String.join(", ", c.droppedFiles()))))));
        return facts;
    }

    private static String privacy(final Report r) {
        if (!r.redactions().enabled()) {
            return "off: nothing was redacted before prompts left";
        }
        StringBuilder text = new StringBuilder("on: ").append(plural(r.redactions().count(), "value", "values"))
                .append(" redacted");
        Map<String, Integer> byKind = new TreeMap<>(r.redactions().byKind());
        if (!byKind.isEmpty()) {
            List<String> kinds = new ArrayList<>();
            byKind.forEach((kind, n) -> kinds.add(clean(kind) + " " + n));
            text.append(" (").append(String.join(", ", kinds)).append(')');
        }
        return text.toString();
    }

    private static List<CriterionRow> criteria(final Report r) {
        List<CriterionRow> rows = new ArrayList<>();
        for (CriterionInfo c : r.finalVerdict().map(VerdictInfo::criteria).orElse(List.of())) {
            int min = c.threshold(r.gate());
            boolean met = c.score() >= min;
            rows.add(new CriterionRow(clean(c.name()), String.valueOf(c.score()), String.valueOf(min),
                    weight(c.weight()), met ? "pass" : "below", Tone.of(met), clean(c.rationale())));
        }
        return rows;
    }

    private static List<FindingRow> findings(final Report r) {
        List<FindingInfo> findings = r.finalVerdict().map(VerdictInfo::findings).orElse(List.of());
        return ReportFacts.mostSevereFirst(findings).stream().map(ReportView::findingRow).toList();
    }

    private static FindingRow findingRow(final FindingInfo f) {
        String location = f.location().isEmpty() ? NONE : clean(f.location());
        return new FindingRow(clean(f.severity()), severityTone(f.severity()), location, clean(f.message()));
    }

    /** Blocker and major fail, minor warns; info and any severity a model invents are plain. */
    static Tone severityTone(final String severity) {
        return switch (ReportFacts.severityRank(severity)) {
            case 0, 1 -> Tone.FAILURE;
            case 2 -> Tone.WARNING;
            default -> Tone.NEUTRAL;
        };
    }

    private static List<IterationRow> iterations(final Report r) {
        List<IterationRow> rows = new ArrayList<>();
        for (IterationReport it : r.iterations()) {
            rows.add(new IterationRow(String.valueOf(it.number()), clean(it.gateResult()),
                    Tone.ofOutcome(it.gateResult()),
                    it.verdict().map(v -> String.valueOf(v.quality())).orElse(NONE),
                    it.verdict().map(v -> ReportFacts.confidence(v.confidence())).orElse(NONE),
                    it.implementer().map(ReportView::implementer).orElse(NONE),
                    it.verify().map(ReportView::verify).orElse(NONE),
                    it.verify().map(v -> Tone.of(v.passed())).orElse(Tone.NEUTRAL),
                    it.orchestrator().map(ReportView::orchestrator).orElse(NONE),
                    it.verdict().map(v -> String.valueOf(v.findings().size())).orElse(NONE)));
        }
        return rows;
    }

    private static String implementer(final ImplementerInfo im) {
        return clean(im.model()) + " · " + plural(im.turns(), "turn", "turns") + " · " + usd(im.costUsd());
    }

    private static String verify(final VerifyInfo v) {
        String result = v.timedOut() ? "timed out" : "exit code " + v.exitCode();
        return result + " · " + ReportFacts.duration(v.durationMs());
    }

    private static String orchestrator(final OrchestratorInfo o) {
        return clean(o.provider() + " " + o.model()) + " · " + plural(o.attempts(), "attempt", "attempts") + " · "
                + usd(o.costUsd());
    }

    private static String weight(final double weight) {
        return weight == Math.rint(weight) ? String.valueOf((long) weight) : String.valueOf(weight);
    }

    /**
     * The text without control characters (an ANSI escape, a NUL) that have no place on a web page; line
     * breaks and tabs stay.
     */
    static String clean(final String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isISOControl(c) || c == '\n' || c == '\t') {
                out.append(c);
            }
        }
        return out.toString();
    }
}
