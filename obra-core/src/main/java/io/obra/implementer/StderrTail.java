package io.obra.implementer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The last lines of a process's standard error, for error messages. Bounded in lines and characters
 * whatever the process prints.
 */
final class StderrTail {

    private static final int MAX_LINES = 20;
    private static final int MAX_LINE_CHARS = 500;

    private final Deque<String> lines = new ArrayDeque<>();

    /** Reads {@code stderr} to its end, keeping the tail. */
    void drain(final InputStream stderr) {
        BoundedLineReader reader = new BoundedLineReader(MAX_LINE_CHARS * 4);
        try (var in = new BufferedReader(new InputStreamReader(stderr, StandardCharsets.UTF_8))) {
            reader.read(in, new BoundedLineReader.Listener() {
                private boolean longLineStarted;

                @Override
                public void line(final String line) {
                    add(line);
                }

                @Override
                public void longLinePart(final String part) {
                    if (!longLineStarted) {
                        longLineStarted = true;
                        add(part);
                    }
                }

                @Override
                public void longLineEnd(final long totalChars) {
                    longLineStarted = false;
                }
            });
        } catch (IOException e) {
            // The stream was closed under us (process killed): keep what was read.
        }
    }

    private synchronized void add(final String line) {
        if (line.isBlank()) {
            return;
        }
        lines.addLast(Text.shorten(line.strip(), MAX_LINE_CHARS));
        if (lines.size() > MAX_LINES) {
            lines.removeFirst();
        }
    }

    /** The kept lines joined with " | ", empty when nothing was printed. */
    synchronized String text() {
        return String.join(" | ", lines);
    }
}
