package io.obra.cost;

import io.obra.port.BuildLog;

import java.util.ArrayList;
import java.util.List;

/** A build log that keeps its lines, prefixed with their level. */
final class CapturedLog implements BuildLog {

    private final List<String> lines = new ArrayList<>();

    @Override
    public synchronized void info(final String line) {
        lines.add("INFO " + line);
    }

    @Override
    public synchronized void warn(final String line) {
        lines.add("WARN " + line);
    }

    @Override
    public synchronized void error(final String line) {
        lines.add("ERROR " + line);
    }

    synchronized List<String> lines() {
        return List.copyOf(lines);
    }

    synchronized List<String> warnings() {
        return lines.stream().filter(l -> l.startsWith("WARN ")).map(l -> l.substring(5)).toList();
    }
}
