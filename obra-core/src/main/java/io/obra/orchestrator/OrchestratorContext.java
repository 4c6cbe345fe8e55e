package io.obra.orchestrator;

import io.obra.port.BuildLog;

import java.time.Clock;
import java.util.Objects;

/**
 * What a provider needs from its surroundings.
 *
 * @param log     for warnings (unpinned model alias, retries, fallbacks)
 * @param clock   for deadlines and latencies
 * @param sleeper waits between retries; tests replace it to run without real delays
 */
public record OrchestratorContext(BuildLog log, Clock clock, Sleeper sleeper) {

    public OrchestratorContext {
        Objects.requireNonNull(log, "log");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(sleeper, "sleeper");
    }

    public static OrchestratorContext of(final BuildLog log) {
        return new OrchestratorContext(log, Clock.systemUTC(), Sleeper.real());
    }

    /** Waits between attempts; interruptible. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(long millis) throws InterruptedException;

        static Sleeper real() {
            return Thread::sleep;
        }
    }
}
