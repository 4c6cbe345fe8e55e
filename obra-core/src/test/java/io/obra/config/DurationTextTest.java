package io.obra.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class DurationTextTest {

    @Test
    void parsesUnitsAndCombinations() {
        assertThat(DurationText.parse("500ms")).contains(Duration.ofMillis(500));
        assertThat(DurationText.parse("30s")).contains(Duration.ofSeconds(30));
        assertThat(DurationText.parse("5m")).contains(Duration.ofMinutes(5));
        assertThat(DurationText.parse("2h")).contains(Duration.ofHours(2));
        assertThat(DurationText.parse("1h30m")).contains(Duration.ofMinutes(90));
        assertThat(DurationText.parse(" 1.5s ")).contains(Duration.ofMillis(1500));
        assertThat(DurationText.parse("45")).contains(Duration.ofSeconds(45));
        assertThat(DurationText.parse("0")).contains(Duration.ZERO);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "5 minutes", "-5s", "5d", "s", "1h-5m", "PT5M", "99999999999999h"})
    void refusesEverythingElse(final String text) {
        assertThat(DurationText.parse(text)).isEmpty();
    }

    @Test
    void formatsTheShortestForm() {
        assertThat(DurationText.format(Duration.ofMillis(250))).isEqualTo("250ms");
        assertThat(DurationText.format(Duration.ofSeconds(90))).isEqualTo("90s");
        assertThat(DurationText.format(Duration.ofMinutes(5))).isEqualTo("5m");
        assertThat(DurationText.format(Duration.ofHours(2))).isEqualTo("2h");
        assertThat(DurationText.format(Duration.ZERO)).isEqualTo("0s");
    }
}
