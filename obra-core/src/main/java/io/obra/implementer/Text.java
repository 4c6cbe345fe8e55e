package io.obra.implementer;

/** Helpers to keep console lines short and on one line. */
final class Text {

    private Text() {
    }

    /**
     * Whitespace runs (newlines included; the characters of the regex {@code \s}) collapsed to one space,
     * trimmed. A loop rather than a regex: it runs for every step the console shows.
     */
    static String oneLine(final String text) {
        // a char array, not a StringBuilder, whose append checks every char for its compact form
        char[] line = new char[text.length()];
        int length = 0;
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                space = true;
            } else {
                if (space) {
                    line[length++] = ' ';
                    space = false;
                }
                line[length++] = c;
            }
        }
        return new String(line, 0, length).trim();
    }

    /** At most {@code max} characters, ending with an ellipsis when cut. */
    static String shorten(final String text, final int max) {
        if (text.length() <= max) {
            return text;
        }
        return text.substring(0, Math.max(0, max - 1)) + "…";
    }

    /** One line of at most {@code max} characters. */
    static String summary(final String text, final int max) {
        // Cut before collapsing, so a megabyte of output is not copied to show 200 characters of it.
        boolean cut = text.length() > 4 * max;
        String line = oneLine(cut ? text.substring(0, 4 * max) : text);
        if (cut || line.length() > max) {
            return line.substring(0, Math.min(line.length(), max - 1)) + "…";
        }
        return line;
    }
}
