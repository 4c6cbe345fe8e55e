package io.obra.report;

import io.obra.testing.Reports;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Parses obra-report.html with jsoup (an HTML5 parser, as a browser would) and checks content and safety. */
class ReportHtmlTest {

    static final List<String> HOSTILE = Reports.HOSTILE_TEXT;

    static Stream<Arguments> catalogue() {
        return Reports.catalogue().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    void isOneSelfContainedFileWithoutScript(final String name, final Report report) {
        Document html = Jsoup.parse(ReportHtml.write(report));

        assertThat(html.select("script, link, iframe, object, embed, img, a, form, base")).isEmpty();
        assertThat(attributes(html)).noneMatch(a -> a.getKey().startsWith("on"))
                .noneMatch(a -> a.getKey().equals("src") || a.getKey().equals("href"));
        assertThat(html.select("style")).hasSize(1);
        assertThat(html.selectFirst("style").data()).doesNotContain("url(", "@import");
        assertThat(html.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content"))
                .startsWith("default-src 'none'");
    }

    @Test
    void bannerSaysTheVerdict() {
        assertThat(banner(Reports.passed().build()).className()).isEqualTo("banner passed");
        assertThat(banner(Reports.passed().build()).selectFirst("h1").text()).isEqualTo("✅ Quality gate passed");
        assertThat(banner(Reports.failedAfterThreeIterations().build()).selectFirst("h1").text())
                .isEqualTo("❌ Quality gate failed");
        Element error = banner(Reports.errorBeforeAnyIteration().build());
        assertThat(error.className()).isEqualTo("banner error");
        assertThat(error.text()).contains("Could not judge the change", "Run my-job#42", "on fail: FAILURE");
    }

    @Test
    void headlineComparesQualityAndConfidenceWithTheGate() {
        Document html = Jsoup.parse(ReportHtml.write(Reports.failedAfterThreeIterations().build()));

        assertThat(html.select(".kpis > div").eachText()).containsExactly("Quality 70 min 80",
                "Confidence 0.75 min 0.60", "Iterations 3", "Cost $1.30", "Duration 6 min 02 s");
        assertThat(html.select(".kpis strong.bad").eachText()).containsExactly("70");
        assertThat(html.select(".kpis strong.ok").eachText()).containsExactly("0.75");
    }

    @Test
    void criteriaTableHasScoresMinimumsAndRationale() {
        Document html = Jsoup.parse(ReportHtml.write(Reports.failedAfterThreeIterations().build()));

        assertThat(table(html, "Criteria")).containsExactly(
                List.of("correctness", "60", "80", "1", "✘ below", "Regex rejects a+b@example.com."),
                List.of("tests", "82", "75", "2", "✔ pass", "Negative tests added."),
                List.of("security", "95", "80", "1", "✔ pass", "No issue."));
    }

    @Test
    void findingsComeMostSevereFirstWithFileAndLine() {
        Document html = Jsoup.parse(ReportHtml.write(Reports.failedAfterThreeIterations().build()));

        assertThat(table(html, "Findings (4)")).containsExactly(
                List.of("blocker", "src/main/java/app/EmailRule.java:12", "Regex rejects plus addressing."),
                List.of("major", "src/test/java/app/UserControllerTest.java:88", "Test asserts nothing."),
                List.of("minor", "README.md", "Typo in the usage section."),
                List.of("info", "–", "Consider a shared validator."));
        assertThat(html.select("span.sev-blocker").first().text()).isEqualTo("blocker");
    }

    @Test
    void chartHasABarAndAConfidencePointPerJudgedIteration() {
        Document html = Jsoup.parse(ReportHtml.write(Reports.failedAfterThreeIterations().build()));

        Element svg = html.selectFirst("svg");
        assertThat(svg.select("rect")).hasSize(3);
        assertThat(svg.select("rect").eachAttr("fill")).containsOnly("#c62828");
        assertThat(svg.select("circle")).hasSize(3);
        assertThat(svg.select("rect").eachAttr("height")).containsExactly("71", "83", "91");
        assertThat(svg.select("text").eachText()).contains("55", "64", "70", "#1", "#2", "#3");
        assertThat(svg.select("line > title").eachText()).containsExactly("min quality 80", "min confidence 0.60");
    }

    @Test
    void iterationShowsImplementerTurnsAndToolsAndOrchestratorRetriesAndFallbacks() {
        Document html = Jsoup.parse(ReportHtml.write(Reports.failedAfterThreeIterations().build()));
        Element first = html.select("section.iteration").first();

        assertThat(first.selectFirst("h2").text()).isEqualTo("Iteration 1 — FAILED · quality 55, confidence 0.70");
        Map<String, String> implementer = keyValues(first.select("table").get(0));
        assertThat(implementer).containsEntry("Turns", "12").containsEntry("Tools", "Read, Grep, Edit ×2, Bash")
                .containsEntry("Cost", "$0.4200").containsEntry("Result", "success, exit code 0")
                .containsEntry("Raw stream", "obra-reports/claude-sess-1.jsonl");
        assertThat(keyValues(first.select("table").get(1))).containsEntry("Command", "mvn -q test")
                .containsEntry("Result", "exit code 0");
        assertThat(keyValues(first.select("table").get(2))).containsEntry("Answered by", "openai gpt-4o-mini-2024-07-18")
                .containsEntry("Attempts", "2").containsEntry("Tokens", "12,000 prompt + 900 completion")
                .containsEntry("Cost", "$0.0125");
        assertThat(rows(first.select("table").get(3))).containsExactly(
                List.of("1", "openai", "gpt-4o-2024-11-20", "429", "rate_limited", "300 ms", "first"),
                List.of("2", "openai", "gpt-4o-mini-2024-07-18", "200", "ok", "4.2 s", "fallback"));
    }

    @Test
    void retriesOfTheSameModelAreLabelledRetries() {
        Document html = Jsoup.parse(ReportHtml.write(Reports.hostile("m").build()));

        assertThat(html.select("section.iteration table").stream().map(ReportHtmlTest::rows)
                .filter(r -> !r.isEmpty() && r.get(0).size() == 7).findFirst().orElseThrow())
                .extracting(row -> row.get(3) + " " + row.get(6))
                .containsExactly("no response first", "200 fallback");
    }

    @Test
    void shadowAgreementIsShown() {
        Document html = Jsoup.parse(ReportHtml.write(Reports.withShadow().build()));

        Element shadowTable = html.select("h3:containsOwn(Shadow orchestrator) + table").first();
        assertThat(keyValues(shadowTable)).containsEntry("Model", "ollama qwen2.5-coder:32b")
                .containsEntry("Verdict", "quality 72, confidence 0.60")
                .containsEntry("Agreement", "different gate result, quality -14 against 86");
    }

    @Test
    void costTokensRedactionsContextAndWarningsAreShown() {
        Document html = Jsoup.parse(ReportHtml.write(Reports.withDroppedContext()
                .redactions(3, Map.of("github_token", 2, "aws_access_key", 1))
                .warning("budget: this run has used $1.64 of its $2.00 limit (82 %)").build()));

        assertThat(keyValues(section(html, "Cost and tokens").selectFirst("table")))
                .containsEntry("Implementer", "$0.4200").containsEntry("Orchestrator", "$0.0125")
                .containsEntry("Total", "$0.4325").containsEntry("Orchestrator tokens", "12,000 prompt + 900 completion");
        assertThat(section(html, "Privacy").text()).contains("3 values redacted");
        assertThat(rows(section(html, "Privacy").selectFirst("table")))
                .containsExactly(List.of("aws_access_key", "1"), List.of("github_token", "2"));
        assertThat(section(html, "Context sent to the orchestrator").text())
                .contains("118,000 sent of 182,000 in the change (budget 120,000)", "big-fixture.json", ".env");
        assertThat(section(html, "Warnings (1)").select("li").eachText())
                .containsExactly("budget: this run has used $1.64 of its $2.00 limit (82 %)");
    }

    @Test
    void unknownCostsSayUnknown() {
        Document html = Jsoup.parse(ReportHtml.write(Reports.withUnknownCosts().build()));

        assertThat(keyValues(section(html, "Cost and tokens").selectFirst("table")))
                .containsEntry("Implementer", "unknown").containsEntry("Orchestrator", "unknown")
                .containsEntry("Total", "unknown");
    }

    @Test
    void errorIsShownAndNothingPretendsToBeJudged() {
        Document html = Jsoup.parse(ReportHtml.write(Reports.errorBeforeAnyIteration().build()));

        assertThat(section(html, "Error").text()).contains("OPENAI_API_KEY was rejected (401)");
        assertThat(html.select("svg")).isEmpty();
        assertThat(html.select(".kpis > div").eachText()).startsWith("Quality – min 80", "Confidence – min 0.60");
        assertThat(section(html, "Iterations").text()).contains("No iteration ran.");
    }

    @Test
    void reviewModeHasNoImplementerSection() {
        Document html = Jsoup.parse(ReportHtml.write(Reports.review().build()));

        assertThat(html.select("h3").eachText()).doesNotContain("Implementer (Claude Code)").contains("Orchestrator");
        assertThat(html.selectFirst("header").text()).contains("review mode");
    }

    @ParameterizedTest
    @FieldSource("HOSTILE")
    void modelTextNeverBecomesMarkup(final String payload) {
        String written = ReportHtml.write(Reports.hostile(payload).build());
        Document html = Jsoup.parse(written);
        Document plain = Jsoup.parse(ReportHtml.write(Reports.hostile("plain text").build()));

        assertThat(tagSequence(html)).isEqualTo(tagSequence(plain));
        assertThat(html.select("script, img, iframe, a, x, b")).isEmpty();
        assertThat(attributes(html)).noneMatch(a -> a.getKey().startsWith("on"));
        String shown = payload.replace('\u0000', '\uFFFD');
        assertThat(html.select("section.iteration > h3 + table td").eachText()).contains(collapse(shown));
        assertThat(table(html, "Criteria").get(0)).containsExactly(collapse(shown), "40", "50", "1", "✘ below",
                collapse(shown));
        assertThat(html.select("section.iteration pre")).extracting(Element::wholeText).contains(shown);
    }

    @ParameterizedTest
    @FieldSource("HOSTILE")
    void errorTextNeverBecomesMarkup(final String payload) {
        Document html = Jsoup.parse(ReportHtml.write(Reports.hostileError(payload).build()));
        Document plain = Jsoup.parse(ReportHtml.write(Reports.hostileError("plain text").build()));

        assertThat(tagSequence(html)).isEqualTo(tagSequence(plain));
        assertThat(section(html, "Error").selectFirst("p").text()).isEqualTo(collapse(payload.replace('\u0000', '\uFFFD')));
    }

    @Property(tries = 150)
    void anyTextKeepsThePagesShape(@ForAll final String text) {
        Document plain = Jsoup.parse(ReportHtml.write(Reports.hostile("plain text").build()));
        Document html = Jsoup.parse(ReportHtml.write(Reports.hostile("x" + text).build()));

        assertThat(tagSequence(html)).isEqualTo(tagSequence(plain));
        assertThat(attributes(html)).noneMatch(a -> a.getKey().startsWith("on"));
    }

    private static Element banner(final Report report) {
        return Jsoup.parse(ReportHtml.write(report)).selectFirst("header");
    }

    private static Element section(final Document html, final String heading) {
        for (Element section : html.select("section")) {
            Element h2 = section.selectFirst("h2");
            if (h2 != null && h2.text().equals(heading)) {
                return section;
            }
        }
        throw new AssertionError("no section " + heading);
    }

    private static List<List<String>> table(final Document html, final String heading) {
        return rows(section(html, heading).selectFirst("table"));
    }

    private static List<List<String>> rows(final Element table) {
        return table.select("tbody tr").stream().map(tr -> tr.select("td").eachText()).collect(Collectors.toList());
    }

    private static Map<String, String> keyValues(final Element table) {
        return table.select("tr").stream().collect(Collectors.toMap(tr -> tr.selectFirst("th").text(),
                tr -> tr.selectFirst("td").text(), (a, b) -> a, java.util.LinkedHashMap::new));
    }

    private static List<Attribute> attributes(final Document html) {
        return html.getAllElements().stream().flatMap(e -> e.attributes().asList().stream()).toList();
    }

    private static List<String> tagSequence(final Document html) {
        return html.getAllElements().stream().map(Element::tagName).toList();
    }

    /** jsoup's text() collapses runs of whitespace as a browser renders them. */
    private static String collapse(final String text) {
        return text.replaceAll("[\\s\\u00A0]+", " ").strip();
    }
}
