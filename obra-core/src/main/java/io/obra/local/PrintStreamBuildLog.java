package io.obra.local;

import io.obra.port.BuildLog;

import java.io.PrintStream;
import java.util.Objects;

/**
 * A {@link BuildLog} that prints to a console stream: info lines as given, warnings and errors with a
 * {@code WARNING:} / {@code ERROR:} prefix. Lines arrive already masked.
 */
public final class PrintStreamBuildLog implements BuildLog {

    private final PrintStream out;

    public PrintStreamBuildLog(final PrintStream out) {
        this.out = Objects.requireNonNull(out, "out");
    }

    @Override
    public void info(final String line) {
        out.println(line);
    }

    @Override
    public void warn(final String line) {
        out.println("WARNING: " + line);
    }

    @Override
    public void error(final String line) {
        out.println("ERROR: " + line);
    }
}
