package io.obra.context;

import org.junit.jupiter.api.Test;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VerifyOutputTailTest {

    private static final TokenCounter COUNTER = TokenCounter.o200k();

    private final VerifyOutputTail tail = new VerifyOutputTail(COUNTER);

    private static String lines(final int n) {
        return IntStream.rangeClosed(1, n).mapToObj(i -> "[INFO] line " + i).collect(Collectors.joining("\n", "", "\n"));
    }

    @Test
    void shortOutputIsShownWholeWithoutANote() {
        final VerifyTail result = tail.tail(lines(5), 80);

        assertThat(result.text()).isEqualTo(lines(5));
        assertThat(result.note()).isEmpty();
        assertThat(result).extracting(VerifyTail::totalLines, VerifyTail::shownLines, VerifyTail::omittedLines)
                .containsExactly(5, 5, 0);
        assertThat(result.tokens()).isEqualTo(COUNTER.count(result.text()));
    }

    @Test
    void keepsTheLastLinesAndSaysHowManyCameBefore() {
        final VerifyTail result = tail.tail(lines(1_000) + "[ERROR] BUILD FAILURE\n", 3);

        assertThat(result.text()).isEqualTo("[obra: showing the last 3 of 1001 lines of the verify output; "
                + "998 earlier lines omitted]\n[INFO] line 999\n[INFO] line 1000\n[ERROR] BUILD FAILURE\n");
        assertThat(result.omittedLines()).isEqualTo(998);
    }

    @Test
    void crlfAndAMissingFinalNewlineAreHandled() {
        final VerifyTail result = tail.tail("a\r\nb\r\nc", 2);

        assertThat(result.text()).endsWith("b\nc\n");
        assertThat(result.totalLines()).isEqualTo(3);
        assertThat(result.shownLines()).isEqualTo(2);
    }

    @Test
    void overlongLinesLoseTheirMiddleButKeepBothEnds() {
        final String stackLine = "Caused by: java.lang.IllegalStateException: " + "x".repeat(5_000) + " at Foo.java:42";

        final VerifyTail result = tail.tail("start\n" + stackLine + "\n", 10);

        assertThat(result.shortenedLines()).isEqualTo(1);
        assertThat(result.text()).contains("Caused by: java.lang.IllegalStateException: ")
                .contains(" at Foo.java:42\n").containsPattern("\\[\\.\\.\\. \\d+ characters cut \\.\\.\\.\\]")
                .contains("1 line longer than 500 characters cut in the middle");
        final String shown = result.text().lines().filter(l -> l.startsWith("Caused by")).findFirst().orElseThrow();
        assertThat(shown.length()).isLessThan(560);
    }

    @Test
    void theTokenBoundDropsMoreLinesFromTheTop() {
        final VerifyOutputTail small = new VerifyOutputTail(COUNTER, 500, 200);

        final VerifyTail result = small.tail(lines(500), 400);

        assertThat(result.tokens()).isLessThanOrEqualTo(200).isEqualTo(COUNTER.count(result.text()));
        assertThat(result.shownLines()).isBetween(10, 399);
        assertThat(result.text()).endsWith("[INFO] line 500\n")
                .startsWith("[obra: showing the last " + result.shownLines() + " of 500 lines");
    }

    @Test
    void zeroLinesShowsOnlyThatOutputWasLeftOut() {
        final VerifyTail result = tail.tail(lines(12), 0);

        assertThat(result.text()).isEqualTo("[obra: verify output not shown (context.verifyTailLines is 0; it had 12 lines)]\n");
        assertThat(tail.tail("", 80).text()).isEmpty();
    }

    @Test
    void aHugeOutputIsReadFromItsEnd() {
        final String huge = "noise line that goes on for a while\n".repeat(300_000) + "[ERROR] Tests run: 12, Failures: 1\n";

        final VerifyTail result = tail.tail(huge, 80);

        assertThat(result.totalLines()).isEqualTo(300_001);
        assertThat(result.shownLines()).isEqualTo(80);
        assertThat(result.text()).endsWith("[ERROR] Tests run: 12, Failures: 1\n");
    }

    @Test
    void negativeLineCountsAreRefusedNamingTheSetting() {
        assertThatThrownBy(() -> tail.tail("x", -1)).hasMessageContaining("context.verifyTailLines");
    }
}
