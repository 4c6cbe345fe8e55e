package io.obra.report;

/**
 * Makes untrusted text (model output, file names, commands) inert inside one line of GitHub-flavoured
 * Markdown: it can neither open HTML ({@code <} and {@code &} become entities), nor format, link, or
 * break a table cell ({@code | * _ [ ] ` ~ $ \} are backslash-escaped), nor start a block (line breaks
 * become spaces; a leading {@code # - + =} or {@code 1.} is escaped).
 */
final class MarkdownText {

    private static final String BACKSLASHED = "\\`*_[]|~$";

    private MarkdownText() {
    }

    static String escape(final String text) {
        String flat = flatten(text).strip();
        StringBuilder out = new StringBuilder(flat.length() + 16);
        for (int i = 0; i < flat.length(); i++) {
            char c = flat.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> {
                    if (BACKSLASHED.indexOf(c) >= 0) {
                        out.append('\\');
                    }
                    out.append(c);
                }
            }
        }
        return guardBlockStart(out.toString());
    }

    /** Line breaks, tabs and other control characters become single spaces. */
    private static String flatten(final String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean blank = Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || c == ' ';
            if (blank) {
                if (!space) {
                    out.append(' ');
                }
                space = true;
            } else {
                out.append(c);
                space = false;
            }
        }
        return out.toString();
    }

    /** Text that could open a heading, list or setext underline when it happens to start a line. */
    private static String guardBlockStart(final String text) {
        if (text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        if (first == '#' || first == '-' || first == '+' || first == '=') {
            return "\\" + text;
        }
        int digits = 0;
        while (digits < text.length() && digits < 10 && Character.isDigit(text.charAt(digits))) {
            digits++;
        }
        if (digits > 0 && digits < text.length() && (text.charAt(digits) == '.' || text.charAt(digits) == ')')) {
            return text.substring(0, digits) + "\\" + text.substring(digits);
        }
        return text;
    }
}
