package io.obra.implementer;

/** Helpers to keep console lines short and on one line. */
final class Text {

    private Text() {
    }

    /** Whitespace runs (newlines included) collapsed to one space, trimmed. */
    static String oneLine(final String text) {
        return text.replaceAll("\\s+", " ").trim();
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
