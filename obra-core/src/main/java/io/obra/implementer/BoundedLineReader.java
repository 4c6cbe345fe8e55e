package io.obra.implementer;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Splits a character stream into lines as it arrives, holding at most {@code maxLineChars} of one line
 * in memory. A longer line is handed on in parts (so it can still be written whole somewhere) and then
 * reported with its length, never as one string: memory stays flat however much a process prints.
 * Reads characters, or UTF-8 bytes with the same outcome.
 */
final class BoundedLineReader {

    /** Receives the lines of a stream, in order, on the reading thread. */
    interface Listener {

        /** A complete line (without its terminator) of at most the limit. */
        void line(String line) throws IOException;

        /**
         * A complete line as {@link #line(String)}, with its UTF-8 bytes ({@code line.getBytes(UTF_8)}),
         * when the reader has them at hand; the default ignores them.
         */
        default void line(final String line, final byte[] utf8) throws IOException {
            line(line);
        }

        /** The next part of a line over the limit; parts arrive in order, the first holds its start. */
        void longLinePart(String part) throws IOException;

        /** The end of a line over the limit, after all its parts. */
        void longLineEnd(long totalChars) throws IOException;
    }

    private static final int READ_CHUNK = 8192;
    /** Bytes read at a time: most stream-json lines fit in one chunk, and are then made without a copy. */
    private static final int BYTE_CHUNK = 1 << 16;

    private final int maxLineChars;

    BoundedLineReader(final int maxLineChars) {
        if (maxLineChars < 1) {
            throw new IllegalArgumentException("maxLineChars must be positive, got " + maxLineChars);
        }
        this.maxLineChars = maxLineChars;
    }

    /** Reads to the end of {@code in}; a last line without a terminator counts as a line. */
    void read(final Reader in, final Listener listener) throws IOException {
        State state = new State(listener);
        char[] chunk = new char[READ_CHUNK];
        int read;
        while ((read = in.read(chunk)) != -1) {
            int start = 0;
            for (int end = newline(chunk, start, read); end >= 0; end = newline(chunk, start, read)) {
                if (!state.hasPendingText() && end - start <= maxLineChars) {
                    // the whole line is in this chunk: make it straight from there, without copying it first
                    listener.line(new String(chunk, start, withoutCr(chunk, start, end) - start));
                } else {
                    state.append(chunk, start, end);
                    state.endLine();
                }
                start = end + 1;
            }
            state.append(chunk, start, read);
        }
        if (state.hasPendingText()) {
            state.endLine();
        }
    }

    /**
     * Reads UTF-8 from {@code in} to its end, with the lines, parts and lengths that
     * {@link #read(Reader, Listener)} gives reading it through an {@code InputStreamReader} (malformed
     * bytes become U+FFFD), only faster: a line of at most {@code maxLineChars} bytes, nearly every line,
     * is decoded once and handed on with its bytes ({@link Listener#line(String, byte[])}); a longer one,
     * which may still be short enough in characters, is decoded as it arrives and goes through the same
     * character logic as there.
     */
    void read(final InputStream in, final Listener listener) throws IOException {
        Utf8State state = new Utf8State(new State(listener), listener);
        byte[] chunk = new byte[BYTE_CHUNK];
        int read;
        while ((read = in.read(chunk)) != -1) {
            int start = 0;
            for (int end = newline(chunk, start, read); end >= 0; end = newline(chunk, start, read)) {
                if (!state.hasPendingText() && end - start <= maxLineChars) {
                    state.line(chunk, start, end);
                } else {
                    state.append(chunk, start, end);
                    state.endLine();
                }
                start = end + 1;
            }
            state.append(chunk, start, read);
        }
        if (state.hasPendingText()) {
            state.endLine();
        }
    }

    /** The index of the first newline in {@code bytes[from, to)}, or -1. */
    private static int newline(final byte[] bytes, final int from, final int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /** The index of the first newline in {@code chars[from, to)}, or -1. */
    private static int newline(final char[] chars, final int from, final int to) {
        for (int i = from; i < to; i++) {
            if (chars[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /** {@code end}, or one less when the text before it ends with a carriage return. */
    private static int withoutCr(final char[] chars, final int start, final int end) {
        return end > start && chars[end - 1] == '\r' ? end - 1 : end;
    }

    private final class State {
        private final Listener listener;
        /**
         * The line so far. A char array rather than a StringBuilder: appending chars to a builder checks
         * each one to keep the compact Latin-1 form, which took nearly a third of the stream path's
         * time (benchmark P2).
         */
        private char[] line = new char[initialCapacity()];
        private int length;
        private boolean longLine;
        private long totalChars;

        State(final Listener listener) {
            this.listener = listener;
        }

        void append(final char[] chars, final int from, final int to) throws IOException {
            int count = to - from;
            if (count == 0) {
                return;
            }
            totalChars += count;
            if (longLine) {
                listener.longLinePart(new String(chars, from, count));
            } else if (length + count <= maxLineChars) {
                if (length + count > line.length) {
                    line = Arrays.copyOf(line, (int) Math.min(maxLineChars, Math.max(length + count,
                            2L * line.length)));
                }
                System.arraycopy(chars, from, line, length, count);
                length += count;
            } else {
                longLine = true;
                listener.longLinePart(new String(line, 0, length));
                length = 0;
                line = new char[initialCapacity()];
                listener.longLinePart(new String(chars, from, count));
            }
        }

        boolean hasPendingText() {
            return longLine || length > 0;
        }

        void endLine() throws IOException {
            if (longLine) {
                listener.longLineEnd(totalChars);
            } else {
                listener.line(new String(line, 0, withoutCr(line, 0, length)));
                length = 0;
            }
            longLine = false;
            totalChars = 0;
        }
    }

    /**
     * The line so far of a UTF-8 stream: its bytes while they are no more than the limit (so no more
     * characters either), then, decoded, the character state's. Splitting the bytes before decoding gives
     * the characters decoding the whole stream gives: a newline byte is never part of a character, nor of
     * a malformed sequence.
     */
    private final class Utf8State {
        private final State chars;
        private final Listener listener;
        private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
        private final CharBuffer decoded = CharBuffer.allocate(READ_CHUNK);
        private byte[] line = new byte[initialCapacity()];
        private int length;
        /** Whether this line went over the limit in bytes and is decoded as it comes. */
        private boolean decoding;
        /** While decoding, the bytes of a character not complete yet. */
        private byte[] incomplete = new byte[0];

        Utf8State(final State chars, final Listener listener) {
            this.chars = chars;
            this.listener = listener;
        }

        boolean hasPendingText() {
            return decoding || length > 0;
        }

        /** A whole line of at most the limit in bytes, with nothing pending. */
        void line(final byte[] bytes, final int from, final int to) throws IOException {
            // a carriage return byte is the last character exactly when it is the last byte
            int end = to > from && bytes[to - 1] == '\r' ? to - 1 : to;
            String text = new String(bytes, from, end - from, StandardCharsets.UTF_8);
            // as many characters as bytes, none a replacement: ASCII, so the bytes are the line's UTF-8
            byte[] utf8 = text.length() == end - from && text.indexOf('\uFFFD') < 0
                    ? Arrays.copyOfRange(bytes, from, end) : text.getBytes(StandardCharsets.UTF_8);
            listener.line(text, utf8);
        }

        void append(final byte[] bytes, final int from, final int to) throws IOException {
            if (from == to) {
                return;
            }
            if (decoding) {
                decode(bytes, from, to, false);
            } else if (length + (to - from) <= maxLineChars) {
                if (length + (to - from) > line.length) {
                    line = Arrays.copyOf(line, (int) Math.min(maxLineChars, Math.max(length + to - from,
                            2L * line.length)));
                }
                System.arraycopy(bytes, from, line, length, to - from);
                length += to - from;
            } else {
                decoding = true;
                byte[] start = line;
                int startLength = length;
                line = new byte[initialCapacity()];
                length = 0;
                decode(start, 0, startLength, false);
                decode(bytes, from, to, false);
            }
        }

        void endLine() throws IOException {
            if (decoding) {
                decode(line, 0, 0, true);
                decoding = false;
                chars.endLine();
            } else {
                line(line, 0, length);
                length = 0;
            }
        }

        /** Decodes the bytes, after any incomplete character left from before, into the character state. */
        private void decode(final byte[] bytes, final int from, final int to, final boolean endOfLine)
                throws IOException {
            ByteBuffer in;
            if (incomplete.length > 0) {
                in = ByteBuffer.allocate(incomplete.length + to - from);
                in.put(incomplete).put(bytes, from, to - from).flip();
            } else {
                in = ByteBuffer.wrap(bytes, from, to - from);
            }
            // the end of the line ends any character: what is left then is malformed, and replaced
            while (decoder.decode(in, decoded, endOfLine).isOverflow()) {
                emit();
            }
            if (endOfLine) {
                while (decoder.flush(decoded).isOverflow()) {
                    emit();
                }
                decoder.reset();
            }
            emit();
            incomplete = new byte[in.remaining()];
            in.get(incomplete);
        }

        private void emit() throws IOException {
            decoded.flip();
            chars.append(decoded.array(), decoded.position(), decoded.limit());
            decoded.clear();
        }
    }

    private int initialCapacity() {
        return Math.min(READ_CHUNK, maxLineChars);
    }
}
