package io.obra.report;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything {@code obra-report.json} says about one run (schema: {@code obra-report.schema.json},
 * version {@link #SCHEMA_VERSION}). Never holds a secret value. Field names are the report's.
 *
 * @param mode           {@code implement} or {@code review}
 * @param task           the user's task (empty in review mode)
 * @param prompt         the implementer prompt after optional prompt optimisation (empty when not optimised)
 * @param outcome        {@code PASSED}, {@code FAILED} or {@code ERROR}
 * @param quality        the final quality (last iteration's), 0 when never judged
 * @param confidence     the final confidence, 0 when never judged
 * @param error          what went wrong, for ERROR
 * @param warnings       budget alerts, unpinned models, unknown prices, permission denials, …
 */
public record Report(int schemaVersion, String runId, String startedAt, String mode, Optional<String> task,
                     Optional<String> prompt, boolean passed, String outcome, int quality, double confidence,
                     GateInfo gate, List<IterationReport> iterations, Totals totals, Redactions redactions,
                     Optional<ContextInfo> context, Optional<String> error, List<String> warnings) {

    public static final int SCHEMA_VERSION = 1;

    public Report {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(prompt, "prompt");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(gate, "gate");
        iterations = List.copyOf(iterations);
        Objects.requireNonNull(totals, "totals");
        Objects.requireNonNull(redactions, "redactions");
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(error, "error");
        warnings = List.copyOf(warnings);
    }

    /** The gate's thresholds and its result ({@code PASSED}, {@code FAILED}, {@code ERROR}). */
    public record GateInfo(int minQuality, double minConfidence, String onFail, Optional<String> verifyCommand,
                           String result) {
    }

    /** One implementer → evidence → verdict round. */
    public record IterationReport(int number, Optional<ImplementerInfo> implementer, Optional<VerifyInfo> verify,
                                  Optional<VerdictInfo> verdict, Optional<OrchestratorInfo> orchestrator,
                                  Optional<ShadowInfo> shadow, String gateResult) {
    }

    /** The implementer round (absent in review mode). */
    public record ImplementerInfo(String sessionId, String model, int turns, Optional<Double> costUsd, int exitCode,
                                  long durationMs, String subtype, List<String> tools, List<String> filesTouched,
                                  List<String> permissionDenials, String rawStream) {
    }

    /** The verify command's run; {@code outputTail} is masked and redacted. */
    public record VerifyInfo(String command, int exitCode, long durationMs, boolean timedOut, String outputTail) {
    }

    /** The verdict as the orchestrator gave it (after parsing and normalising). */
    public record VerdictInfo(int quality, double confidence, String summary, List<CriterionInfo> criteria,
                              List<FindingInfo> findings, int samples) {
    }

    public record CriterionInfo(String name, int score, double weight, String rationale) {
    }

    public record FindingInfo(String severity, Optional<String> file, Optional<Integer> line, String message) {
    }

    /** The orchestrator call(s) of one iteration: provider and model that answered, retries, tokens, cost. */
    public record OrchestratorInfo(String provider, String model, int attempts, List<AttemptInfo> attemptLog,
                                   long promptTokens, long completionTokens, Optional<Double> costUsd,
                                   long durationMs) {
    }

    public record AttemptInfo(String provider, String model, int httpStatus, String outcome, long latencyMs) {
    }

    /** The shadow orchestrator's verdict on the same evidence, and how far it agrees. */
    public record ShadowInfo(String provider, String model, int quality, double confidence, boolean sameGateResult,
                             int qualityDelta, Optional<String> error) {
    }

    /**
     * Totals; a cost is empty when some part of it had no known price.
     */
    public record Totals(Optional<Double> costUsd, double implementerCostUsd, Optional<Double> orchestratorCostUsd,
                         long durationMs, long promptTokens, long completionTokens) {
    }

    /** How many values privacy mode redacted, by kind; never the values. */
    public record Redactions(boolean enabled, int count, Map<String, Integer> byKind) {
        public Redactions {
            byKind = Map.copyOf(byKind);
        }
    }

    /** What the token budget did to the change sent to the orchestrator. */
    public record ContextInfo(int changeTokens, int sentTokens, int budgetTokens, List<String> droppedFiles,
                              List<String> excludedFiles, String note) {
    }
}
