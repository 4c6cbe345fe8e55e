package io.obra.context;

import java.util.HashMap;
import java.util.Map;

/**
 * The tokens of one text and of each of its lines, from a single pass of the tokenizer. The builder
 * needs both: the whole diff's count (does it fit? how large was it?) and every line's count (what
 * does each trimmed form of a hunk cost?). Counting the text and then its lines tokenized a large
 * diff twice; here the text is cut after a line's {@code '\n'} wherever that is a token boundary of
 * o200k/cl100k (the pre-tokenizer never joins across it: the next line does not start with {@code /}
 * and its leading white space, if any, is spaces and tabs followed by something else), so the sum of
 * the pieces is exactly the count of the whole ({@code LineTokensTest} checks that against the
 * tokenizer). Lines seen here are counted from memory afterwards, up to {@link #MEMO_CHARS} characters of
 * them, so that a huge diff does not double its footprint. Confined to one build.
 */
final class LineTokens {

    /** Characters of lines remembered at most (about 2 bytes each for the map, beside the diff itself). */
    static final int MEMO_CHARS = 16_000_000;

    private final TokenCounter counter;
    private final Map<String, Integer> lines = new HashMap<>();
    private final int total;

    LineTokens(final String text, final TokenCounter counter) {
        this.counter = counter;
        int sum = 0;
        long remembered = 0;
        int start = 0;
        int from = 0;
        while (from < text.length()) {
            int newline = text.indexOf('\n', from);
            int end = newline < 0 ? text.length() : newline + 1;
            if (end == text.length() || boundary(text, end)) {
                String piece = text.substring(start, end);
                int tokens = counter.count(piece);
                if (from == start && remembered + piece.length() <= MEMO_CHARS
                        && lines.putIfAbsent(piece, tokens) == null) {
                    remembered += piece.length();   // one line: remember it
                }
                sum += tokens;
                start = end;
            }
            from = end;
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
}
