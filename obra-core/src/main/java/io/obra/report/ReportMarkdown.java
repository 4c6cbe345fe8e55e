package io.obra.report;

import io.obra.report.Report.CriterionInfo;
import io.obra.report.Report.FindingInfo;
import io.obra.report.Report.ImplementerInfo;
import io.obra.report.Report.IterationReport;
import io.obra.report.Report.OrchestratorInfo;
import io.obra.report.Report.VerdictInfo;
import io.obra.report.Report.VerifyInfo;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import static io.obra.report.MarkdownText.escape;
import static io.obra.report.ReportFacts.confidence;
import static io.obra.report.ReportFacts.count;
import static io.obra.report.ReportFacts.duration;
import static io.obra.report.ReportFacts.plural;
import static io.obra.report.ReportFacts.truncate;
import static io.obra.report.ReportFacts.usd;

/**
 * {@code obra-report.md}: the run for a PR comment or a person — verdict line, scores against thresholds,
 * the most severe findings, iterations, cost, redactions, warnings. Every string from the report goes
 * through {@link MarkdownText#escape}, so model text cannot inject HTML, links or table cells.
 */
public final class ReportMarkdown {

    /** The report file's name. */
    public static final String FILE_NAME = "obra-report.md";

    /** Findings listed at most; the rest are counted and left to the JSON and HTML reports. */
    static final int MAX_FINDINGS = 10;
    static final int MAX_WARNINGS = 20;
    private static final int MAX_CELL = 300;
    private static final int MAX_TEXT = 2_000;

    private ReportMarkdown() {
    }

    public static String write(final Report report) {
        StringBuilder md = new StringBuilder(4_096);
        // A fixed marker lets a CI script find and update its earlier comment instead of adding another.
        md.append("<!-- obra-report -->\n");
        verdictLine(md, report);
        scores(md, report);
        findings(md, report);
        iterations(md, report);
        cost(md, report);
        redactions(md, report);
        warnings(md, report);
        return md.toString();
    }

    private static void verdictLine(final StringBuilder md, final Report r) {
        String title = switch (r.outcome()) {
            case "PASSED" -> "✅ Obra quality gate passed";
            case "FAILED" -> "❌ Obra quality gate failed";
            default -> "⚠️ Obra could not judge the change";
        };
        md.append("## ").append(title).append("\n\n");
        if (ReportFacts.isError(r)) {
            md.append("**Error:** ").append(escape(r.error().orElse("unknown error"))).append("\n\n");
            if (r.finalVerdict().isEmpty()) {
                md.append(r.iterations().isEmpty() ? "No iteration ran"
                        : plural(r.iterations().size(), "iteration", "iterations") + " ran")
                        .append(" before the error.\n\n");
                return;
            }
        }
        md.append("**Quality ").append(r.quality()).append("**/100 ")
                .append(mark(r.quality() >= r.gate().minQuality()))
                .append(" (min ").append(r.gate().minQuality()).append(") · **Confidence ")
                .append(confidence(r.confidence())).append("** ")
                .append(mark(r.confidence() >= r.gate().minConfidence()))
                .append(" (min ").append(confidence(r.gate().minConfidence())).append(") · ")
                .append(plural(r.iterations().size(), "iteration", "iterations"))
                .append(" · ").append("review".equals(r.mode()) ? "review mode" : "implement mode")
                .append(" · on fail: ").append(escape(r.gate().onFail())).append("\n\n");
        r.task().ifPresent(task -> md.append("**Task:** ").append(escape(truncate(task, MAX_TEXT))).append("\n\n"));
        r.finalVerdict().map(VerdictInfo::summary).filter(s -> !s.isBlank())
                .ifPresent(s -> md.append("**Summary:** ").append(escape(truncate(s, MAX_TEXT))).append("\n\n"));
    }

    private static void scores(final StringBuilder md, final Report r) {
        Optional<VerdictInfo> verdict = r.finalVerdict();
        if (verdict.isEmpty() || verdict.get().criteria().isEmpty()) {
            return;
        }
        md.append("### Scores\n\n| Criterion | Score | Min | | Rationale |\n|---|--:|--:|:-:|---|\n");
        for (CriterionInfo c : verdict.get().criteria()) {
            int min = c.threshold(r.gate());
            md.append("| ").append(escape(c.name())).append(" | ").append(c.score()).append(" | ").append(min)
                    .append(" | ").append(mark(c.score() >= min)).append(" | ")
                    .append(escape(truncate(c.rationale(), MAX_CELL))).append(" |\n");
        }
        md.append('\n');
    }

    private static void findings(final StringBuilder md, final Report r) {
        List<FindingInfo> all = r.finalVerdict().map(VerdictInfo::findings).orElse(List.of());
        if (all.isEmpty()) {
            return;
        }
        List<FindingInfo> sorted = ReportFacts.mostSevereFirst(all);
        md.append("### Findings (").append(all.size()).append(")\n\n");
        for (FindingInfo f : sorted.subList(0, Math.min(MAX_FINDINGS, sorted.size()))) {
            md.append("- **").append(escape(f.severity())).append("**");
            if (!f.location().isEmpty()) {
                md.append(" ").append(escape(f.location()));
            }
            md.append(" — ").append(escape(truncate(f.message(), MAX_CELL * 2))).append('\n');
        }
        if (sorted.size() > MAX_FINDINGS) {
            md.append("\n_… and ").append(sorted.size() - MAX_FINDINGS)
                    .append(" more in obra-report.json / obra-report.html._\n");
        }
        md.append('\n');
    }

    private static void iterations(final StringBuilder md, final Report r) {
        if (r.iterations().isEmpty()) {
            return;
        }
        md.append("### Iterations\n\n| # | Quality | Confidence | Gate | Implementer | Verify | Orchestrator | Cost |\n")
                .append("|--:|--:|--:|---|---|---|---|--:|\n");
        for (IterationReport it : r.iterations()) {
            md.append("| ").append(it.number())
                    .append(" | ").append(it.verdict().map(v -> String.valueOf(v.quality())).orElse("–"))
                    .append(" | ").append(it.verdict().map(v -> confidence(v.confidence())).orElse("–"))
                    .append(" | ").append(gateResult(it.gateResult()))
                    .append(" | ").append(it.implementer().map(ReportMarkdown::implementer).orElse("–"))
                    .append(" | ").append(it.verify().map(ReportMarkdown::verify).orElse("–"))
                    .append(" | ").append(it.orchestrator().map(ReportMarkdown::orchestrator).orElse("–"))
                    .append(" | ").append(iterationCost(it)).append(" |\n");
        }
        md.append('\n');
    }

    private static String implementer(final ImplementerInfo im) {
        String text = plural(im.turns(), "turn", "turns") + ", exit " + im.exitCode() + ", " + duration(im.durationMs());
        if (!im.permissionDenials().isEmpty()) {
            text += ", " + plural(im.permissionDenials().size(), "permission denial", "permission denials");
        }
        return escape(text);
    }

    private static String verify(final VerifyInfo v) {
        return (v.passed() ? "✅ " : "❌ ") + escape(v.timedOut() ? "timed out after " + duration(v.durationMs())
                : "exit " + v.exitCode());
    }

    private static String orchestrator(final OrchestratorInfo o) {
        return escape(o.provider() + " " + o.model() + (o.attempts() > 1 ? " (" + o.attempts() + " attempts)" : ""));
    }

    private static String iterationCost(final IterationReport it) {
        boolean known = it.implementer().map(im -> im.costUsd().isPresent()).orElse(true)
                && it.orchestrator().map(o -> o.costUsd().isPresent()).orElse(true);
        if (!known) {
            return "unknown";
        }
        double sum = it.implementer().flatMap(ImplementerInfo::costUsd).orElse(0.0)
                + it.orchestrator().flatMap(OrchestratorInfo::costUsd).orElse(0.0);
        return usd(sum);
    }

    private static void cost(final StringBuilder md, final Report r) {
        // Our own dollar amounts, one per cell, so GitHub cannot pair two of them into math.
        md.append("### Cost\n\n| Implementer | Orchestrator | Total | Tokens (prompt + completion) | Duration |\n")
                .append("|--:|--:|--:|--:|--:|\n| ")
                .append(usd(ReportFacts.implementerCost(r))).append(" | ")
                .append(usd(r.totals().orchestratorCostUsd())).append(" | **")
                .append(usd(r.totals().costUsd())).append("** | ")
                .append(count(r.totals().promptTokens())).append(" + ").append(count(r.totals().completionTokens()))
                .append(" | ").append(duration(r.totals().durationMs())).append(" |\n\n");
    }

    private static void redactions(final StringBuilder md, final Report r) {
        if (!r.redactions().enabled()) {
            md.append("Privacy mode was off: nothing was redacted before prompts left.\n\n");
            return;
        }
        md.append("Privacy mode on: ").append(plural(r.redactions().count(), "value", "values")).append(" redacted");
        Map<String, Integer> byKind = new TreeMap<>(r.redactions().byKind());
        if (!byKind.isEmpty()) {
            StringBuilder kinds = new StringBuilder();
            byKind.forEach((kind, n) -> kinds.append(kinds.length() == 0 ? "" : ", ").append(kind).append(' ').append(n));
            md.append(" (").append(escape(kinds.toString())).append(')');
        }
        md.append(".\n\n");
    }

    private static void warnings(final StringBuilder md, final Report r) {
        if (r.warnings().isEmpty()) {
            return;
        }
        md.append("### Warnings\n\n");
        for (String warning : r.warnings().subList(0, Math.min(MAX_WARNINGS, r.warnings().size()))) {
            md.append("- ⚠️ ").append(escape(truncate(warning, MAX_CELL * 2))).append('\n');
        }
        if (r.warnings().size() > MAX_WARNINGS) {
            md.append("- … and ").append(r.warnings().size() - MAX_WARNINGS).append(" more in obra-report.json\n");
        }
        md.append('\n');
    }

    private static String gateResult(final String result) {
        return switch (result) {
            case "PASSED" -> "✅ passed";
            case "FAILED" -> "❌ failed";
            case "ERROR" -> "⚠️ error";
            default -> escape(result);
        };
    }

    private static String mark(final boolean ok) {
        return ok ? "✅" : "❌";
    }
}
