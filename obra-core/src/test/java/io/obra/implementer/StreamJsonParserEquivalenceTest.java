package io.obra.implementer;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The parser, which builds only the parts of a line its events are made of, gives exactly the events
 * of the parser that built Jackson's whole tree of every line ({@link TreeStreamJsonParser}): on the
 * recorded outputs of the real CLI, every prefix of them, and random lines, well-formed or broken;
 * from a line's text and from its UTF-8 bytes.
 */
class StreamJsonParserEquivalenceTest {

    private static final List<String> SAMPLES = Stream.of("write-file.stream.jsonl", "max-turns.stream.jsonl",
            "api-500.stream.jsonl", "resume.stream.jsonl", "unreachable.json")
            .flatMap(name -> Samples.lines(name).stream()).toList();

    private final StreamJsonParser parser = new StreamJsonParser();
    private final TreeStreamJsonParser reference = new TreeStreamJsonParser();

    @Provide
    Arbitrary<String> lines() {
        return Arbitraries.randomValue(random -> new RandomStreamLines(random, true).line(0.3));
    }

    /** Lines as they come out of the stream: decoded from UTF-8, hence without lone surrogate halves. */
    @Provide
    Arbitrary<String> decodedLines() {
        return Arbitraries.randomValue(random -> decoded(new RandomStreamLines(random, false).line(0.3)));
    }

    @Property(tries = 3000)
    void randomLinesGiveTheEventsOfTheWholeTree(@ForAll("lines") final String line) {
        assertThat(parser.parse(line)).isEqualTo(reference.parse(line));
    }

    @Property(tries = 3000)
    void decodedLinesGiveTheSameEventsFromTheirBytes(@ForAll("decodedLines") final String line) {
        assertThat(parser.parseDecoded(line, line.getBytes(StandardCharsets.UTF_8))).isEqualTo(reference.parse(line));
    }

    @Property(tries = 1000)
    void mapperSettingsApplyAsTheyDidToTheWholeTree(@ForAll("decodedLines") final String line,
                                                    @ForAll @IntRange(max = 4) final int setting) {
        ObjectMapper mapper = switch (setting) {
            case 0 -> new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
            case 1 -> new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                    .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS);
            case 2 -> new ObjectMapper().enable(DeserializationFeature.USE_LONG_FOR_INTS);
            case 3 -> new ObjectMapper().enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
            default -> JsonMapper.builder().disable(JsonNodeFeature.READ_NULL_PROPERTIES).build();
        };
        List<StreamEvent> expected = new TreeStreamJsonParser(mapper).parse(line);

        assertThat(new StreamJsonParser(mapper).parse(line)).isEqualTo(expected);
        assertThat(new StreamJsonParser(mapper).parseDecoded(line, line.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(expected);
    }

    @Property(tries = 50)
    void recordedLinesAndEveryPrefixOfThemGiveTheEventsOfTheWholeTree(@ForAll @IntRange(max = 21) final int index) {
        String line = SAMPLES.get(index % SAMPLES.size());
        for (int end = line.length(); end >= 0; end--) {
            String prefix = line.substring(0, end);
            List<StreamEvent> expected = reference.parse(prefix);

            assertThat(parser.parse(prefix)).as(prefix).isEqualTo(expected);
            assertThat(parser.parseDecoded(decoded(prefix), decoded(prefix).getBytes(StandardCharsets.UTF_8)))
                    .as(prefix).isEqualTo(reference.parse(decoded(prefix)));
        }
    }

    @Property(tries = 500)
    void recordedLinesWithACharacterChangedGiveTheEventsOfTheWholeTree(@ForAll @IntRange(max = 21) final int index,
                                                                       @ForAll final int position,
                                                                       @ForAll final char replacement) {
        String line = SAMPLES.get(index % SAMPLES.size());
        int at = Math.floorMod(position, line.length());
        String changed = decoded(line.substring(0, at) + replacement + line.substring(at + 1));

        assertThat(parser.parse(changed)).isEqualTo(reference.parse(changed));
        assertThat(parser.parseDecoded(changed, changed.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(reference.parse(changed));
    }

    /** The text as it would arrive through a UTF-8 stream: a lone surrogate half becomes '?'. */
    private static String decoded(final String text) {
        return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }
}
