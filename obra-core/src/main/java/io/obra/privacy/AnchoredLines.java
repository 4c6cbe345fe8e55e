package io.obra.privacy;

import java.util.List;
import java.util.TreeMap;

/**
 * The lines of one text that hold a rule's anchor. A rule such as {@code (?i)password ... = value} has to
 * be tried at every position of a text by the regex engine, about 40 ns a character; a plain
 * {@code indexOf} for its key words over a lower-cased copy costs a fraction of that, and on a diff of
 * megabytes few lines hold one. Lower-casing is ASCII-only, so positions match the original text and the
 * copy agrees with {@code (?i)} without {@code UNICODE_CASE}, which the rules use.
 */
final class AnchoredLines {

    private final String text;
    private String lowered;

    AnchoredLines(final String text) {
        this.text = text;
    }

    String text() {
        return text;
    }

    /**
     * Sorted, disjoint {@code [start, end)} pairs of the lines holding any anchor; {@code end} is the
     * position of the line's {@code '\n'} (or the text's end).
     */
    int[] lines(final List<String> anchors) {
        if (lowered == null) {
            lowered = lowerAscii(text);
        }
        TreeMap<Integer, Integer> lines = new TreeMap<>();
        for (String anchor : anchors) {
            int from = 0;
            int at;
            while ((at = lowered.indexOf(anchor, from)) >= 0) {
                int start = lowered.lastIndexOf('\n', at) + 1;
                int end = lowered.indexOf('\n', at);
                end = end < 0 ? lowered.length() : end;
                lines.put(start, end);
                from = end;   // the whole line is a candidate already
            }
        }
        int[] ranges = new int[lines.size() * 2];
        int i = 0;
        for (var line : lines.entrySet()) {
            ranges[i++] = line.getKey();
            ranges[i++] = line.getValue();
        }
        return ranges;
    }

    /** {@code A-Z} to {@code a-z}; every other character as it is, so the length never changes. */
    static String lowerAscii(final String value) {
        char[] chars = value.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c >= 'A' && c <= 'Z') {
                chars[i] = (char) (c + ('a' - 'A'));
            }
        }
        return new String(chars);
    }
}
