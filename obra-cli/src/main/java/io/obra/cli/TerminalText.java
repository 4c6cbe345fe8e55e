package io.obra.cli;

import java.util.regex.Pattern;

/**
 * Text from a model, a file name or a tool output made safe for a terminal: control characters (escape
 * sequences that could recolour the screen, move the cursor or set the window title, bells, carriage
 * returns that hide a line) become spaces. Tabs stay.
 */
final class TerminalText {

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\t]]|[\\u2028\\u2029\\u202A-\\u202E\\u2066-\\u2069]");

    private TerminalText() {
    }

    static String clean(final String text) {
        return text == null ? "" : CONTROL.matcher(text).replaceAll(" ");
    }
}
