package io.obra.implementer;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reading UTF-8 bytes gives exactly the lines, long-line parts and lengths that reading the same bytes
 * through an {@code InputStreamReader} gives, whatever the bytes (malformed sequences, sequences cut by a
 * newline or a carriage return, surrogate pairs), the limit and the sizes the pipe hands them out in; and
 * the bytes handed on with a line are its UTF-8.
 */
class Utf8LinesPropertiesTest {

    /** Well-formed text, and bytes that are not: stray continuations, cut sequences, overlong forms, surrogates. */
    private static final byte[][] PIECES = {bytes("a"), bytes("{\"k\":1}"), bytes(" "), bytes("\n"), bytes("\n"),
        bytes("\r"), bytes("\r\n"), bytes("é"), bytes("€"), bytes("中"), bytes("\ud83d\ude00"), bytes("\ufffd"),
        {(byte) 0x80}, {(byte) 0xbf}, {(byte) 0xc3}, {(byte) 0xe2, (byte) 0x82}, {(byte) 0xf0, (byte) 0x9f},
        {(byte) 0xf0, (byte) 0x9f, (byte) 0x98}, {(byte) 0xc0, (byte) 0xaf}, {(byte) 0xed, (byte) 0xa0, (byte) 0x80},
        {(byte) 0xf8}, {(byte) 0xff}, {0}};

    @Property(tries = 1000)
    void bytesGiveWhatTheirDecodedCharactersGive(@ForAll final long seed,
                                                 @ForAll @IntRange(min = 1, max = 300) final int maxLineChars)
            throws IOException {
        Random random = new Random(seed);
        byte[] stream = stream(random);

        Recorder fromChars = new Recorder();
        new BoundedLineReader(maxLineChars).read(new InputStreamReader(new ByteArrayInputStream(stream),
                StandardCharsets.UTF_8), fromChars);
        Recorder fromBytes = new Recorder();
        new BoundedLineReader(maxLineChars).read(new ChoppyStream(stream, random), fromBytes);

        assertThat(fromBytes.events).isEqualTo(fromChars.events);
        assertThat(fromBytes.badBytes).isEmpty();
    }

    /** Some lines near the limit in bytes, some far over it, of pieces mixed at random. */
    private static byte[] stream(final Random random) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (int pieces = random.nextInt(random.nextBoolean() ? 40 : 600); pieces > 0; pieces--) {
            out.writeBytes(PIECES[random.nextInt(PIECES.length)]);
        }
        return out.toByteArray();
    }

    private static byte[] bytes(final String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** What a reader hands on, as comparable text; and any line whose bytes were not its UTF-8. */
    private static final class Recorder implements BoundedLineReader.Listener {
        final List<String> events = new ArrayList<>();
        final List<String> badBytes = new ArrayList<>();
        private final StringBuilder parts = new StringBuilder();

        @Override
        public void line(final String line) {
            events.add("line:" + line);
        }

        @Override
        public void line(final String line, final byte[] utf8) {
            line(line);
            if (!Arrays.equals(utf8, line.getBytes(StandardCharsets.UTF_8))) {
                badBytes.add(line);
            }
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
    }

    /** Hands out the bytes a few at a time, as a pipe may, cutting characters and lines anywhere. */
    private static final class ChoppyStream extends InputStream {
        private final byte[] bytes;
        private final Random random;
        private int position;

        ChoppyStream(final byte[] bytes, final Random random) {
            this.bytes = bytes;
            this.random = random;
        }

        @Override
        public int read() {
            return position == bytes.length ? -1 : bytes[position++] & 0xff;
        }

        @Override
        public int read(final byte[] buffer, final int offset, final int length) {
            if (position == bytes.length) {
                return -1;
            }
            int n = Math.min(Math.min(length, 1 + random.nextInt(random.nextBoolean() ? 5 : 400)),
                    bytes.length - position);
            System.arraycopy(bytes, position, buffer, offset, n);
            position += n;
            return n;
        }
    }
}
