package io.obra.report;

import io.obra.report.Report.FindingInfo;
import io.obra.testing.Reports;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Reads the Markdown the way GitHub does (CommonMark + GFM tables) and checks what a reader would see. */
class ReportMarkdownTest {

    private static final List<Extension> GFM = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(GFM).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(GFM).build();
    private static final Set<String> TAGS_WE_WRITE = Set.of("html", "head", "body", "h2", "h3", "p", "strong", "em",
            "table", "thead", "tbody", "tr", "th", "td", "ul", "li");
    static final List<String> HOSTILE = Reports.HOSTILE_TEXT;

    @Test
    void passedRunOpensWithTheVerdictAndTheScoresAgainstTheThresholds() {
        String md = ReportMarkdown.write(Reports.passed().build());
        Document html = render(md);

        assertThat(html.selectFirst("h2").text()).isEqualTo("✅ Obra quality gate passed");
        assertThat(html.select("p").get(0).text())
                .isEqualTo("Quality 88/100 ✅ (min 80) · Confidence 0.82 ✅ (min 0.60) · 1 iteration · implement mode"
                        + " · on fail: FAILURE");
        assertThat(html.text()).contains("Summary: Validation is added with tests; one minor naming issue.");
        assertThat(rows(html, "Criterion")).containsExactly(
                List.of("correctness", "90", "80", "✅", "Rejects empty and overlong names as asked."),
                List.of("tests", "85", "80", "✅", "UserControllerTest covers both new branches."),
                List.of("security", "92", "80", "✅", "Input is validated before use."));
    }

    @Test
    void failedRunMarksWhatIsShortAgainstEachCriterionsOwnMinimum() {
        Document html = render(ReportMarkdown.write(Reports.failedAfterThreeIterations().build()));

        assertThat(html.selectFirst("h2").text()).isEqualTo("❌ Obra quality gate failed");
        assertThat(html.select("p").get(0).text()).startsWith("Quality 70/100 ❌ (min 80) · Confidence 0.75 ✅");
        assertThat(rows(html, "Criterion")).extracting(row -> row.subList(0, 4)).containsExactly(
                List.of("correctness", "60", "80", "❌"),
                List.of("tests", "82", "75", "✅"),
                List.of("security", "95", "80", "✅"));
    }

    @Test
    void findingsComeMostSevereFirstWithFileAndLine() {
        Document html = render(ReportMarkdown.write(Reports.failedAfterThreeIterations().build()));

        assertThat(html.select("h3").eachText()).contains("Findings (4)");
        assertThat(html.select("li").eachText()).containsExactly(
                "blocker src/main/java/app/EmailRule.java:12 — Regex rejects plus addressing.",
                "major src/test/java/app/UserControllerTest.java:88 — Test asserts nothing.",
                "minor README.md — Typo in the usage section.",
                "info — Consider a shared validator.");
    }

    @Test
    void listsAtMostTenFindingsAndCountsTheRest() {
        List<FindingInfo> findings = new ArrayList<>();
        for (int i = 1; i <= 15; i++) {
            findings.add(Reports.finding(i % 5 == 0 ? "blocker" : "info", "F" + i + ".java", i, "finding " + i));
        }
        Report report = Reports.passed().iterations(List.of(Reports.iteration(1,
                Reports.verdict(85, 0.9, "s", List.of(), findings), "PASSED"))).build();

        Document html = render(ReportMarkdown.write(report));

        assertThat(html.select("li")).hasSize(10);
        assertThat(html.select("li").eachText()).first().asString().startsWith("blocker F5.java:5");
        assertThat(html.select("li").eachText().subList(0, 3)).allMatch(t -> t.startsWith("blocker"));
        assertThat(html.select("h3").eachText()).contains("Findings (15)");
        assertThat(html.text()).contains("… and 5 more in obra-report.json / obra-report.html.");
    }

    @Test
    void iterationsShowScoresGateVerifyAndCost() {
        Document html = render(ReportMarkdown.write(Reports.failedAfterThreeIterations().build()));

        assertThat(rows(html, "#")).containsExactly(
                List.of("1", "55", "0.70", "❌ failed", "12 turns, exit 0, 1 min 35 s", "✅ exit 0",
                        "openai gpt-4o-mini-2024-07-18 (2 attempts)", "$0.4325"),
                List.of("2", "64", "0.72", "❌ failed", "12 turns, exit 0, 1 min 35 s", "✅ exit 0",
                        "openai gpt-4o-mini-2024-07-18 (2 attempts)", "$0.4325"),
                List.of("3", "70", "0.75", "❌ failed", "12 turns, exit 0, 1 min 35 s", "❌ exit 1",
                        "openai gpt-4o-mini-2024-07-18 (2 attempts)", "$0.4325"));
    }

    @Test
    void costSplitsImplementerAndOrchestrator() {
        Document html = render(ReportMarkdown.write(Reports.failedAfterThreeIterations().build()));

        assertThat(rows(html, "Implementer")).containsExactly(
                List.of("$1.26", "$0.0375", "$1.30", "36,000 + 2,700", "6 min 02 s"));
    }

    @Test
    void unknownCostsSayUnknown() {
        Document html = render(ReportMarkdown.write(Reports.withUnknownCosts().build()));

        assertThat(rows(html, "Implementer").get(0).subList(0, 3)).containsExactly("unknown", "unknown", "unknown");
        assertThat(rows(html, "#").get(0)).last().isEqualTo("unknown");
    }

    @Test
    void errorBeforeAnyIterationSaysWhatFailedAndShowsNoScores() {
        Document html = render(ReportMarkdown.write(Reports.errorBeforeAnyIteration().build()));

        assertThat(html.selectFirst("h2").text()).isEqualTo("⚠️ Obra could not judge the change");
        assertThat(html.text()).contains("Error: the OpenAI key in environment variable OPENAI_API_KEY was rejected "
                + "(401) by https://api.openai.com/v1: check the key", "No iteration ran before the error.");
        assertThat(html.text()).doesNotContain("Quality", "Scores", "Findings");
    }

    @Test
    void reviewModeSaysSoAndHasNoImplementer() {
        Document html = render(ReportMarkdown.write(Reports.review().build()));

        assertThat(html.select("p").get(0).text()).contains("review mode");
        assertThat(html.text()).doesNotContain("Task:");
        assertThat(rows(html, "#").get(0).get(4)).isEqualTo("–");
    }

    @Test
    void countsRedactionsByKindWithoutValues() {
        Document on = render(ReportMarkdown.write(Reports.passed()
                .redactions(3, Map.of("github_token", 2, "aws_access_key", 1)).build()));
        Document off = render(ReportMarkdown.write(Reports.catalogue().get("unstable, privacy off")));

        assertThat(on.text()).contains("Privacy mode on: 3 values redacted (aws_access_key 1, github_token 2).");
        assertThat(off.text()).contains("Privacy mode was off");
    }

    @Test
    void listsWarnings() {
        Document html = render(ReportMarkdown.write(Reports.withBudgetWarnings().build()));

        assertThat(html.select("h3").eachText()).contains("Warnings");
        assertThat(html.select("li").eachText()).contains(
                "⚠️ budget: this run has used $1.64 of its $2.00 limit (82 %)",
                "⚠️ model gpt-4o is not pinned to a dated version; scores may drift");
    }

    @ParameterizedTest
    @FieldSource("HOSTILE")
    void modelTextCannotAddMarkupLinksTablesOrHeadings(final String payload) {
        Document html = render(ReportMarkdown.write(Reports.hostile(payload).build()));

        assertThat(tagNames(html)).isSubsetOf(TAGS_WE_WRITE);
        assertThat(html.select("h2")).hasSize(1);
        assertThat(html.select("h3").eachText())
                .containsExactly("Scores", "Findings (3)", "Iterations", "Cost", "Warnings");
        assertThat(html.select("table")).hasSize(3);
        for (Element table : html.select("table")) {
            int columns = table.select("thead th").size();
            assertThat(table.select("tbody tr")).allSatisfy(row -> assertThat(row.select("td")).hasSize(columns));
        }
        String shown = flattened(payload);
        assertThat(html.text()).contains("Summary: " + shown);
        assertThat(rows(html, "Criterion").get(0)).containsExactly(shown, "40", "50", "❌", shown);
        assertThat(html.select("li").get(0).text()).isEqualTo("blocker " + shown + ":7 — " + shown);
    }

    @Test
    void errorTextIsEscapedToo() {
        Document html = render(ReportMarkdown.write(Reports.hostileError("<img src=x onerror=alert(1)> *x*").build()));

        assertThat(tagNames(html)).isSubsetOf(TAGS_WE_WRITE);
        assertThat(html.text()).contains("Error: <img src=x onerror=alert(1)> *x*");
    }

    @Property(tries = 150)
    void anyModelTextKeepsTheDocumentsShape(@ForAll final String text) {
        Document plain = render(ReportMarkdown.write(Reports.hostile("plain text").build()));
        Document hostile = render(ReportMarkdown.write(Reports.hostile("x" + text).build()));

        assertThat(tagSequence(hostile)).isEqualTo(tagSequence(plain));
    }

    @Test
    void escapesWhatCouldStartABlockOrFormat() {
        assertThat(MarkdownText.escape("# title")).isEqualTo("\\# title");
        assertThat(MarkdownText.escape("- item")).isEqualTo("\\- item");
        assertThat(MarkdownText.escape("12. item")).isEqualTo("12\\. item");
        assertThat(MarkdownText.escape("a|b *c* <d> & e\nf")).isEqualTo("a\\|b \\*c\\* &lt;d&gt; &amp; e f");
    }

    private static Document render(final String markdown) {
        return Jsoup.parse(RENDERER.render(PARSER.parse(markdown)));
    }

    /** The body rows of the table whose first header cell is {@code firstHeader}, as cell texts. */
    private static List<List<String>> rows(final Document html, final String firstHeader) {
        for (Element table : html.select("table")) {
            if (table.select("thead th").first().text().equals(firstHeader)) {
                return table.select("tbody tr").stream()
                        .map(row -> row.select("td").eachText()).collect(Collectors.toList());
            }
        }
        throw new AssertionError("no table with first header " + firstHeader + " in\n" + html);
    }

    private static Set<String> tagNames(final Document html) {
        return html.getAllElements().stream().map(Element::tagName).filter(t -> !t.equals("#root"))
                .collect(Collectors.toSet());
    }

    private static List<String> tagSequence(final Document html) {
        return html.getAllElements().stream().map(Element::tagName).toList();
    }

    /** What a reader sees of model text: line breaks and control characters as single spaces. */
    private static String flattened(final String text) {
        return text.replaceAll("[\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029 ]+", " ").strip();
    }
}
