package io.obra.context;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The tokens of one text and of each of its lines, from a single pass of the tokenizer. The builder
 * needs both: the whole diff's count (does it fit? how large was it?) and every line's count (what
 * does each trimmed form of a hunk cost?). Counting the text and then its lines tokenized a large
 * diff twice; here the text is cut after a line's {@code '\n'} wherever that is a token boundary of
 * o200k/cl100k (the pre-tokenizer never joins across it: the next line does not start with {@code /}
 * and its leading white space, if any, is spaces and tabs followed by something else), so the sum of
 * the pieces is exactly the count of the whole ({@code LineTokensTest} checks that against the
 * tokenizer). A large text is counted in slices of {@link #SLICE_CHARS} on the common fork-join pool:
 * the pieces are independent, and a 5 MB diff is about half a second of tokenizer work on one core.
 * Lines seen here are counted from memory afterwards, up to {@link #MEMO_CHARS} characters of them, so
 * that a huge diff does not double its footprint. Confined to one build.
 */
final class LineTokens {

    /** Characters of lines remembered at most (about 2 bytes each for the map, beside the diff itself). */
    static final int MEMO_CHARS = 16_000_000;
    /** Size of the slices counted in parallel; smaller texts are counted on the calling thread. */
    static final int SLICE_CHARS = 256 * 1024;

    private final TokenCounter counter;
    private final Map<String, Integer> lines = new HashMap<>();
    private final int total;

    LineTokens(final String text, final TokenCounter counter) {
        this.counter = counter;
        List<int[]> slices = slices(text);
        List<Slice> counted = (slices.size() == 1 ? slices.stream() : slices.parallelStream())
                .map(range -> count(text, range[0], range[1]))
                .toList();
        int sum = 0;
        long remembered = 0;
        for (Slice slice : counted) {
            sum += slice.tokens();
            for (Map.Entry<String, Integer> line : slice.lines().entrySet()) {
                if (remembered + line.getKey().length() > MEMO_CHARS) {
                    break;
                }
                if (lines.putIfAbsent(line.getKey(), line.getValue()) == null) {
                    remembered += line.getKey().length();
                }
            }
        }
        this.total = sum;
    }

    /** Tokens of the whole text, exactly as {@link TokenCounter#count} gives them. */
    int total() {
        return total;
    }

    /** Tokens of {@code line}: from the pass over the text when it was a line there, else counted now. */
    int count(final String line) {
        Integer known = lines.get(line);
        return known != null ? known : counter.count(line);
    }

    /** True when no token spans position {@code at}, the start of a line. */
    static boolean boundary(final String text, final int at) {
        if (text.charAt(at) == '/') {
            return false;   // punctuation before the newline takes following newlines and slashes
        }
        for (int i = at; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\t') {
                // White space reaching another line end would join the previous newline's token.
                return !(Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085');
            }
        }
        return true;
    }

    /** {@code [start, end)} slices of about {@link #SLICE_CHARS}, each ending at a boundary. */
    private static List<int[]> slices(final String text) {
        List<int[]> slices = new ArrayList<>();
        int start = 0;
        while (text.length() - start > SLICE_CHARS) {
            int end = start + SLICE_CHARS;
            while (end < text.length()) {
                int newline = text.indexOf('\n', end);
                end = newline < 0 ? text.length() : newline + 1;
                if (end == text.length() || boundary(text, end)) {
                    break;
                }
            }
            slices.add(new int[] {start, end});
            start = end;
        }
        if (start < text.length() || slices.isEmpty()) {
            slices.add(new int[] {start, text.length()});
        }
        return slices;
    }

    private record Slice(int tokens, Map<String, Integer> lines) {
    }

    /** The pieces of {@code [from, to)}, cut at boundaries; each single line remembered. */
    private Slice count(final String text, final int from, final int to) {
        Map<String, Integer> seen = new HashMap<>();
        int sum = 0;
        int start = from;
        int at = from;
        while (at < to) {
            int newline = text.indexOf('\n', at);
            int end = newline < 0 || newline >= to ? to : newline + 1;
            if (end == to || boundary(text, end)) {
                String piece = text.substring(start, end);
                int tokens = counter.count(piece);
                if (at == start) {
                    seen.putIfAbsent(piece, tokens);
                }
                sum += tokens;
                start = end;
            }
            at = end;
        }
        return new Slice(sum, seen);
    }
}
