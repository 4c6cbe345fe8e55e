package io.obra.implementer;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one implementer round did, from the CLI's result line and the stream before it.
 *
 * @param sessionId         the session, for {@code --resume}
 * @param model             the model the CLI reported at init
 * @param turns             {@code num_turns}
 * @param costUsd           this round's cost as reported by the CLI ({@code total_cost_usd}), when reported
 * @param exitCode          process exit code
 * @param durationMs        wall time of the process
 * @param subtype           result subtype, e.g. {@code success}
 * @param resultText        the final message of the agent (its own summary of what it did)
 * @param permissionDenials tool uses the CLI denied (reported as findings, never ignored)
 * @param toolsUsed         tool names in call order (repeats kept)
 * @param filesTouched      files the agent wrote or edited, as given in tool inputs
 * @param usage             tokens the CLI reported
 * @param rawStreamPath     workspace-relative path of the raw stream-json artifact
 */
public record ImplementerResult(String sessionId, String model, int turns, Optional<Double> costUsd, int exitCode,
                                long durationMs, String subtype, String resultText, List<String> permissionDenials,
                                List<String> toolsUsed, List<String> filesTouched, ImplementerUsage usage,
                                String rawStreamPath) {

    public ImplementerResult {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(costUsd, "costUsd");
        Objects.requireNonNull(subtype, "subtype");
        Objects.requireNonNull(resultText, "resultText");
        permissionDenials = List.copyOf(permissionDenials);
        toolsUsed = List.copyOf(toolsUsed);
        filesTouched = List.copyOf(filesTouched);
        Objects.requireNonNull(usage, "usage");
        Objects.requireNonNull(rawStreamPath, "rawStreamPath");
    }

    /** Token counts of the Anthropic API as the CLI reports them. */
    public record ImplementerUsage(long inputTokens, long outputTokens, long cacheReadInputTokens,
                                   long cacheCreationInputTokens) {
        public static final ImplementerUsage ZERO = new ImplementerUsage(0, 0, 0, 0);
    }
}
