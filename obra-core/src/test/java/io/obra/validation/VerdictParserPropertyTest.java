package io.obra.validation;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The parser meets whatever a model sends: over 10⁵ generated replies (random text, mutated verdicts,
 * random JSON values in every field) it either returns a valid verdict or throws the typed error.
 */
class VerdictParserPropertyTest {

    private static final String TEMPLATE = "{\"quality\": %s, \"confidence\": %s, \"summary\": %s, "
            + "\"criteria\": [{\"name\": \"correctness\", \"score\": %s, \"rationale\": %s}], "
            + "\"findings\": [{\"severity\": %s, \"file\": %s, \"line\": %s, \"message\": %s}]}";

    private final VerdictParser parser = new VerdictParser();

    @Property(tries = 40_000)
    void arbitraryTextNeverEscapesAsAnUntypedException(@ForAll("replies") final String reply) {
        assertParsesOrTypedError(reply);
    }

    @Property(tries = 40_000)
    void anyValueInAnyFieldNeverEscapesAsAnUntypedException(@ForAll("verdictsWithRandomValues") final String reply) {
        assertParsesOrTypedError(reply);
    }

    @Property(tries = 30_000)
    void mutatedVerdictsNeverEscapeAsAnUntypedException(@ForAll("mutatedVerdicts") final String reply) {
        assertParsesOrTypedError(reply);
    }

    private void assertParsesOrTypedError(final String reply) {
        try {
            Verdict v = parser.parse(reply);
            assertThat(v.quality()).isBetween(0, 100);
            assertThat(v.confidence()).isBetween(0.0, 1.0);
        } catch (VerdictParseException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
    }

    @Provide
    Arbitrary<String> replies() {
        Arbitrary<String> noise = Arbitraries.strings().all().ofMaxLength(200);
        Arbitrary<String> jsonish = Arbitraries.strings().withChars("{}[]\":,0123456789.-eEtrufalsn \\`").ofMaxLength(200);
        return Arbitraries.oneOf(noise, jsonish, jsonish.map(s -> "```json\n" + s + "\n```"));
    }

    @Provide
    Arbitrary<String> verdictsWithRandomValues() {
        Arbitrary<String> value = jsonValues();
        return Combinators.combine(List.of(value, value, value, value, value, value, value, value, value))
                .as(values -> String.format(TEMPLATE, values.toArray()));
    }

    @Provide
    Arbitrary<String> mutatedVerdicts() {
        String valid = String.format(TEMPLATE, "85", "0.8", "\"ok\"", "90", "\"fine\"", "\"major\"", "\"a.java\"", "3",
                "\"fix it\"");
        return Combinators.combine(Arbitraries.integers().between(0, valid.length() - 1),
                Arbitraries.integers().between(0, 20), Arbitraries.strings().all().ofMaxLength(5))
                .as((at, cut, insert) -> valid.substring(0, at) + insert + valid.substring(Math.min(valid.length(), at + cut)));
    }

    private static Arbitrary<String> jsonValues() {
        return Arbitraries.oneOf(
                Arbitraries.integers().between(-1000, 1000).map(String::valueOf),
                Arbitraries.doubles().between(-1000, 1000).map(String::valueOf),
                Arbitraries.of("null", "true", "false", "[]", "{}", "\"\"", "1e308", "-0", "1e-9", "[1,\"a\"]",
                        "{\"score\": 5}", "\"NaN\"", "\"Infinity\"", "\"85%\"", "\"0.5\"", "\"L12\"", "99999999999"),
                Arbitraries.strings().all().ofMaxLength(20)
                        .map(s -> "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\""));
    }
}
