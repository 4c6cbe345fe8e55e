package io.obra.testing;

import io.obra.orchestrator.OrchestratorContext;
import io.obra.port.BuildLog;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An {@link OrchestratorContext} for tests: a clock that only moves when the code sleeps (or the test
 * advances it), a sleeper that records instead of waiting, and a log that records every line.
 * Retries and deadlines are tested without a single real delay.
 */
public final class FakeOrchestratorContext {

    /** Where the fake clock starts: a fixed instant, so that HTTP dates in tests are reproducible. */
    public static final Instant START = Instant.parse("2026-08-03T10:15:30Z");

    private final ManualClock clock = new ManualClock(START);
    private final List<Long> sleeps = Collections.synchronizedList(new ArrayList<>());
    private final List<String> lines = Collections.synchronizedList(new ArrayList<>());
    private final OrchestratorContext context;

    public FakeOrchestratorContext() {
        BuildLog log = new BuildLog() {
            @Override
            public void info(final String line) {
                lines.add("INFO " + line);
            }

            @Override
            public void warn(final String line) {
                lines.add("WARN " + line);
            }

            @Override
            public void error(final String line) {
                lines.add("ERROR " + line);
            }
        };
        context = new OrchestratorContext(log, clock, millis -> {
            sleeps.add(millis);
            clock.advance(Duration.ofMillis(millis));
        });
    }

    public OrchestratorContext context() {
        return context;
    }

    /** The waits the code asked for, in milliseconds, in order. */
    public List<Long> sleeps() {
        return List.copyOf(sleeps);
    }

    /** Every log line, prefixed with its level ({@code INFO }, {@code WARN }, {@code ERROR }). */
    public List<String> lines() {
        return List.copyOf(lines);
    }

    /** The warning lines, without the level prefix. */
    public List<String> warnings() {
        return lines().stream().filter(l -> l.startsWith("WARN ")).map(l -> l.substring(5)).toList();
    }

    public Instant now() {
        return clock.instant();
    }

    public void advance(final Duration duration) {
        clock.advance(duration);
    }

    /** A clock that moves only when told. */
    private static final class ManualClock extends Clock {
        private volatile Instant now;

        ManualClock(final Instant start) {
            this.now = start;
        }

        synchronized void advance(final Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(final ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
