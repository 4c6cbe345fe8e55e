package io.obra.orchestrator;

import java.util.List;

/**
 * When a failed call is worth repeating elsewhere. A rejected key or a broken configuration fails at once
 * with its message (no other model fixes it, and silently answering from elsewhere would hide it); an
 * unreachable host or an exhausted account cannot be helped by another model of the same endpoint, but
 * another provider may answer.
 */
public final class FallbackRules {

    private FallbackRules() {
    }

    /** Whether the next fallback model of the same provider and endpoint may succeed. */
    public static boolean otherModelMayHelp(final OrchestratorException failure) {
        return switch (failure.kind()) {
            case AUTHENTICATION, CONFIGURATION, UNREACHABLE -> false;
            case RATE_LIMITED -> !quotaExhausted(failure);
            default -> true;
        };
    }

    /** Whether a fallback orchestrator (another provider or endpoint) may succeed. */
    public static boolean otherProviderMayHelp(final OrchestratorException failure) {
        return switch (failure.kind()) {
            case AUTHENTICATION, CONFIGURATION -> false;
            default -> true;
        };
    }

    /** The account behind the key has no quota or credit left: waiting does not help. */
    public static boolean quotaExhausted(final OrchestratorException failure) {
        List<Attempt> attempts = failure.attempts();
        return !attempts.isEmpty() && "insufficient_quota".equals(attempts.get(attempts.size() - 1).outcome());
    }
}
