package io.obra.implementer;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The hand-written line splitting and whitespace collapsing agree with their plain definitions. */
class StreamTextPropertiesTest {

    @Property
    void oneLineCollapsesWhitespaceExactlyLikeTheRegex(
            @ForAll @Chars({' ', '\t', '\n', '\r', '\f', '\u000B', '\u0001', 'a', 'é', '€'}) final String text) {
        assertThat(Text.oneLine(text)).isEqualTo(text.replaceAll("\\s+", " ").trim());
    }

    @Property
    void linesArriveAsSplitOnNewlinesWhateverTheReadSizes(
            @ForAll @Chars({'a', 'é', '\r', '\n'}) @StringLength(max = 300) final String text,
            @ForAll @IntRange(min = 1, max = 40) final int maxLineChars, @ForAll final long seed) throws IOException {
        List<String> events = new ArrayList<>();
        StringBuilder parts = new StringBuilder();
        new BoundedLineReader(maxLineChars).read(new ChoppyReader(text, new Random(seed), 7),
                new BoundedLineReader.Listener() {
                    @Override
                    public void line(final String line) {
                        events.add("line:" + line);
                    }

                    @Override
                    public void longLinePart(final String part) {
                        parts.append(part);
                    }

                    @Override
                    public void longLineEnd(final long totalChars) {
                        events.add("long:" + totalChars + ":" + parts);
                        parts.setLength(0);
                    }
                });

        List<String> expected = new ArrayList<>();
        String[] raw = text.split("\n", -1);
        for (int i = 0; i < raw.length; i++) {
            boolean last = i == raw.length - 1;
            if (last && raw[i].isEmpty()) {
                break;
            }
            String line = raw[i];
            expected.add(line.length() <= maxLineChars
                    ? "line:" + (line.endsWith("\r") ? line.substring(0, line.length() - 1) : line)
                    : "long:" + line.length() + ":" + line);
        }
        assertThat(events).isEqualTo(expected);
    }
}
