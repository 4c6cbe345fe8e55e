package io.obra.report;

import io.obra.report.Report.CriterionInfo;
import io.obra.report.Report.FindingInfo;
import io.obra.report.Report.VerdictInfo;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static io.obra.report.ReportFacts.confidence;
import static io.obra.report.ReportFacts.plural;
import static io.obra.report.ReportFacts.usd;

/**
 * A report as an SCM check ("Obra quality gate" on a pull request): conclusion, title, a Markdown summary
 * and text (the scores table), and the final verdict's findings as line annotations. A plain value: the
 * Jenkins plugin only copies it into the Checks API's builders.
 *
 * <p>The conclusion is always stated, never left to a default: a passed gate is SUCCESS, a failed gate
 * FAILURE (whatever {@code on_fail} did to the build), and a run that could not judge the change NEUTRAL,
 * because an error says nothing about the change.
 *
 * @param summary     Markdown; model text in it is escaped
 * @param text        Markdown: the scores table, findings without a file, warnings; model text escaped
 * @param annotations one per finding that names a file, most severe first
 */
public record CheckView(Conclusion conclusion, String title, String summary, String text,
                        List<Annotation> annotations) {

    /** The check's name unless Pipeline's {@code withChecks} gives another. */
    public static final String DEFAULT_NAME = "Obra quality gate";

    /** At most this many annotations; the rest are counted in the text (the report has them all). */
    static final int MAX_ANNOTATIONS = 100;

    /** GitHub's limit for a check's summary and text is 65,535 characters; stay well below. */
    static final int MAX_MARKDOWN = 60_000;

    public CheckView {
        Objects.requireNonNull(conclusion, "conclusion");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(text, "text");
        annotations = List.copyOf(annotations);
    }

    /** The check's conclusion. */
    public enum Conclusion {
        SUCCESS, FAILURE, NEUTRAL
    }

    /** An annotation's level: blocker and major are failures, minor a warning, info (or unknown) a notice. */
    public enum Level {
        NOTICE, WARNING, FAILURE
    }

    /**
     * A finding at a place in the change. A finding with a file but no line is placed on line 1 and says so
     * in its title.
     *
     * @param path    repository-relative, {@code /}-separated
     * @param message the finding as the model wrote it (annotations are plain text)
     */
    public record Annotation(String path, int startLine, int endLine, Level level, String title, String message) {
        public Annotation {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(level, "level");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(message, "message");
        }
    }

    /** The check of a report. */
    public static CheckView of(final Report report) {
        List<FindingInfo> findings = ReportFacts.mostSevereFirst(
                report.finalVerdict().map(VerdictInfo::findings).orElse(List.of()));
        List<Annotation> annotations = new ArrayList<>();
        List<FindingInfo> elsewhere = new ArrayList<>();
        for (FindingInfo finding : findings) {
            if (finding.file().filter(f -> !f.isBlank()).isPresent() && annotations.size() < MAX_ANNOTATIONS) {
                annotations.add(annotation(finding));
            } else {
                elsewhere.add(finding);
            }
        }
        return new CheckView(conclusion(report.outcome()), title(report), summary(report),
                text(report, elsewhere), annotations);
    }

    static Conclusion conclusion(final String outcome) {
        return switch (outcome) {
            case "PASSED" -> Conclusion.SUCCESS;
            case "FAILED" -> Conclusion.FAILURE;
            default -> Conclusion.NEUTRAL;
        };
    }

    private static String title(final Report r) {
        String title = ReportView.title(r.outcome());
        if (r.finalVerdict().isEmpty()) {
            return title;
        }
        return title + ": quality " + r.quality() + ", confidence " + confidence(r.confidence());
    }

    private static String summary(final Report r) {
        StringBuilder md = new StringBuilder();
        if (r.finalVerdict().isPresent()) {
            md.append("**Quality ").append(r.quality()).append("** (minimum ").append(r.gate().minQuality())
                    .append("), **confidence ").append(confidence(r.confidence())).append("** (minimum ")
                    .append(confidence(r.gate().minConfidence())).append(")");
        } else {
            md.append("The change was not judged");
        }
        md.append(" after ").append(plural(r.iterations().size(), "iteration", "iterations")).append(", cost ")
                .append(usd(r.totals().costUsd())).append(".\n");
        r.error().ifPresent(error -> md.append("\n**Error:** ").append(MarkdownText.escape(error)).append('\n'));
        r.finalVerdict().map(VerdictInfo::summary).filter(s -> !s.isBlank())
                .ifPresent(s -> md.append('\n').append(MarkdownText.escape(s)).append('\n'));
        return ReportFacts.truncate(md.toString(), MAX_MARKDOWN);
    }

    private static String text(final Report r, final List<FindingInfo> elsewhere) {
        StringBuilder md = new StringBuilder();
        List<CriterionInfo> criteria = r.finalVerdict().map(VerdictInfo::criteria).orElse(List.of());
        if (!criteria.isEmpty()) {
            md.append("| Criterion | Score | Minimum | Result |\n|---|---:|---:|---|\n");
            for (CriterionInfo c : criteria) {
                int min = c.threshold(r.gate());
                md.append("| ").append(MarkdownText.escape(c.name())).append(" | ").append(c.score()).append(" | ")
                        .append(min).append(" | ").append(c.score() >= min ? "pass" : "**below**").append(" |\n");
            }
        }
        if (!elsewhere.isEmpty()) {
            md.append("\n**Findings not tied to a file or beyond the annotation limit (")
                    .append(elsewhere.size()).append(")**\n\n");
            for (FindingInfo f : elsewhere) {
                md.append("- **").append(MarkdownText.escape(f.severity())).append("**");
                if (!f.location().isBlank()) {
                    md.append(" at ").append(MarkdownText.escape(f.location()));
                }
                md.append(": ").append(MarkdownText.escape(f.message())).append('\n');
            }
        }
        if (!r.warnings().isEmpty()) {
            md.append("\n**Warnings**\n\n");
            r.warnings().forEach(w -> md.append("- ").append(MarkdownText.escape(w)).append('\n'));
        }
        md.append("\nThe full report (").append(ReportHtml.FILE_NAME).append(", ").append(ReportJson.FILE_NAME)
                .append(") is archived with the build.\n");
        return ReportFacts.truncate(md.toString(), MAX_MARKDOWN);
    }

    private static Annotation annotation(final FindingInfo f) {
        String path = f.file().orElseThrow().strip().replace('\\', '/');
        while (path.startsWith("./")) {
            path = path.substring(2);
        }
        int line = f.line().filter(l -> l > 0).orElse(1);
        String title = "Obra: " + f.severity() + (f.line().filter(l -> l > 0).isPresent() ? "" : " (no line given)");
        return new Annotation(path, line, line, level(f.severity()), ReportView.clean(title),
                ReportView.clean(f.message()));
    }

    static Level level(final String severity) {
        return switch (ReportFacts.severityRank(severity)) {
            case 0, 1 -> Level.FAILURE;
            case 2 -> Level.WARNING;
            default -> Level.NOTICE;
        };
    }
}
