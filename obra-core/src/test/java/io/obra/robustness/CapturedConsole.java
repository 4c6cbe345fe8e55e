package io.obra.robustness;

import io.obra.port.BuildLog;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A console that keeps every line, prefixed by its level ({@code WARN }, {@code ERROR }); thread-safe. */
final class CapturedConsole implements BuildLog {

    private final List<String> lines = new CopyOnWriteArrayList<>();

    @Override
    public void info(final String line) {
        lines.add(line);
    }

    @Override
    public void warn(final String line) {
        lines.add("WARN " + line);
    }

    @Override
    public void error(final String line) {
        lines.add("ERROR " + line);
    }

    List<String> lines() {
        return List.copyOf(lines);
    }

    List<String> warnings() {
        return lines.stream().filter(line -> line.startsWith("WARN ")).map(line -> line.substring(5)).toList();
    }

    String text() {
        return String.join("\n", lines);
    }
}
