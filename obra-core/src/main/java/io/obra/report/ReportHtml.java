package io.obra.report;

import io.obra.report.Report.AttemptInfo;
import io.obra.report.Report.ContextInfo;
import io.obra.report.Report.CriterionInfo;
import io.obra.report.Report.FindingInfo;
import io.obra.report.Report.ImplementerInfo;
import io.obra.report.Report.IterationReport;
import io.obra.report.Report.OrchestratorInfo;
import io.obra.report.Report.ShadowInfo;
import io.obra.report.Report.VerdictInfo;
import io.obra.report.Report.VerifyInfo;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import static io.obra.report.ReportFacts.confidence;
import static io.obra.report.ReportFacts.count;
import static io.obra.report.ReportFacts.duration;
import static io.obra.report.ReportFacts.plural;
import static io.obra.report.ReportFacts.usd;

/**
 * {@code obra-report.html}: one self-contained page (no external asset, no JavaScript, inline CSS and SVG)
 * with everything the run did. Every string from the report is escaped through {@link HtmlBuilder}; a
 * Content-Security-Policy meta tag forbids scripts as a second line of defence.
 */
public final class ReportHtml {

    /** The report file's name. */
    public static final String FILE_NAME = "obra-report.html";

    private static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";
    private static final String STYLE = """
            body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1b1f23;background:#f6f8fa}
            main{max-width:1100px;margin:0 auto;padding:0 16px 32px}
            .banner{padding:16px 24px;color:#fff}.banner h1{margin:0;font-size:24px}.banner p{margin:4px 0 0}
            .passed{background:#2e7d32}.failed{background:#c62828}.error{background:#b26a00}
            section{background:#fff;border:1px solid #d0d7de;border-radius:6px;margin:16px 0;padding:12px 16px}
            h2{font-size:18px;margin:4px 0 10px}h3{font-size:15px;margin:12px 0 6px}
            table{border-collapse:collapse;width:100%;margin:4px 0 8px}
            th,td{border:1px solid #d0d7de;padding:4px 8px;text-align:left;vertical-align:top}
            th{background:#f6f8fa}td.num{text-align:right;white-space:nowrap}
            .kpis{display:flex;flex-wrap:wrap;gap:24px}.kpis div{min-width:120px}
            .kpis strong{display:block;font-size:22px}.ok{color:#2e7d32}.bad{color:#c62828}
            .sev{font-weight:600;text-transform:uppercase;font-size:12px}
            .sev-blocker{color:#fff;background:#c62828;padding:1px 6px;border-radius:3px}
            .sev-major{color:#c62828}.sev-minor{color:#b26a00}.sev-info{color:#57606a}
            pre,code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:12px}
            pre{background:#f6f8fa;padding:8px;overflow:auto;white-space:pre-wrap;word-break:break-word}
            .muted{color:#57606a}ul{margin:4px 0;padding-left:20px}
            """;

    private ReportHtml() {
    }

    public static String write(final Report report) {
        HtmlBuilder html = new HtmlBuilder();
        html.markup("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .markup("<meta http-equiv=\"Content-Security-Policy\" content=\"" + CSP + "\">\n")
                .markup("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .element("title", "Obra report: " + verdictTitle(report)).newline()
                .open("style").markup(STYLE).close("style").newline()
                .markup("</head>\n<body>\n");
        banner(html, report);
        html.open("main").newline();
        headline(html, report);
        report.error().ifPresent(error -> html.open("section", "class=\"error-detail\"").element("h2", "Error")
                .element("p", error).close("section").newline());
        summary(html, report);
        chart(html, report);
        criteria(html, report);
        findings(html, report);
        iterations(html, report);
        cost(html, report);
        report.context().ifPresent(context -> context(html, context));
        redactions(html, report);
        warnings(html, report);
        taskAndPrompt(html, report);
        html.open("p", "class=\"muted\"").text("obra-report schemaVersion " + report.schemaVersion()
                + " · the same data as obra-report.json").close("p").newline();
        html.close("main").markup("\n</body>\n</html>\n");
        return html.toString();
    }

    private static String verdictTitle(final Report r) {
        return switch (r.outcome()) {
            case "PASSED" -> "✅ Quality gate passed";
            case "FAILED" -> "❌ Quality gate failed";
            default -> "⚠️ Could not judge the change";
        };
    }

    private static void banner(final HtmlBuilder html, final Report r) {
        String cssClass = switch (r.outcome()) {
            case "PASSED" -> "passed";
            case "FAILED" -> "failed";
            default -> "error";
        };
        html.open("header", "class=\"banner " + cssClass + "\"").element("h1", verdictTitle(r))
                .element("p", "Run " + r.runId() + " · started " + r.startedAt() + " · "
                        + ("review".equals(r.mode()) ? "review mode" : "implement mode")
                        + " · on fail: " + r.gate().onFail())
                .close("header").newline();
    }

    private static void headline(final HtmlBuilder html, final Report r) {
        boolean judged = r.finalVerdict().isPresent();
        html.open("section", "class=\"kpis\"");
        kpi(html, "Quality", judged ? String.valueOf(r.quality()) : "–", judged ? r.quality() >= r.gate().minQuality()
                : null, "min " + r.gate().minQuality());
        kpi(html, "Confidence", judged ? confidence(r.confidence()) : "–",
                judged ? r.confidence() >= r.gate().minConfidence() : null, "min " + confidence(r.gate().minConfidence()));
        kpi(html, "Iterations", String.valueOf(r.iterations().size()), null, "");
        kpi(html, "Cost", usd(r.totals().costUsd()), null, "");
        kpi(html, "Duration", duration(r.totals().durationMs()), null, "");
        html.close("section").newline();
    }

    private static void kpi(final HtmlBuilder html, final String label, final String value, final Boolean ok,
                            final String note) {
        // Spaces between the parts keep the line readable where a CSP blocks the stylesheet.
        html.open("div").element("span", label).text(" ");
        html.element("strong", ok == null ? "" : ok ? "class=\"ok\"" : "class=\"bad\"", value);
        if (!note.isEmpty()) {
            html.text(" ").element("span", "class=\"muted\"", note);
        }
        html.close("div");
    }

    private static void summary(final HtmlBuilder html, final Report r) {
        r.finalVerdict().map(VerdictInfo::summary).filter(s -> !s.isBlank()).ifPresent(s ->
                html.open("section").element("h2", "Summary").element("p", s).close("section").newline());
    }

    private static void chart(final HtmlBuilder html, final Report r) {
        if (r.finalVerdict().isEmpty()) {
            return;
        }
        html.open("section").element("h2", "Quality and confidence per iteration");
        QualityChart.write(html, r.iterations(), r.gate().minQuality(), r.gate().minConfidence());
        html.close("section").newline();
    }

    private static void criteria(final HtmlBuilder html, final Report r) {
        List<CriterionInfo> criteria = r.finalVerdict().map(VerdictInfo::criteria).orElse(List.of());
        if (criteria.isEmpty()) {
            return;
        }
        html.open("section").element("h2", "Criteria").open("table")
                .markup("<thead><tr><th>Criterion</th><th>Score</th><th>Min</th><th>Weight</th><th></th>"
                        + "<th>Rationale</th></tr></thead>").open("tbody");
        for (CriterionInfo c : criteria) {
            int min = c.threshold(r.gate());
            boolean ok = c.score() >= min;
            html.open("tr").element("td", c.name()).element("td", "class=\"num\"", String.valueOf(c.score()))
                    .element("td", "class=\"num\"", String.valueOf(min))
                    .element("td", "class=\"num\"", trimNumber(c.weight()))
                    .element("td", ok ? "class=\"ok\"" : "class=\"bad\"", ok ? "✔ pass" : "✘ below")
                    .element("td", c.rationale()).close("tr");
        }
        html.close("tbody").close("table").close("section").newline();
    }

    private static void findings(final HtmlBuilder html, final Report r) {
        List<FindingInfo> findings = r.finalVerdict().map(VerdictInfo::findings).orElse(List.of());
        if (r.finalVerdict().isEmpty()) {
            return;
        }
        html.open("section").element("h2", "Findings (" + findings.size() + ")");
        if (findings.isEmpty()) {
            html.element("p", "class=\"muted\"", "The orchestrator reported no findings.");
        } else {
            findingTable(html, ReportFacts.mostSevereFirst(findings));
        }
        html.close("section").newline();
    }

    private static void findingTable(final HtmlBuilder html, final List<FindingInfo> findings) {
        html.open("table").markup("<thead><tr><th>Severity</th><th>Where</th><th>Finding</th></tr></thead>")
                .open("tbody");
        for (FindingInfo f : findings) {
            html.open("tr").open("td").element("span", severityClass(f.severity()), f.severity()).close("td")
                    .open("td").element(f.location().isEmpty() ? "span" : "code",
                            f.location().isEmpty() ? "class=\"muted\"" : "", f.location().isEmpty() ? "–" : f.location())
                    .close("td")
                    .element("td", f.message()).close("tr");
        }
        html.close("tbody").close("table");
    }

    /** Only known severities get their own class; anything else the model invents gets a neutral one. */
    private static String severityClass(final String severity) {
        return switch (ReportFacts.severityRank(severity)) {
            case 0 -> "class=\"sev sev-blocker\"";
            case 1 -> "class=\"sev sev-major\"";
            case 2 -> "class=\"sev sev-minor\"";
            case 3 -> "class=\"sev sev-info\"";
            default -> "class=\"sev\"";
        };
    }

    private static void iterations(final HtmlBuilder html, final Report r) {
        if (r.iterations().isEmpty()) {
            html.open("section").element("h2", "Iterations")
                    .element("p", "class=\"muted\"", "No iteration ran.").close("section").newline();
            return;
        }
        for (IterationReport it : r.iterations()) {
            html.open("section", "class=\"iteration\"").element("h2", "Iteration " + it.number() + " — "
                    + it.gateResult() + it.verdict().map(v -> " · quality " + v.quality() + ", confidence "
                    + confidence(v.confidence())).orElse(" · no verdict"));
            it.implementer().ifPresent(im -> implementer(html, im));
            it.verify().ifPresent(v -> verify(html, v));
            it.orchestrator().ifPresent(o -> orchestrator(html, o));
            it.shadow().ifPresent(s -> shadow(html, s, it.verdict()));
            it.verdict().filter(v -> !v.findings().isEmpty()).ifPresent(v -> {
                html.element("h3", "Findings of this iteration (" + v.findings().size() + ")");
                findingTable(html, ReportFacts.mostSevereFirst(v.findings()));
            });
            html.close("section").newline();
        }
    }

    private static void implementer(final HtmlBuilder html, final ImplementerInfo im) {
        html.element("h3", "Implementer (Claude Code)").open("table").open("tbody");
        row(html, "Model", im.model());
        row(html, "Session", im.sessionId());
        row(html, "Turns", String.valueOf(im.turns()));
        row(html, "Tools", im.tools().isEmpty() ? "none" : ReportFacts.toolCounts(im));
        listRow(html, "Files touched", im.filesTouched());
        listRow(html, "Permission denials", im.permissionDenials());
        row(html, "Result", im.subtype() + ", exit code " + im.exitCode());
        row(html, "Duration", duration(im.durationMs()));
        row(html, "Cost", usd(im.costUsd()));
        row(html, "Raw stream", im.rawStream());
        html.close("tbody").close("table");
    }

    private static void verify(final HtmlBuilder html, final VerifyInfo v) {
        html.element("h3", "Verify command").open("table").open("tbody");
        html.open("tr").element("th", "Command").open("td").element("code", v.command()).close("td").close("tr");
        html.open("tr").element("th", "Result").element("td", v.passed() ? "class=\"ok\"" : "class=\"bad\"",
                v.timedOut() ? "timed out" : "exit code " + v.exitCode()).close("tr");
        row(html, "Duration", duration(v.durationMs()));
        html.close("tbody").close("table");
        if (!v.outputTail().isEmpty()) {
            html.open("details").element("summary", "Output (tail)").element("pre", v.outputTail()).close("details");
        }
    }

    private static void orchestrator(final HtmlBuilder html, final OrchestratorInfo o) {
        html.element("h3", "Orchestrator").open("table").open("tbody");
        row(html, "Answered by", o.provider() + " " + o.model());
        row(html, "Attempts", String.valueOf(o.attempts()));
        row(html, "Tokens", count(o.promptTokens()) + " prompt + " + count(o.completionTokens()) + " completion");
        row(html, "Cost", usd(o.costUsd()));
        row(html, "Duration", duration(o.durationMs()));
        html.close("tbody").close("table");
        if (o.attemptLog().isEmpty()) {
            return;
        }
        html.open("table").markup("<thead><tr><th>#</th><th>Provider</th><th>Model</th><th>HTTP</th><th>Outcome</th>"
                + "<th>Latency</th><th></th></tr></thead>").open("tbody");
        AttemptInfo previous = null;
        for (int i = 0; i < o.attemptLog().size(); i++) {
            AttemptInfo a = o.attemptLog().get(i);
            String kind = previous == null ? "first"
                    : previous.model().equals(a.model()) && previous.provider().equals(a.provider()) ? "retry" : "fallback";
            html.open("tr").element("td", "class=\"num\"", String.valueOf(i + 1)).element("td", a.provider())
                    .element("td", a.model())
                    .element("td", "class=\"num\"", a.httpStatus() == 0 ? "no response" : String.valueOf(a.httpStatus()))
                    .element("td", a.outcome()).element("td", "class=\"num\"", duration(a.latencyMs()))
                    .element("td", "class=\"muted\"", kind).close("tr");
            previous = a;
        }
        html.close("tbody").close("table");
    }

    private static void shadow(final HtmlBuilder html, final ShadowInfo s, final Optional<VerdictInfo> primary) {
        html.element("h3", "Shadow orchestrator").open("table").open("tbody");
        row(html, "Model", s.provider() + " " + s.model());
        if (s.error().isPresent()) {
            row(html, "Error", s.error().get());
        } else {
            row(html, "Verdict", "quality " + s.quality() + ", confidence " + confidence(s.confidence()));
            html.open("tr").element("th", "Agreement").element("td", s.sameGateResult() ? "class=\"ok\"" : "class=\"bad\"",
                    (s.sameGateResult() ? "same gate result" : "different gate result") + ", quality "
                            + (s.qualityDelta() >= 0 ? "+" : "") + s.qualityDelta()
                            + primary.map(v -> " against " + v.quality()).orElse("")).close("tr");
        }
        html.close("tbody").close("table");
    }

    private static void cost(final HtmlBuilder html, final Report r) {
        html.open("section").element("h2", "Cost and tokens").open("table").open("tbody");
        row(html, "Implementer", usd(ReportFacts.implementerCost(r)));
        row(html, "Orchestrator", usd(r.totals().orchestratorCostUsd()));
        row(html, "Total", usd(r.totals().costUsd()));
        row(html, "Orchestrator tokens", count(r.totals().promptTokens()) + " prompt + "
                + count(r.totals().completionTokens()) + " completion");
        row(html, "Duration", duration(r.totals().durationMs()));
        html.close("tbody").close("table").close("section").newline();
    }

    private static void context(final HtmlBuilder html, final ContextInfo c) {
        html.open("section").element("h2", "Context sent to the orchestrator").open("table").open("tbody");
        row(html, "Tokens", count(c.sentTokens()) + " sent of " + count(c.changeTokens()) + " in the change (budget "
                + count(c.budgetTokens()) + ")");
        listRow(html, "Dropped to fit", c.droppedFiles());
        listRow(html, "Excluded", c.excludedFiles());
        if (!c.note().isBlank()) {
            row(html, "Note", c.note());
        }
        html.close("tbody").close("table").close("section").newline();
    }

    private static void redactions(final HtmlBuilder html, final Report r) {
        html.open("section").element("h2", "Privacy");
        if (!r.redactions().enabled()) {
            html.element("p", "Privacy mode was off: nothing was redacted before prompts left.");
        } else {
            html.element("p", "Privacy mode on: " + plural(r.redactions().count(), "value", "values") + " redacted.");
            Map<String, Integer> byKind = new TreeMap<>(r.redactions().byKind());
            if (!byKind.isEmpty()) {
                html.open("table").markup("<thead><tr><th>Kind</th><th>Count</th></tr></thead>").open("tbody");
                byKind.forEach((kind, n) -> html.open("tr").element("td", kind)
                        .element("td", "class=\"num\"", String.valueOf(n)).close("tr"));
                html.close("tbody").close("table");
            }
        }
        html.close("section").newline();
    }

    private static void warnings(final HtmlBuilder html, final Report r) {
        if (r.warnings().isEmpty()) {
            return;
        }
        html.open("section").element("h2", "Warnings (" + r.warnings().size() + ")").open("ul");
        r.warnings().forEach(w -> html.element("li", w));
        html.close("ul").close("section").newline();
    }

    private static void taskAndPrompt(final HtmlBuilder html, final Report r) {
        if (r.task().isEmpty() && r.prompt().isEmpty()) {
            return;
        }
        html.open("section").element("h2", "Task");
        r.task().ifPresent(t -> html.element("pre", t));
        r.prompt().ifPresent(p -> html.open("details").element("summary", "Implementer prompt (optimised)")
                .element("pre", p).close("details"));
        html.close("section").newline();
    }

    private static void row(final HtmlBuilder html, final String label, final String value) {
        html.open("tr").element("th", label).element("td", value).close("tr");
    }

    private static void listRow(final HtmlBuilder html, final String label, final List<String> values) {
        if (values.isEmpty()) {
            row(html, label, "none");
            return;
        }
        html.open("tr").element("th", label).open("td").open("ul");
        values.forEach(v -> html.open("li").element("code", v).close("li"));
        html.close("ul").close("td").close("tr");
    }

    private static String trimNumber(final double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
