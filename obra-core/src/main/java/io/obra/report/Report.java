package io.obra.report;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything {@code obra-report.json} says about one run (schema: {@code obra-report.schema.json},
 * version {@link #SCHEMA_VERSION}). Never holds a secret value. Field names are the report's.
 * Every string in it may come from a model or the workspace: writers treat all of it as untrusted.
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

    /** The verdict the gate decided on: the last iteration that has one. */
    public Optional<VerdictInfo> finalVerdict() {
        for (int i = iterations.size() - 1; i >= 0; i--) {
            if (iterations.get(i).verdict().isPresent()) {
                return iterations.get(i).verdict();
            }
        }
        return Optional.empty();
    }

    /** The gate's thresholds and its result ({@code PASSED}, {@code FAILED}, {@code ERROR}). */
    public record GateInfo(int minQuality, double minConfidence, String onFail, Optional<String> verifyCommand,
                           String result) {
        public GateInfo {
            Objects.requireNonNull(onFail, "onFail");
            Objects.requireNonNull(verifyCommand, "verifyCommand");
            Objects.requireNonNull(result, "result");
        }
    }

    /**
     * One implementer → evidence → verdict round.
     *
     * @param gateResult what the gate said of this round: {@code PASSED}, {@code FAILED} or {@code ERROR}
     */
    public record IterationReport(int number, Optional<ImplementerInfo> implementer, Optional<VerifyInfo> verify,
                                  Optional<VerdictInfo> verdict, Optional<OrchestratorInfo> orchestrator,
                                  Optional<ShadowInfo> shadow, String gateResult) {
        public IterationReport {
            Objects.requireNonNull(implementer, "implementer");
            Objects.requireNonNull(verify, "verify");
            Objects.requireNonNull(verdict, "verdict");
            Objects.requireNonNull(orchestrator, "orchestrator");
            Objects.requireNonNull(shadow, "shadow");
            Objects.requireNonNull(gateResult, "gateResult");
        }
    }

    /**
     * The implementer round (absent in review mode).
     *
     * @param costUsd   as the CLI reported it; empty when it did not
     * @param tools     tool names in call order (repeats kept)
     * @param rawStream workspace-relative path of the raw stream-json artifact
     */
    public record ImplementerInfo(String sessionId, String model, int turns, Optional<Double> costUsd, int exitCode,
                                  long durationMs, String subtype, List<String> tools, List<String> filesTouched,
                                  List<String> permissionDenials, String rawStream) {
        public ImplementerInfo {
            Objects.requireNonNull(sessionId, "sessionId");
            Objects.requireNonNull(model, "model");
            Objects.requireNonNull(costUsd, "costUsd");
            Objects.requireNonNull(subtype, "subtype");
            tools = List.copyOf(tools);
            filesTouched = List.copyOf(filesTouched);
            permissionDenials = List.copyOf(permissionDenials);
            Objects.requireNonNull(rawStream, "rawStream");
        }
    }

    /** The verify command's run; {@code outputTail} is masked and redacted. */
    public record VerifyInfo(String command, int exitCode, long durationMs, boolean timedOut, String outputTail) {
        public VerifyInfo {
            Objects.requireNonNull(command, "command");
            Objects.requireNonNull(outputTail, "outputTail");
        }

        /** Exit code 0 within the time limit. */
        public boolean passed() {
            return exitCode == 0 && !timedOut;
        }
    }

    /**
     * The verdict as the orchestrator gave it (after parsing and normalising).
     *
     * @param samples how many orchestrator answers were combined into it (1 normally)
     */
    public record VerdictInfo(int quality, double confidence, String summary, List<CriterionInfo> criteria,
                              List<FindingInfo> findings, int samples) {
        public VerdictInfo {
            Objects.requireNonNull(summary, "summary");
            criteria = List.copyOf(criteria);
            findings = List.copyOf(findings);
        }
    }

    /**
     * One rubric criterion's score.
     *
     * @param minScore the criterion's own threshold from the rubric; empty means the gate's min quality
     */
    public record CriterionInfo(String name, int score, double weight, String rationale, Optional<Integer> minScore) {
        public CriterionInfo {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(rationale, "rationale");
            Objects.requireNonNull(minScore, "minScore");
        }

        /** A criterion without its own threshold. */
        public CriterionInfo(final String name, final int score, final double weight, final String rationale) {
            this(name, score, weight, rationale, Optional.empty());
        }

        /** The score this criterion must reach: its own minimum, else the gate's min quality. */
        public int threshold(final GateInfo gate) {
            return minScore.orElse(gate.minQuality());
        }
    }

    /** A problem the orchestrator found; {@code severity} is {@code blocker|major|minor|info}. */
    public record FindingInfo(String severity, Optional<String> file, Optional<Integer> line, String message) {
        public FindingInfo {
            Objects.requireNonNull(severity, "severity");
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(line, "line");
            Objects.requireNonNull(message, "message");
        }

        /** {@code file:line}, {@code file}, or empty. */
        public String location() {
            return file.map(f -> line.map(l -> f + ":" + l).orElse(f)).orElse("");
        }
    }

    /** The orchestrator call(s) of one iteration: provider and model that answered, retries, tokens, cost. */
    public record OrchestratorInfo(String provider, String model, int attempts, List<AttemptInfo> attemptLog,
                                   long promptTokens, long completionTokens, Optional<Double> costUsd,
                                   long durationMs) {
        public OrchestratorInfo {
            Objects.requireNonNull(provider, "provider");
            Objects.requireNonNull(model, "model");
            attemptLog = List.copyOf(attemptLog);
            Objects.requireNonNull(costUsd, "costUsd");
        }
    }

    /**
     * One HTTP attempt.
     *
     * @param httpStatus 0 when no response arrived
     * @param outcome    {@code ok} or a short reason, e.g. {@code rate_limited}, {@code timeout}
     */
    public record AttemptInfo(String provider, String model, int httpStatus, String outcome, long latencyMs) {
        public AttemptInfo {
            Objects.requireNonNull(provider, "provider");
            Objects.requireNonNull(model, "model");
            Objects.requireNonNull(outcome, "outcome");
        }
    }

    /** The shadow orchestrator's verdict on the same evidence, and how far it agrees. */
    public record ShadowInfo(String provider, String model, int quality, double confidence, boolean sameGateResult,
                             int qualityDelta, Optional<String> error) {
        public ShadowInfo {
            Objects.requireNonNull(provider, "provider");
            Objects.requireNonNull(model, "model");
            Objects.requireNonNull(error, "error");
        }
    }

    /**
     * Totals; a cost is empty when some part of it had no known price.
     */
    public record Totals(Optional<Double> costUsd, double implementerCostUsd, Optional<Double> orchestratorCostUsd,
                         long durationMs, long promptTokens, long completionTokens) {
        public Totals {
            Objects.requireNonNull(costUsd, "costUsd");
            Objects.requireNonNull(orchestratorCostUsd, "orchestratorCostUsd");
        }
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
        public ContextInfo {
            droppedFiles = List.copyOf(droppedFiles);
            excludedFiles = List.copyOf(excludedFiles);
            Objects.requireNonNull(note, "note");
        }
    }
}
