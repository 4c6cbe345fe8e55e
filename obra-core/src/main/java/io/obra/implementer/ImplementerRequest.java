package io.obra.implementer;

import java.util.Objects;
import java.util.Optional;

/**
 * One implementer round.
 *
 * @param prompt          the task (first round) or the orchestrator's feedback (later rounds)
 * @param resumeSessionId the session to continue ({@code --resume}), empty for a new session
 * @param iteration       1-based round, for log lines and artifact names
 */
public record ImplementerRequest(String prompt, Optional<String> resumeSessionId, int iteration) {

    public ImplementerRequest {
        Objects.requireNonNull(prompt, "prompt");
        Objects.requireNonNull(resumeSessionId, "resumeSessionId");
    }
}
