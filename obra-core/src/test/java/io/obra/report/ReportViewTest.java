package io.obra.report;

import io.obra.report.ReportView.CriterionRow;
import io.obra.report.ReportView.Fact;
import io.obra.report.ReportView.FindingRow;
import io.obra.report.ReportView.IterationRow;
import io.obra.testing.Reports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** What the Jenkins build pages show of a report, decided here so the Jelly views only print. */
class ReportViewTest {

    static final List<String> HOSTILE = Reports.HOSTILE_TEXT;

    @Test
    void passedRunShowsTheScoresAgainstTheGateInGreen() {
        ReportView view = ReportView.of(Reports.passed().build());

        assertThat(view.readable()).isTrue();
        assertThat(view.title()).isEqualTo("Quality gate passed");
        assertThat(view.tone()).isEqualTo(Tone.SUCCESS);
        assertThat(view.quality()).isEqualTo(new ReportView.Score("88", "80", Tone.SUCCESS));
        assertThat(view.confidence()).isEqualTo(new ReportView.Score("0.82", "0.60", Tone.SUCCESS));
        assertThat(view.cost()).isEqualTo("$0.4325");
        assertThat(view.summary()).isEqualTo("Validation is added with tests; one minor naming issue.");
        assertThat(view.scoreLine())
                .isEqualTo("quality 88 (min 80) · confidence 0.82 (min 0.60) · 1 iteration · cost $0.4325");
        assertThat(view.error()).isEmpty();
        assertThat(view.criteria()).extracting(CriterionRow::name, CriterionRow::score, CriterionRow::minimum,
                CriterionRow::result).containsExactly(
                tuple("correctness", "90", "80", "pass"),
                tuple("tests", "85", "80", "pass"),
                tuple("security", "92", "80", "pass"));
        assertThat(view.iterations()).containsExactly(new IterationRow("1", "PASSED", Tone.SUCCESS, "88", "0.82",
                "claude-sonnet-4-5 · 12 turns · $0.4200", "–", Tone.NEUTRAL,
                "openai gpt-4o-mini-2024-07-18 · 2 attempts · $0.0125", "1"));
    }

    @Test
    void failedRunMarksEachCriterionAgainstItsOwnMinimumAndListsTheWorstFindingFirst() {
        ReportView view = ReportView.of(Reports.failedAfterThreeIterations().build());

        assertThat(view.title()).isEqualTo("Quality gate failed");
        assertThat(view.tone()).isEqualTo(Tone.FAILURE);
        assertThat(view.quality()).isEqualTo(new ReportView.Score("70", "80", Tone.FAILURE));
        assertThat(view.confidence().tone()).isEqualTo(Tone.SUCCESS);
        assertThat(view.criteria()).extracting(CriterionRow::name, CriterionRow::minimum, CriterionRow::result,
                CriterionRow::tone).containsExactly(
                tuple("correctness", "80", "below", Tone.FAILURE),
                tuple("tests", "75", "pass", Tone.SUCCESS),
                tuple("security", "80", "pass", Tone.SUCCESS));
        assertThat(view.findings()).containsExactly(
                new FindingRow("blocker", Tone.FAILURE, "src/main/java/app/EmailRule.java:12",
                        "Regex rejects plus addressing."),
                new FindingRow("major", Tone.FAILURE, "src/test/java/app/UserControllerTest.java:88",
                        "Test asserts nothing."),
                new FindingRow("minor", Tone.WARNING, "README.md", "Typo in the usage section."),
                new FindingRow("info", Tone.NEUTRAL, "–", "Consider a shared validator."));
        assertThat(view.iterations()).extracting(IterationRow::result, IterationRow::quality, IterationRow::verify,
                IterationRow::verifyTone).containsExactly(
                tuple("FAILED", "55", "exit code 0 · 20.0 s", Tone.SUCCESS),
                tuple("FAILED", "64", "exit code 0 · 21.0 s", Tone.SUCCESS),
                tuple("FAILED", "70", "exit code 1 · 19.5 s", Tone.FAILURE));
        assertThat(view.facts()).contains(new Fact("Verify command", "mvn -q test"));
    }

    @Test
    void runThatCouldNotJudgeShowsTheErrorAndNoScores() {
        ReportView view = ReportView.of(Reports.errorBeforeAnyIteration().build());

        assertThat(view.title()).isEqualTo("Could not judge the change");
        assertThat(view.tone()).isEqualTo(Tone.WARNING);
        assertThat(view.quality()).isEqualTo(new ReportView.Score("–", "80", Tone.NEUTRAL));
        assertThat(view.confidence().value()).isEqualTo("–");
        assertThat(view.error()).startsWith("the OpenAI key in environment variable OPENAI_API_KEY was rejected (401)");
        assertThat(view.iterations()).isEmpty();
        assertThat(view.criteria()).isEmpty();
        assertThat(view.findings()).isEmpty();
        assertThat(view.scoreLine()).startsWith("quality – (min 80) · confidence – (min 0.60) · 0 iterations");
    }

    @Test
    void reviewModeHasNoImplementerAndSaysWhatWasJudged() {
        ReportView view = ReportView.of(Reports.review().build());

        assertThat(view.task()).isEmpty();
        assertThat(view.iterations().get(0).implementer()).isEqualTo("–");
        assertThat(view.facts()).contains(new Fact("Mode", "review (no task: the change was judged as it is)"));
    }

    @Test
    void costWithoutAPriceSaysUnknownRatherThanZero() {
        ReportView view = ReportView.of(Reports.withUnknownCosts().build());

        assertThat(view.cost()).isEqualTo("unknown");
        assertThat(view.facts()).contains(new Fact("Total cost", "unknown"), new Fact("Implementer cost", "unknown"));
    }

    @Test
    void privacyAndContextFactsCountWhatWasRedactedAndDropped() {
        ReportView redacted = ReportView.of(Reports.passed()
                .redactions(3, Map.of("github_token", 2, "aws_access_key", 1)).build());
        ReportView dropped = ReportView.of(Reports.withDroppedContext().build());

        assertThat(redacted.facts()).contains(new Fact("Privacy mode",
                "on: 3 values redacted (aws_access_key 1, github_token 2)"));
        assertThat(dropped.facts()).contains(new Fact("Context sent", "118,000 of 182,000 tokens of the change (budget "
                + "120,000); 2 files dropped: src/main/resources/big-fixture.json, docs/generated/api.md"));
    }

    @Test
    void warningsAreListed() {
        ReportView view = ReportView.of(Reports.withBudgetWarnings().build());

        assertThat(view.warnings()).hasSize(3).first().asString().startsWith("budget: this run has used $1.64");
    }

    @Test
    void anUnreadableReportSaysWhyInsteadOfFailingThePage() {
        ReportView view = ReportView.unreadable("obra-report.json has schemaVersion 9; this Obra reads 1: upgrade");

        assertThat(view.readable()).isFalse();
        assertThat(view.title()).isEqualTo("Report cannot be shown");
        assertThat(view.tone()).isEqualTo(Tone.WARNING);
        assertThat(view.scoreLine()).isEqualTo(view.error()).contains("upgrade");
    }

    @ParameterizedTest
    @FieldSource("HOSTILE")
    void modelTextIsKeptVerbatimForTheViewToEscapeButLosesControlCharacters(final String payload) {
        ReportView view = ReportView.of(Reports.hostile(payload).build());
        List<String> texts = allTexts(view);

        String expected = payload.replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", "");
        assertThat(view.findings()).extracting(FindingRow::message).contains(expected);
        assertThat(view.summary()).isEqualTo(expected);
        for (String text : texts) {
            assertThat(text.chars().filter(c -> Character.isISOControl(c) && c != '\n' && c != '\t'))
                    .as("control characters in %s", text).isEmpty();
        }
    }

    @Test
    void hostileErrorIsShownCleaned() {
        ReportView view = ReportView.of(Reports.hostileError("boom\u001b[31m <b>x</b>").build());

        assertThat(view.error()).isEqualTo("boom[31m <b>x</b>");
    }

    private static List<String> allTexts(final ReportView view) {
        List<String> texts = new ArrayList<>(List.of(view.title(), view.summary(), view.error(), view.task(),
                view.prompt(), view.cost(), view.duration(), view.scoreLine()));
        view.facts().forEach(f -> texts.addAll(List.of(f.label(), f.value())));
        view.criteria().forEach(c -> texts.addAll(List.of(c.name(), c.rationale(), c.weight())));
        view.findings().forEach(f -> texts.addAll(List.of(f.severity(), f.location(), f.message())));
        view.iterations().forEach(i -> texts.addAll(List.of(i.result(), i.implementer(), i.verify(),
                i.orchestrator())));
        texts.addAll(view.warnings());
        return texts;
    }
}
