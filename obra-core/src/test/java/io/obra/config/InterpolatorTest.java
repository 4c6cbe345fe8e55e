package io.obra.config;

import io.obra.config.Interpolator.Text;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class InterpolatorTest {

    private final Interpolator interpolator = new Interpolator(Map.of("A", "alpha", "EMPTY", ""));
    private final List<String> errors = new ArrayList<>();

    private Optional<Text> apply(final String raw) {
        return interpolator.apply(raw, true, errors::add);
    }

    @Test
    void textWithoutReferencesIsLiteral() {
        Text text = apply("mvn -q test $HOME").orElseThrow();

        assertThat(text.value()).isEqualTo("mvn -q test $HOME");
        assertThat(text.fromEnvironment()).isFalse();
        assertThat(text.soleVariable()).isEmpty();
    }

    @Test
    void aWholeReferenceIsItsVariable() {
        Text text = apply("${A}").orElseThrow();

        assertThat(text.value()).isEqualTo("alpha");
        assertThat(text.soleVariable()).contains("A");
    }

    @Test
    void mixedTextIsNotASoleVariable() {
        Text text = apply("x-${A}-${A}").orElseThrow();

        assertThat(text.value()).isEqualTo("x-alpha-alpha");
        assertThat(text.fromEnvironment()).isTrue();
        assertThat(text.soleVariable()).isEmpty();
    }

    @Test
    void defaultsReplaceUnsetAndEmptyVariables() {
        assertThat(apply("${B:-beta}").orElseThrow().value()).isEqualTo("beta");
        assertThat(apply("${EMPTY:-fallback}").orElseThrow().value()).isEqualTo("fallback");
        assertThat(apply("${A:-unused}").orElseThrow().soleVariable()).contains("A");
        assertThat(apply("${B:-}").orElseThrow().value()).isEmpty();
        assertThat(errors).isEmpty();
    }

    @Test
    void anEmptyVariableWithoutDefaultIsEmptyText() {
        assertThat(apply("${EMPTY}").orElseThrow().value()).isEmpty();
    }

    @Test
    void problemsAreReported() {
        assertThat(apply("${MISSING}")).isEmpty();
        assertThat(apply("${1X}")).isEmpty();
        assertThat(apply("a ${A")).isEmpty();

        assertThat(errors).containsExactly("environment variable MISSING is not set",
                "${1X} does not name an environment variable (letters, digits, _)",
                "unterminated ${ in \"${A\"; write $${ for a literal ${");
    }

    @Test
    void problemsOfASecretQuoteNothing() {
        interpolator.apply("${sk-secret-part}", false, errors::add);
        interpolator.apply("sk-abc${def", false, errors::add);

        assertThat(errors).containsExactly("a ${...} reference does not name an environment variable (letters,"
                + " digits, _)", "unterminated ${; write $${ for a literal ${");
    }

    @Test
    void dollarDollarBraceEscapes() {
        assertThat(apply("$${A} ${A}").orElseThrow().value()).isEqualTo("${A} alpha");
    }
}
