package io.obra.bench;

import io.obra.port.BuildLog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A console that keeps every line with the time it arrived, to show where a run spends its time. */
public final class TimedLog implements BuildLog {

    private final long start = System.nanoTime();
    private final List<String> lines = new ArrayList<>();

    @Override
    public synchronized void info(final String line) {
        add(line);
    }

    @Override
    public synchronized void warn(final String line) {
        add("WARNING: " + line);
    }

    @Override
    public synchronized void error(final String line) {
        add("ERROR: " + line);
    }

    private void add(final String line) {
        long ms = (System.nanoTime() - start) / 1_000_000;
        lines.add(String.format(Locale.ROOT, "%6d ms  %s", ms, line.length() > 150 ? line.substring(0, 150) + "…" : line));
    }

    /** The lines, each prefixed with its time since this log was created. */
    public synchronized List<String> timeline() {
        return List.copyOf(lines);
    }
}
