package io.obra.implementer;

import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;

/**
 * Splits a character stream into lines as it arrives, holding at most {@code maxLineChars} of one line
 * in memory. A longer line is handed on in parts (so it can still be written whole somewhere) and then
 * reported with its length, never as one string: memory stays flat however much a process prints.
 */
final class BoundedLineReader {

    /** Receives the lines of a stream, in order, on the reading thread. */
    interface Listener {

        /** A complete line (without its terminator) of at most the limit. */
        void line(String line) throws IOException;

        /** The next part of a line over the limit; parts arrive in order, the first holds its start. */
        void longLinePart(String part) throws IOException;

        /** The end of a line over the limit, after all its parts. */
        void longLineEnd(long totalChars) throws IOException;
    }

    private static final int READ_CHUNK = 8192;

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

    private int initialCapacity() {
        return Math.min(READ_CHUNK, maxLineChars);
    }
}
