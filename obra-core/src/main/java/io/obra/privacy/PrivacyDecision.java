package io.obra.privacy;

import java.util.Objects;

/**
 * Whether privacy mode is on for a run, and why (printed at the start of the run).
 *
 * @param enabled on or off
 * @param reason  e.g. {@code privacy mode on: provider openai sends prompts to a remote service}
 */
public record PrivacyDecision(boolean enabled, String reason) {

    public PrivacyDecision {
        Objects.requireNonNull(reason, "reason");
    }
}
