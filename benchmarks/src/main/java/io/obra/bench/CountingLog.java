package io.obra.bench;

import io.obra.port.BuildLog;

import java.util.concurrent.atomic.AtomicLong;

/**
 * A console that keeps no lines, only how many arrived and how many contained a watched value (a secret
 * that must never be printed), so echoing costs what it costs and a leak is still seen.
 */
public final class CountingLog implements BuildLog {

    private final String watched;
    private final AtomicLong lines = new AtomicLong();
    private final AtomicLong leaks = new AtomicLong();

    public CountingLog(final String watched) {
        this.watched = watched;
    }

    @Override
    public void info(final String line) {
        count(line);
    }

    @Override
    public void warn(final String line) {
        count(line);
    }

    @Override
    public void error(final String line) {
        count(line);
    }

    private void count(final String line) {
        lines.incrementAndGet();
        if (line.contains(watched)) {
            leaks.incrementAndGet();
        }
    }

    public long lines() {
        return lines.get();
    }

    /** Lines that contained the watched value. */
    public long leaks() {
        return leaks.get();
    }
}
