package io.obra.context;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Keeps the end of the verify command's output, where build tools print the failures and the
 * verdict: the last N lines ({@code context.verifyTailLines}), each at most
 * {@code maxLineChars} characters (the middle of a longer line is cut, keeping its start and its
 * end), and at most {@code maxTokens} tokens (dropping further lines from the top). A note at the
 * top says how much was left out, so the orchestrator never takes a tail for the whole output.
 */
public final class VerifyOutputTail {

    public static final int DEFAULT_MAX_LINE_CHARS = 500;
    public static final int DEFAULT_MAX_TOKENS = 4_000;

    private static final int MIN_LINE_CHARS = 40;

    private final TokenCounter counter;
    private final int maxLineChars;
    private final int maxTokens;

    public VerifyOutputTail(final TokenCounter counter, final int maxLineChars, final int maxTokens) {
        this.counter = Objects.requireNonNull(counter, "counter");
        if (maxLineChars < MIN_LINE_CHARS) {
            throw new IllegalArgumentException("maxLineChars must be at least " + MIN_LINE_CHARS + ", got " + maxLineChars);
        }
        if (maxTokens < 1) {
            throw new IllegalArgumentException("maxTokens must be positive, got " + maxTokens);
        }
        this.maxLineChars = maxLineChars;
        this.maxTokens = maxTokens;
    }

    public VerifyOutputTail(final TokenCounter counter) {
        this(counter, DEFAULT_MAX_LINE_CHARS, DEFAULT_MAX_TOKENS);
    }

    /**
     * The last {@code lines} lines of {@code output}, shortened and bounded as described above.
     * Reads only the end of the string, however large it is.
     */
    public VerifyTail tail(final String output, final int lines) {
        Objects.requireNonNull(output, "output");
        if (lines < 0) {
            throw new IllegalArgumentException("lines (context.verifyTailLines) must be >= 0, got " + lines);
        }
        final int total = countLines(output);
        if (total == 0) {
            return new VerifyTail("", 0, 0, 0, 0, 0, "");
        }
        if (lines == 0) {
            final String note = "verify output not shown (context.verifyTailLines is 0; it had " + total + " lines)";
            final String text = "[obra: " + note + "]\n";
            return new VerifyTail(text, total, 0, total, 0, counter.count(text), note);
        }
        final List<Line> kept = new ArrayList<>();
        for (final String line : lastLines(output, lines)) {
            final String shown = shorten(line);
            kept.add(new Line(shown, shown.length() != line.length()));
        }
        int from = 0;
        VerifyTail result = assemble(kept, from, total);
        if (result.tokens() > maxTokens) {
            // The largest suffix of the kept lines that fits, note included.
            int low = 1;
            int high = kept.size();
            while (low < high) {
                final int mid = (low + high) >>> 1;
                if (assemble(kept, mid, total).tokens() <= maxTokens) {
                    high = mid;
                } else {
                    low = mid + 1;
                }
            }
            from = low;
            result = assemble(kept, from, total);
        }
        return result;
    }

    /** A kept line, and whether its middle was cut. */
    private record Line(String text, boolean shortened) {
    }

    private VerifyTail assemble(final List<Line> kept, final int from, final int total) {
        final List<Line> shown = kept.subList(from, kept.size());
        int shortened = 0;
        final StringBuilder body = new StringBuilder();
        for (final Line line : shown) {
            body.append(line.text()).append('\n');
            shortened += line.shortened() ? 1 : 0;
        }
        final int omitted = total - shown.size();
        final List<String> parts = new ArrayList<>();
        if (omitted > 0) {
            parts.add("showing the last " + shown.size() + " of " + total + " lines of the verify output; "
                    + omitted + " earlier " + (omitted == 1 ? "line" : "lines") + " omitted");
        }
        if (shortened > 0) {
            parts.add(shortened + (shortened == 1 ? " line" : " lines") + " longer than " + maxLineChars
                    + " characters cut in the middle");
        }
        final String note = String.join("; ", parts);
        final String text = note.isEmpty() ? body.toString() : "[obra: " + note + "]\n" + body;
        return new VerifyTail(text, total, shown.size(), omitted, shortened, counter.count(text), note);
    }

    /** Lines as a terminal shows them: split at {@code \n}, a {@code \r} before it dropped. */
    static int countLines(final String s) {
        if (s.isEmpty()) {
            return 0;
        }
        int n = 0;
        for (int i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) {
            n++;
        }
        return s.charAt(s.length() - 1) == '\n' ? n : n + 1;
    }

    private static List<String> lastLines(final String s, final int wanted) {
        int end = s.charAt(s.length() - 1) == '\n' ? s.length() - 1 : s.length();
        final List<String> reversed = new ArrayList<>();
        while (reversed.size() < wanted && end >= 0) {
            final int nl = s.lastIndexOf('\n', end - 1);
            String line = s.substring(nl + 1, end);
            if (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            reversed.add(line);
            if (nl < 0) {
                break;
            }
            end = nl;
        }
        final List<String> out = new ArrayList<>(reversed.size());
        for (int i = reversed.size() - 1; i >= 0; i--) {
            out.add(reversed.get(i));
        }
        return out;
    }

    /** Keeps the start (the tool and message) and the end (often the cause) of an over-long line. */
    private String shorten(final String line) {
        if (line.length() <= maxLineChars) {
            return line;
        }
        int head = maxLineChars * 3 / 5;
        int tail = line.length() - (maxLineChars - head);
        if (Character.isLowSurrogate(line.charAt(head))) {
            head--;
        }
        if (Character.isLowSurrogate(line.charAt(tail))) {
            tail++;
        }
        return line.substring(0, head) + " [... " + (tail - head) + " characters cut ...] " + line.substring(tail);
    }
}
