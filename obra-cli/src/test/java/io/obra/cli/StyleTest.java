package io.obra.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StyleTest {

    @Test
    void coloursOnlyOnATerminalWithoutNoColor() {
        assertThat(Style.detect(true, null).colour()).isTrue();
        assertThat(Style.detect(true, "").colour()).isTrue();
        assertThat(Style.detect(true, "1").colour()).isFalse();
        assertThat(Style.detect(false, null).colour()).isFalse();
    }

    @Test
    void plainStyleLeavesTextAlone() {
        assertThat(new Style(false).red("x")).isEqualTo("x");
        assertThat(new Style(true).red("x")).isEqualTo("\u001b[31mx\u001b[0m");
    }
}
