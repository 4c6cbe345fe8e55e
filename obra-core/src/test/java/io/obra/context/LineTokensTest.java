package io.obra.context;

import io.obra.testing.DiffCorpus;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** One pass over a text's lines gives exactly the tokenizer's count of the whole text, and each line's count. */
class LineTokensTest {

    private static final TokenCounter COUNTER = TokenCounter.o200k();

    /** Line ends, white space of every kind, slashes and punctuation next to them: where tokens may cross a line end. */
    private static final List<String> FRAGMENTS = List.of("\n", "\r\n", "\r", "\n\n", " ", "  ", "\t", "\u00A0", "\u2028",
            "\u0085", "\u3000", "\u000B", "\f", "/", "//", "/*", "*/", "}", "};", ");", "+", "-", "@@ -1 +1 @@", "diff --git a/x b/x",
            "foo", "Bar", "'s", "'ll", "123", "4567", "é", "日本語", "\uD83D\uDE00", "x", "+\t", " */", "#", "\\", "\"", "<|endoftext|>");

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.oneOf(Arbitraries.of(FRAGMENTS), Arbitraries.strings().ofMaxLength(12))
                .list().ofMaxSize(80).map(parts -> String.join("", parts));
    }

    @Property(tries = 5000)
    void theSumOverLinesIsTheCountOfTheWholeText(@ForAll("texts") final String text) {
        assertThat(new LineTokens(text, COUNTER).total()).isEqualTo(COUNTER.count(text));
    }

    @Property(tries = 1000)
    void anyLineIsCountedAsTheTokenizerCountsIt(@ForAll("texts") final String text) {
        LineTokens tokens = new LineTokens(text, COUNTER);
        for (String line : text.split("(?<=\n)")) {
            assertThat(tokens.count(line)).isEqualTo(COUNTER.count(line));
        }
    }

    @Test
    void everyDiffOfTheCorpusCountsTheSameByLines() {
        for (DiffCorpus.Entry entry : DiffCorpus.all()) {
            assertThat(new LineTokens(entry.diff(), COUNTER).total()).as(entry.name()).isEqualTo(COUNTER.count(entry.diff()));
        }
    }

    @Test
    void aTextOfManySlicesCountsAsAWhole() {
        StringBuilder text = new StringBuilder();
        for (DiffCorpus.Entry entry : DiffCorpus.all()) {
            text.append(entry.diff()).append("\n\n/ \n");
        }
        String all = text.toString();
        assertThat(all.length()).isGreaterThan(10 * LineTokens.SLICE_CHARS);

        LineTokens tokens = new LineTokens(all, COUNTER);

        assertThat(tokens.total()).isEqualTo(COUNTER.count(all));
        assertThat(tokens.count("+}\n")).isEqualTo(COUNTER.count("+}\n"));
    }

    @Test
    void aLineEndFollowedByAnotherLineEndOrASlashIsNotABoundary() {
        assertThat(LineTokens.boundary("a\n\nb", 2)).isFalse();
        assertThat(LineTokens.boundary("a;\n/b", 3)).isFalse();
        assertThat(LineTokens.boundary("a\n  \nb", 2)).isFalse();
        assertThat(LineTokens.boundary("a\n  b", 2)).isTrue();
        assertThat(LineTokens.boundary("a\n+b", 2)).isTrue();
    }
}
