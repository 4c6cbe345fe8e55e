package io.obra.implementer;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the CLI's reported {@code total_cost_usd} into the cost of one round. Claude Code 2.1.197
 * reports each run's own cost; newer versions (2.1.331 measured) report the session's cumulative cost
 * after {@code --resume}. For those, a resumed round costs the difference to the previous report of
 * the same session, when the new report is not smaller; otherwise the reported value is the round's.
 * One instance per orchestration run (it remembers that run's sessions).
 */
final class SessionCosts {

    private final Map<String, Double> lastReported = new HashMap<>();

    synchronized Optional<Double> roundCost(final String sessionId, final Optional<Double> reported,
                                            final boolean resumed, final boolean cumulativeVersion) {
        if (reported.isEmpty()) {
            return Optional.empty();
        }
        double now = reported.get();
        Double previous = lastReported.put(sessionId, now);
        if (resumed && cumulativeVersion && previous != null && now >= previous) {
            return Optional.of(now - previous);
        }
        return Optional.of(now);
    }
}
