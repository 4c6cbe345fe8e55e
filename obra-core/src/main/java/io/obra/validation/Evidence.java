package io.obra.validation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the orchestrator judges. Every text here has already been masked and, in privacy mode,
 * redacted: it is exactly what leaves the machine.
 *
 * @param task               the user's task; empty in review mode
 * @param implementerSummary the implementer's own final message; empty in review mode
 * @param change             the (token-budgeted) change, a unified diff plus notes on what was left out
 * @param verify             the verify command's result, when one is configured
 * @param permissionDenials  tool uses the implementer was denied
 */
public record Evidence(Optional<String> task, Optional<String> implementerSummary, String change,
                       Optional<VerifyEvidence> verify, List<String> permissionDenials) {

    public Evidence {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(implementerSummary, "implementerSummary");
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(verify, "verify");
        permissionDenials = List.copyOf(permissionDenials);
    }

    /** The verify command's exit code and the tail of its output. */
    public record VerifyEvidence(String command, int exitCode, boolean timedOut, String outputTail) {
    }
}
