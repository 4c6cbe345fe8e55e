package io.obra.implementer;

import java.io.IOException;
import java.io.Reader;

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
            for (int i = 0; i < read; i++) {
                if (chunk[i] == '\n') {
                    state.append(chunk, start, i);
                    state.endLine();
                    start = i + 1;
                }
            }
            state.append(chunk, start, read);
        }
        if (state.hasPendingText()) {
            state.endLine();
        }
    }

    private final class State {
        private final Listener listener;
        private final StringBuilder line = new StringBuilder();
        private boolean longLine;
        private long totalChars;

        State(final Listener listener) {
            this.listener = listener;
        }

        void append(final char[] chars, final int from, final int to) throws IOException {
            int length = to - from;
            if (length == 0) {
                return;
            }
            totalChars += length;
            if (longLine) {
                listener.longLinePart(new String(chars, from, length));
            } else if (line.length() + length <= maxLineChars) {
                line.append(chars, from, length);
            } else {
                longLine = true;
                listener.longLinePart(line.toString());
                line.setLength(0);
                line.trimToSize();
                listener.longLinePart(new String(chars, from, length));
            }
        }

        boolean hasPendingText() {
            return longLine || line.length() > 0;
        }

        void endLine() throws IOException {
            if (longLine) {
                listener.longLineEnd(totalChars);
            } else {
                int end = line.length();
                if (end > 0 && line.charAt(end - 1) == '\r') {
                    end--;
                }
                listener.line(line.substring(0, end));
                line.setLength(0);
            }
            longLine = false;
            totalChars = 0;
        }
    }
}
