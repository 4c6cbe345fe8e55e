package io.obra.cli;

/**
 * Terminal styling: ANSI colours only when a person is watching (a terminal, and {@code NO_COLOR} unset),
 * never in CI logs, pipes or files.
 *
 * @param colour whether to emit ANSI escape sequences
 */
record Style(boolean colour) {

    static final String OK = "✓";
    static final String FAIL = "✗";

    /** Colours when stdout is a terminal and {@code NO_COLOR} is unset or empty (no-color.org). */
    static Style detect(final boolean terminal, final String noColor) {
        return new Style(terminal && (noColor == null || noColor.isEmpty()));
    }

    String green(final String text) {
        return paint("32", text);
    }

    String red(final String text) {
        return paint("31", text);
    }

    String yellow(final String text) {
        return paint("33", text);
    }

    String bold(final String text) {
        return paint("1", text);
    }

    String dim(final String text) {
        return paint("2", text);
    }

    String ok() {
        return green(OK);
    }

    String fail() {
        return red(FAIL);
    }

    private String paint(final String code, final String text) {
        return colour ? "\u001b[" + code + "m" + text + "\u001b[0m" : text;
    }
}
