package io.obra.cli;

import io.obra.loop.RunResult;
import io.obra.report.Report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The verdict as the terminal shows it after a run: result against the gate, per-criterion scores, the
 * five most severe findings, cost and summary.
 */
final class VerdictTable {

    static final int TOP_FINDINGS = 5;
    private static final List<String> SEVERITY_ORDER = List.of("blocker", "major", "minor", "info");
    private static final int LABEL = 12;

    private final Style style;

    VerdictTable(final Style style) {
        this.style = style;
    }

    List<String> lines(final Report report) {
        List<String> lines = new ArrayList<>();
        Report.GateInfo gate = report.gate();
        lines.add(row("Result", outcome(report.outcome()) + (report.outcome().equals("ERROR") ? ""
                : String.format(Locale.ROOT, "  quality %d %s %d, confidence %.2f %s %.2f", report.quality(),
                report.quality() >= gate.minQuality() ? "≥" : "<", gate.minQuality(), report.confidence(),
                report.confidence() >= gate.minConfidence() ? "≥" : "<", gate.minConfidence()))));
        lines.add(row("Iterations", Integer.toString(report.iterations().size())));
        Optional<Report.VerdictInfo> verdict = report.finalVerdict();
        verdict.ifPresent(v -> {
            String label = "Criteria";
            for (Report.CriterionInfo c : v.criteria()) {
                lines.add(row(label, String.format(Locale.ROOT, "%-18s %3d  %s", TerminalText.clean(c.name()),
                        c.score(), bar(c.score()))));
                label = "";
            }
            List<Report.FindingInfo> findings = v.findings().stream()
                    .sorted(Comparator.comparingInt(f -> severityRank(f.severity()))).toList();
            label = "Findings";
            if (findings.isEmpty()) {
                lines.add(row(label, "none"));
            }
            for (Report.FindingInfo f : findings.subList(0, Math.min(TOP_FINDINGS, findings.size()))) {
                lines.add(row(label, severity(f.severity()) + " " + TerminalText.clean(location(f) + f.message())));
                label = "";
            }
            if (findings.size() > TOP_FINDINGS) {
                lines.add(row("", style.dim("… and " + (findings.size() - TOP_FINDINGS) + " more in the report")));
            }
        });
        lines.add(row("Cost", cost(report.totals())));
        verdict.map(Report.VerdictInfo::summary).filter(s -> !s.isBlank())
                .ifPresent(s -> lines.add(row("Summary", TerminalText.clean(s))));
        report.error().ifPresent(e -> lines.add(row("Error", style.red(TerminalText.clean(e)))));
        return lines;
    }

    /** When the report cannot be read: what the run result alone says. */
    List<String> lines(final RunResult result) {
        List<String> lines = new ArrayList<>();
        lines.add(row("Result", outcome(result.outcome().name()) + String.format(Locale.ROOT,
                "  quality %d, confidence %.2f", result.quality(), result.confidence())));
        lines.add(row("Iterations", Integer.toString(result.iterations())));
        lines.add(row("Cost", dollars(result.costUsd())));
        if (!result.summary().isBlank()) {
            lines.add(row("Summary", TerminalText.clean(result.summary())));
        }
        result.error().ifPresent(e -> lines.add(row("Error", style.red(TerminalText.clean(e)))));
        return lines;
    }

    private String outcome(final String outcome) {
        return switch (outcome) {
            case "PASSED" -> style.bold(style.green("PASSED"));
            case "FAILED" -> style.bold(style.red("FAILED"));
            default -> style.bold(style.red(outcome));
        };
    }

    private String cost(final Report.Totals totals) {
        String implementer = dollars(totals.implementerCostUsd());
        String orchestrator = totals.orchestratorCostUsd().map(VerdictTable::dollars).orElse("unknown");
        String total = totals.costUsd().map(VerdictTable::dollars).orElse("unknown (a model has no price)");
        return total + "  (implementer " + implementer + ", orchestrator " + orchestrator + ")";
    }

    private String severity(final String severity) {
        String text = "[" + severity + "]";
        return switch (severity) {
            case "blocker", "major" -> style.red(text);
            case "minor" -> style.yellow(text);
            default -> style.dim(text);
        };
    }

    private static String location(final Report.FindingInfo f) {
        return f.file().map(file -> file + f.line().map(l -> ":" + l).orElse("") + "  ").orElse("");
    }

    private static int severityRank(final String severity) {
        int rank = SEVERITY_ORDER.indexOf(severity);
        return rank < 0 ? SEVERITY_ORDER.size() : rank;
    }

    private static String bar(final int score) {
        int filled = Math.max(0, Math.min(10, Math.round(score / 10f)));
        return "█".repeat(filled) + "░".repeat(10 - filled);
    }

    static String dollars(final double usd) {
        return String.format(Locale.ROOT, "$%.4f", usd);
    }

    private String row(final String label, final String value) {
        return style.bold(String.format(Locale.ROOT, "%-" + LABEL + "s", label)) + value;
    }
}
