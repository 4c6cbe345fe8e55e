package io.obra.report;

import io.obra.report.CheckView.Annotation;
import io.obra.report.CheckView.Conclusion;
import io.obra.report.CheckView.Level;
import io.obra.report.Report.FindingInfo;
import io.obra.testing.Reports;
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
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The "Obra quality gate" check as GitHub would show it: conclusion, Markdown rendered like GitHub, annotations. */
class CheckViewTest {

    private static final List<Extension> GFM = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(GFM).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(GFM).build();
    private static final Set<String> TAGS_WE_WRITE = Set.of("html", "head", "body", "p", "strong", "table", "thead",
            "tbody", "tr", "th", "td", "ul", "li");
    static final List<String> HOSTILE = Reports.HOSTILE_TEXT;

    @Test
    void passedGateIsASuccessWithTheScoresInTitleSummaryAndTable() {
        CheckView check = CheckView.of(Reports.passed().build());

        assertThat(check.conclusion()).isEqualTo(Conclusion.SUCCESS);
        assertThat(check.title()).isEqualTo("Quality gate passed: quality 88, confidence 0.82");
        assertThat(render(check.summary()).text()).isEqualTo("Quality 88 (minimum 80), confidence 0.82 (minimum 0.60) "
                + "after 1 iteration, cost $0.4325. Validation is added with tests; one minor naming issue.");
        assertThat(rows(render(check.text()))).containsExactly(
                List.of("correctness", "90", "80", "pass"),
                List.of("tests", "85", "80", "pass"),
                List.of("security", "92", "80", "pass"));
        assertThat(check.annotations()).containsExactly(new Annotation("src/main/java/app/UserController.java", 41, 41,
                Level.WARNING, "Obra: minor", "Rename `n` to `name`."));
    }

    @Test
    void failedGateIsAFailureEvenWhenOnFailOnlyMarkedTheBuildUnstable() {
        assertThat(CheckView.of(Reports.failedAfterThreeIterations().build()).conclusion())
                .isEqualTo(Conclusion.FAILURE);
        assertThat(CheckView.of(Reports.failedAfterThreeIterations().onFail("UNSTABLE").build()).conclusion())
                .isEqualTo(Conclusion.FAILURE);
    }

    @Test
    void findingsBecomeAnnotationsMostSevereFirstAndThoseWithoutAFileGoToTheText() {
        CheckView check = CheckView.of(Reports.failedAfterThreeIterations().build());

        assertThat(check.annotations()).containsExactly(
                new Annotation("src/main/java/app/EmailRule.java", 12, 12, Level.FAILURE, "Obra: blocker",
                        "Regex rejects plus addressing."),
                new Annotation("src/test/java/app/UserControllerTest.java", 88, 88, Level.FAILURE, "Obra: major",
                        "Test asserts nothing."),
                new Annotation("README.md", 1, 1, Level.WARNING, "Obra: minor (no line given)",
                        "Typo in the usage section."));
        Document text = render(check.text());
        assertThat(rows(text)).extracting(row -> row.get(3)).containsExactly("below", "pass", "pass");
        assertThat(text.select("li").eachText()).containsExactly("info: Consider a shared validator.");
    }

    @Test
    void runThatCouldNotJudgeIsNeutralAndSaysWhy() {
        CheckView check = CheckView.of(Reports.errorBeforeAnyIteration().build());

        assertThat(check.conclusion()).isEqualTo(Conclusion.NEUTRAL);
        assertThat(check.title()).isEqualTo("Could not judge the change");
        assertThat(render(check.summary()).text()).startsWith("The change was not judged after 0 iterations")
                .contains("Error: the OpenAI key in environment variable OPENAI_API_KEY was rejected (401)");
        assertThat(check.annotations()).isEmpty();
    }

    @Test
    void warningsAreInTheText() {
        CheckView check = CheckView.of(Reports.withBudgetWarnings().build());

        assertThat(render(check.text()).select("li").eachText())
                .contains("model gpt-4o is not pinned to a dated version; scores may drift");
    }

    @Test
    void pathsAreRepositoryRelativeWithForwardSlashes() {
        Report report = Reports.failedAfterThreeIterations().iterations(List.of(Reports.iteration(1,
                Reports.verdict(40, 0.9, "x", List.of(), List.of(Reports.finding("major", ".\\src\\App.java", 0, "m"))),
                "FAILED"))).build();

        assertThat(CheckView.of(report).annotations()).containsExactly(
                new Annotation("src/App.java", 1, 1, Level.FAILURE, "Obra: major (no line given)", "m"));
    }

    @Test
    void annotationsStopAtTheLimitAndTheRestAreCountedInTheText() {
        List<FindingInfo> many = new ArrayList<>();
        for (int i = 1; i <= CheckView.MAX_ANNOTATIONS + 5; i++) {
            many.add(Reports.finding("minor", "src/F" + i + ".java", i, "finding " + i));
        }
        Report report = Reports.passed().iterations(List.of(Reports.iteration(1,
                Reports.verdict(90, 0.9, "x", List.of(), many), "PASSED"))).build();

        CheckView check = CheckView.of(report);

        assertThat(check.annotations()).hasSize(CheckView.MAX_ANNOTATIONS);
        assertThat(render(check.text()).select("li")).hasSize(5);
        assertThat(check.text()).contains("beyond the annotation limit (5)");
    }

    @ParameterizedTest
    @FieldSource("HOSTILE")
    void modelTextCannotAddMarkupToTheCheck(final String payload) {
        CheckView check = CheckView.of(Reports.hostile(payload).build());

        for (String markdown : List.of(check.summary(), check.text())) {
            Document html = render(markdown);
            assertThat(tagNames(html)).isSubsetOf(TAGS_WE_WRITE);
            assertThat(html.select("a, img, script, iframe")).isEmpty();
        }
        assertThat(check.annotations()).extracting(Annotation::message)
                .allSatisfy(m -> assertThat(m.chars().filter(c -> c < 0x20 && c != '\n' && c != '\t')).isEmpty());
    }

    @Test
    void checkTextStaysWithinGitHubsLimit() {
        String longText = "x".repeat(80_000);
        CheckView check = CheckView.of(Reports.hostile(longText).build());

        assertThat(check.summary().length()).isLessThanOrEqualTo(CheckView.MAX_MARKDOWN);
        assertThat(check.text().length()).isLessThanOrEqualTo(CheckView.MAX_MARKDOWN);
    }

    private static Document render(final String markdown) {
        return Jsoup.parse(RENDERER.render(PARSER.parse(markdown)));
    }

    private static List<List<String>> rows(final Document html) {
        Element table = html.selectFirst("table");
        assertThat(table).as("a scores table in\n%s", html).isNotNull();
        return table.select("tbody tr").stream().map(row -> row.select("td").eachText()).collect(Collectors.toList());
    }

    private static Set<String> tagNames(final Document html) {
        return html.getAllElements().stream().map(Element::tagName).filter(t -> !t.equals("#root"))
                .collect(Collectors.toSet());
    }
}
