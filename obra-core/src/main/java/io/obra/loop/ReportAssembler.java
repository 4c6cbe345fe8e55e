package io.obra.loop;

import io.obra.config.ObraConfig;
import io.obra.evidence.VerifyRunner.VerifyRun;
import io.obra.gate.Outcome;
import io.obra.implementer.ImplementerResult;
import io.obra.orchestrator.Attempt;
import io.obra.orchestrator.Completion;
import io.obra.report.Report;
import io.obra.validation.Criterion;
import io.obra.validation.Finding;
import io.obra.validation.Rubric;
import io.obra.validation.Validator.Validation;
import io.obra.validation.Verdict;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Turns what a run did into the {@link Report}; knows the report's shape, nothing of the loop's flow. */
final class ReportAssembler {

    private final ObraConfig config;
    private final Rubric rubric;

    ReportAssembler(final ObraConfig config) {
        this.config = config;
        this.rubric = new Rubric(config.rubric());
    }

    Report assemble(final RunRequest request, final String startedAt, final Optional<String> prompt,
                    final Outcome outcome, final List<IterationRecord> iterations, final long durationMs,
                    final Report.Redactions redactions, final Optional<Report.ContextInfo> context,
                    final Optional<String> error, final List<String> warnings) {
        Optional<Verdict> last = iterations.stream().map(IterationRecord::validation).flatMap(Optional::stream)
                .map(Validation::verdict).reduce((a, b) -> b);
        Report.GateInfo gate = new Report.GateInfo(config.gate().minQuality(), config.gate().minConfidence(),
                config.gate().onFail().name(), config.gate().verifyCommand(), outcome.name());
        return new Report(Report.SCHEMA_VERSION, request.runId(), startedAt,
                request.reviewMode() ? "review" : "implement", request.task(), prompt, outcome == Outcome.PASSED,
                outcome.name(), last.map(Verdict::quality).orElse(0), last.map(Verdict::confidence).orElse(0.0), gate,
                iterations.stream().map(this::iteration).toList(), totals(iterations, durationMs), redactions, context,
                error, warnings);
    }

    private Report.IterationReport iteration(final IterationRecord r) {
        return new Report.IterationReport(r.number(), r.implementer().map(i -> implementer(i, r.implementerCostUsd())),
                r.verify().map(ReportAssembler::verify), r.validation().map(this::verdict),
                r.validation().map(v -> orchestrator(v.calls(), r.orchestratorCostUsd(), r.orchestratorMs())),
                r.shadow().map(this::shadow),
                r.decision().map(d -> d.passed() ? "PASSED" : "FAILED").orElse("ERROR"));
    }

    private static Report.ImplementerInfo implementer(final ImplementerResult i, final Optional<Double> cost) {
        return new Report.ImplementerInfo(i.sessionId(), i.model(), i.turns(), cost, i.exitCode(), i.durationMs(),
                i.subtype(), i.toolsUsed(), i.filesTouched(), i.permissionDenials(), i.rawStreamPath());
    }

    private static Report.VerifyInfo verify(final VerifyRun v) {
        return new Report.VerifyInfo(v.command(), v.exitCode(), v.durationMs(), v.timedOut(), v.output());
    }

    private Report.VerdictInfo verdict(final Validation validation) {
        Verdict v = validation.verdict();
        List<Report.CriterionInfo> criteria = new ArrayList<>();
        for (Criterion c : v.criteria()) {
            criteria.add(new Report.CriterionInfo(c.name(), c.score(), rubric.weight(c.name()), c.rationale(),
                    rubric.minScore(c.name())));
        }
        List<Report.FindingInfo> findings = new ArrayList<>();
        for (Finding f : v.findings()) {
            findings.add(new Report.FindingInfo(f.severity().id(), f.file(), f.line(), f.message()));
        }
        return new Report.VerdictInfo(v.quality(), v.confidence(), v.summary(), criteria, findings,
                validation.samples().size());
    }

    private static Report.OrchestratorInfo orchestrator(final List<Completion> calls, final Optional<Double> cost,
                                                        final long durationMs) {
        Completion last = calls.get(calls.size() - 1);
        List<Report.AttemptInfo> attempts = new ArrayList<>();
        long prompt = 0;
        long completion = 0;
        for (Completion c : calls) {
            for (Attempt a : c.attempts()) {
                attempts.add(new Report.AttemptInfo(a.provider(), a.model(), a.httpStatus(), a.outcome(), a.latencyMs()));
            }
            prompt += c.usage().promptTokens();
            completion += c.usage().completionTokens();
        }
        return new Report.OrchestratorInfo(last.provider(), last.model(), Math.max(attempts.size(), calls.size()),
                attempts, prompt, completion, cost, durationMs);
    }

    private Report.ShadowInfo shadow(final IterationRecord.ShadowRecord s) {
        int quality = s.validation().map(v -> v.verdict().quality()).orElse(0);
        double confidence = s.validation().map(v -> v.verdict().confidence()).orElse(0.0);
        return new Report.ShadowInfo(s.provider(), s.model(), quality, confidence, s.sameGateResult(),
                s.qualityDelta(), s.error());
    }

    private static Report.Totals totals(final List<IterationRecord> iterations, final long durationMs) {
        double implementer = 0;
        double orchestrator = 0;
        boolean orchestratorKnown = true;
        long prompt = 0;
        long completion = 0;
        for (IterationRecord r : iterations) {
            implementer += r.implementerCostUsd().orElse(0.0);
            if (r.validation().isPresent()) {
                if (r.orchestratorCostUsd().isPresent()) {
                    orchestrator += r.orchestratorCostUsd().get();
                } else {
                    orchestratorKnown = false;
                }
                for (Completion c : r.validation().get().calls()) {
                    prompt += c.usage().promptTokens();
                    completion += c.usage().completionTokens();
                }
            }
        }
        Optional<Double> orchestratorCost = orchestratorKnown ? Optional.of(orchestrator) : Optional.empty();
        double implementerTotal = implementer;
        return new Report.Totals(orchestratorCost.map(o -> o + implementerTotal), implementer, orchestratorCost,
                durationMs, prompt, completion);
    }

    static Report.Redactions noRedactions(final boolean enabled) {
        return new Report.Redactions(enabled, 0, Map.of());
    }
}
