package io.obra.validation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VerdictParserTest {

    private static final String VALID = """
            {"quality": 85, "confidence": 0.8, "summary": "Adds validation with tests.",
             "criteria": [{"name": "correctness", "score": 90, "rationale": "Handles null and blank."},
                          {"name": "tests", "score": 70, "rationale": "No test for the 400 body."}],
             "findings": [{"severity": "minor", "file": "src/A.java", "line": 12, "message": "Name the constant."},
                          {"severity": "blocker", "file": null, "line": null, "message": "Breaks the API."}]}
            """;

    private final VerdictParser parser = new VerdictParser();

    @Test
    void parsesTheSchemaShape() throws VerdictParseException {
        Verdict v = parser.parse(VALID);

        assertThat(v.quality()).isEqualTo(85);
        assertThat(v.confidence()).isEqualTo(0.8);
        assertThat(v.summary()).isEqualTo("Adds validation with tests.");
        assertThat(v.criteria()).extracting(Criterion::name, Criterion::score)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("correctness", 90),
                        org.assertj.core.groups.Tuple.tuple("tests", 70));
        assertThat(v.findings()).first().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.BLOCKER);
            assertThat(f.location()).isEmpty();
        });
        assertThat(v.findings().get(1).location()).isEqualTo("src/A.java:12");
    }

    @Test
    void findsTheJsonInACodeFenceWithProseAround() throws VerdictParseException {
        Verdict v = parser.parse("Here is my verdict:\n```json\n" + VALID + "```\nLet me know if you need more.");

        assertThat(v.quality()).isEqualTo(85);
    }

    @Test
    void findsTheJsonAfterProseWithoutFence() throws VerdictParseException {
        assertThat(parser.parse("Sure! " + VALID + " Hope this helps {not json").quality()).isEqualTo(85);
    }

    @Test
    void unwrapsAVerdictWrapper() throws VerdictParseException {
        assertThat(parser.parse("{\"verdict\": " + VALID + "}").confidence()).isEqualTo(0.8);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "\"85\"       | 0.8      | 85 | 0.8",
            "\"85%\"      | \"80%\"  | 85 | 0.8",
            "0.85         | 0.8      | 85 | 0.8",
            "85           | 80       | 85 | 0.8",
            "\"85/100\"   | \"0.8\"  | 85 | 0.8",
            "1            | 1        | 1  | 1.0",
            "1.0          | 1.0      | 100| 1.0",
            "84.6         | 0.5      | 85 | 0.5"})
    void normalisesNumbersAndScales(final String quality, final String confidence, final int expectedQuality,
                                    final double expectedConfidence) throws VerdictParseException {
        Verdict v = parser.parse("{\"quality\": " + quality + ", \"confidence\": " + confidence
                + ", \"summary\": \"s\", \"criteria\": [], \"findings\": []}");

        assertThat(v.quality()).isEqualTo(expectedQuality);
        assertThat(v.confidence()).isEqualTo(expectedConfidence);
    }

    @Test
    void derivesQualityFromCriteriaWhenMissing() throws VerdictParseException {
        Verdict v = parser.parse("{\"confidence\": 0.7, \"criteria\": {\"correctness\": 80, \"tests\": {\"score\": 60}}}");

        assertThat(v.quality()).isEqualTo(70);
        assertThat(v.criteria()).hasSize(2);
        assertThat(v.summary()).isEmpty();
    }

    @Test
    void mapsSeveritySynonymsAndLineForms() throws VerdictParseException {
        Verdict v = parser.parse("""
                {"quality": 50, "confidence": 0.5, "findings": [
                  {"severity": "HIGH", "file": "a.js", "line": "L12", "message": "x"},
                  {"severity": "nit", "file": "", "line": "12-15", "message": "y"},
                  {"severity": "weird", "message": "z"},
                  "plain text finding"]}
                """);

        assertThat(v.findings()).extracting(Finding::severity)
                .containsExactly(Severity.BLOCKER, Severity.MINOR, Severity.INFO, Severity.INFO);
        assertThat(v.findings().get(0).line()).contains(12);
        assertThat(v.findings().get(1).file()).isEmpty();
        assertThat(v.findings().get(1).line()).isEqualTo(Optional.of(12));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "I cannot help with that.", "{\"quality\": 80, \"confidence\": 0.9",
            "[1, 2, 3]", "{\"quality\": \"high\", \"confidence\": 0.5}", "{\"quality\": 150, \"confidence\": 0.5}",
            "{\"quality\": 80}", "{\"quality\": 80, \"confidence\": -0.5}", "{\"quality\": 80, \"confidence\": 250}",
            "{\"quality\": 80, \"confidence\": 0.5, \"findings\": {\"a\": 1}}",
            "{\"quality\": 80, \"confidence\": 0.5, \"criteria\": [{\"score\": 80}]}",
            "{\"quality\": 80, \"confidence\": 0.5, \"findings\": [{\"severity\": \"major\"}]}",
            "{\"confidence\": 0.5, \"summary\": \"no scores\"}"})
    void rejectsUnusableRepliesWithTheTypedError(final String reply) {
        assertThatThrownBy(() -> parser.parse(reply)).isInstanceOf(VerdictParseException.class)
                .hasMessageNotContaining("Exception");
    }

    @Test
    void namesTheMissingFieldAndShowsAnExcerpt() {
        assertThatThrownBy(() -> parser.parse("{\"quality\": 80, \"summary\": \"fine\"}"))
                .hasMessageContaining("no \"confidence\"").hasMessageContaining("\"summary\": \"fine\"");
        assertThatThrownBy(() -> parser.parse("{\"quality\": \"excellent\", \"confidence\": 1}"))
                .hasMessageContaining("\"quality\" must be a number, got \"excellent\"");
        assertThatThrownBy(() -> parser.parse("{\"quality\": 80, \"confidence\": 0.9, \"summary\": \"cut off"))
                .hasMessageContaining("truncated");
    }

    @Test
    void survivesDeepNestingWithoutStackOverflow() {
        String deep = "{\"a\":".repeat(50_000) + "1" + "}".repeat(50_000);

        assertThatThrownBy(() -> parser.parse(deep)).isInstanceOf(VerdictParseException.class);
    }
}
