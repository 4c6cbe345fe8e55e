package io.obra.context;

/**
 * The numbers of a hunk header: {@code @@ -a,b +c,d @@ section}, or the combined form
 * {@code @@@ -a,b -c,d +e,f @@@ section} with one old range per parent.
 */
record HunkRange(int oldStart, int oldCount, int newStart, int newCount, int parents, String section) {

    /** Larger numbers are not line numbers but garbage; refusing them keeps parsing total. */
    private static final int MAX_DIGITS = 9;

    /** The header's numbers, or null when the line is not a hunk header. */
    static HunkRange parse(final String line) {
        int ats = 0;
        while (ats < line.length() && line.charAt(ats) == '@') {
            ats++;
        }
        if (ats < 2) {
            return null;
        }
        final Cursor c = new Cursor(line, ats);
        if (!c.expect(' ')) {
            return null;
        }
        final int parents = ats - 1;
        int[] first = null;
        for (int p = 0; p < parents; p++) {
            final int[] old = c.expect('-') ? c.range() : null;
            if (old == null || !c.expect(' ')) {
                return null;
            }
            if (first == null) {
                first = old;
            }
        }
        final int[] now = c.expect('+') ? c.range() : null;
        if (now == null || !c.expect(' ')) {
            return null;
        }
        for (int i = 0; i < ats; i++) {
            if (!c.expect('@')) {
                return null;
            }
        }
        return new HunkRange(first[0], first[1], now[0], now[1], parents, line.substring(c.pos));
    }

    /** The header git would write for these numbers (a count of 1 is left out, as git does). */
    static String format(final int oldStart, final int oldCount, final int newStart, final int newCount,
                         final String section) {
        return "@@ -" + range(oldStart, oldCount) + " +" + range(newStart, newCount) + " @@" + section;
    }

    private static String range(final int start, final int count) {
        return count == 1 ? Integer.toString(start) : start + "," + count;
    }

    /** Reads numbers and punctuation left to right. */
    private static final class Cursor {
        private final String s;
        private int pos;

        Cursor(final String s, final int pos) {
            this.s = s;
            this.pos = pos;
        }

        boolean expect(final char c) {
            if (pos < s.length() && s.charAt(pos) == c) {
                pos++;
                return true;
            }
            return false;
        }

        /** {@code start[,count]}; the count defaults to 1. */
        int[] range() {
            final int start = number();
            if (start < 0) {
                return null;
            }
            int count = 1;
            if (expect(',')) {
                count = number();
                if (count < 0) {
                    return null;
                }
            }
            return new int[] {start, count};
        }

        private int number() {
            final int from = pos;
            while (pos < s.length() && s.charAt(pos) >= '0' && s.charAt(pos) <= '9') {
                pos++;
            }
            if (pos == from || pos - from > MAX_DIGITS) {
                return -1;
            }
            return Integer.parseInt(s, from, pos, 10);
        }
    }
}
