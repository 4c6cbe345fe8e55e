package io.obra.cli;

import io.obra.port.BuildLog;

import java.io.PrintWriter;

/**
 * The engine's progress lines on the terminal: warnings in yellow, errors in red (on a terminal); control
 * characters from model or tool output are neutralised first.
 */
final class ConsoleLog implements BuildLog {

    private final PrintWriter out;
    private final Style style;

    ConsoleLog(final PrintWriter out, final Style style) {
        this.out = out;
        this.style = style;
    }

    @Override
    public void info(final String line) {
        out.println(TerminalText.clean(line));
    }

    @Override
    public void warn(final String line) {
        out.println(style.yellow("warning: " + TerminalText.clean(line)));
    }

    @Override
    public void error(final String line) {
        out.println(style.red("error: " + TerminalText.clean(line)));
    }
}
