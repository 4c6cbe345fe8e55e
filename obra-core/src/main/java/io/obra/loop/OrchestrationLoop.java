package io.obra.loop;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.EncodingRegistry;
import io.obra.config.ObraConfig;
import io.obra.config.LlmSettings;
import io.obra.cost.BudgetExceededException;
import io.obra.cost.BudgetGuard;
import io.obra.cost.Cost;
import io.obra.cost.CostEstimator;
import io.obra.cost.CostTracker;
import io.obra.cost.Pricing;
import io.obra.evidence.CommandRunner;
import io.obra.evidence.Git;
import io.obra.evidence.VerifyRunner;
import io.obra.evidence.VerifyRunner.VerifyRun;
import io.obra.gate.Gate;
import io.obra.gate.Gate.GateDecision;
import io.obra.gate.Outcome;
import io.obra.implementer.ImplementerException;
import io.obra.implementer.ImplementerRequest;
import io.obra.implementer.ImplementerResult;
import io.obra.orchestrator.Completion;
import io.obra.orchestrator.Orchestrator;
import io.obra.orchestrator.OrchestratorContext;
import io.obra.orchestrator.OrchestratorException;
import io.obra.orchestrator.Orchestrators;
import io.obra.orchestrator.Prompt;
import io.obra.port.BuildLog;
import io.obra.privacy.MaskingBuildLog;
import io.obra.privacy.MaskingWorkspace;
import io.obra.privacy.PrivacyDecision;
import io.obra.privacy.PrivacyPolicy;
import io.obra.privacy.Redactor;
import io.obra.report.ReportWriter;
import io.obra.privacy.Secret;
import io.obra.privacy.SecretMasker;
import io.obra.report.Report;
import io.obra.validation.Evidence;
import io.obra.validation.Rubric;
import io.obra.validation.ValidationPrompt;
import io.obra.validation.Validator;
import io.obra.validation.Validator.Validation;
import io.obra.validation.VerdictParseException;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One Obra run: budget check, optional prompt optimisation, implementer, evidence, validation, gate,
 * feedback, report (ARCHITECTURE.md, steps 1–8).
 */
public final class OrchestrationLoop {

    private final RunEnvironment env;

    public OrchestrationLoop(final RunEnvironment environment) {
        this.env = environment;
    }

    /**
     * Runs to the end. Never throws for a provider, implementer, git or budget failure: those end as
     * {@link Outcome#ERROR} with a message, and the report is written in every case.
     *
     * @throws InterruptedException when the run was aborted; the implementer's processes are killed and
     *                              the report written before this is thrown
     */
    public RunResult run(final RunRequest request) throws InterruptedException {
        ObraConfig config = request.config();
        SecretMasker masker = SecretMasker.ofSecrets(secretsOf(config));
        BuildLog log = new MaskingBuildLog(env.log(), masker);
        RunState state = new RunState(request, env.clock().instant().toString(), System.nanoTime());
        try {
            Outcome outcome = new Execution(request, config, log, masker, state).execute();
            return finish(state, outcome, Optional.empty(), log, masker);
        } catch (RunError e) {
            log.error("obra: " + e.getMessage());
            return finish(state, Outcome.ERROR, Optional.of(e.getMessage()), log, masker);
        } catch (InterruptedException e) {
            log.error("obra: run aborted");
            finish(state, Outcome.ERROR, Optional.of("the run was aborted"), log, masker);
            throw e;
        }
    }

    private RunResult finish(final RunState state, final Outcome outcome, final Optional<String> error,
                             final BuildLog log, final SecretMasker masker) {
        RunRequest request = state.request;
        long durationMs = (System.nanoTime() - state.startNanos) / 1_000_000;
        Report report = new ReportAssembler(request.config()).assemble(request, state.startedAt, state.optimizedPrompt,
                outcome, state.iterations, durationMs, state.redactions(), state.context, error.map(masker::mask),
                state.warnings);
        String reportPath = request.reportDir() + "/obra-report.json";
        try {
            reportPath = new ReportWriter(new MaskingWorkspace(env.workspace(), masker)).write(report,
                    request.reportDir()).json();
        } catch (IOException e) {
            log.error("obra: could not write the report to " + request.reportDir() + ": " + e.getMessage());
        }
        RunResult result = new RunResult(outcome, report.quality(), report.confidence(), state.iterations.size(),
                report.totals().costUsd().orElse(report.totals().implementerCostUsd()),
                summaryOf(report, error), reportPath, error.map(masker::mask));
        log.info(String.format(Locale.ROOT, "obra: %s — quality %d, confidence %.2f, %d iteration(s), cost %s; report %s",
                outcome, result.quality(), result.confidence(), result.iterations(),
                report.totals().costUsd().map(c -> Cost.dollars(c, 4)).orElse("unknown"), reportPath));
        return result;
    }

    private static String summaryOf(final Report report, final Optional<String> error) {
        return error.orElseGet(() -> report.iterations().isEmpty() ? ""
                : report.iterations().get(report.iterations().size() - 1).verdict().map(Report.VerdictInfo::summary)
                .orElse(""));
    }

    private List<Secret> secretsOf(final ObraConfig config) {
        List<Secret> secrets = new ArrayList<>(env.knownSecrets());
        env.claudeCredential().ifPresent(secrets::add);
        config.orchestrator().llm().apiKey().ifPresent(secrets::add);
        config.orchestrator().fallback().flatMap(LlmSettings::apiKey).ifPresent(secrets::add);
        config.orchestrator().shadow().flatMap(LlmSettings::apiKey).ifPresent(secrets::add);
        return secrets;
    }

    /** The steps of one run, with what they share. */
    private final class Execution {
        private final RunRequest request;
        private final ObraConfig config;
        private final BuildLog log;
        private final SecretMasker masker;
        private final RunState state;
        private final CostTracker costs;
        private final BudgetGuard budget;
        private final EncodingRegistry encodings;
        private final CostEstimator estimator;
        private final Rubric rubric;
        private final Gate gate;
        private final Redactor redactor;

        Execution(final RunRequest request, final ObraConfig config, final BuildLog log, final SecretMasker masker,
                  final RunState state) {
            this.request = request;
            this.config = config;
            this.log = log;
            this.masker = masker;
            this.state = state;
            Pricing pricing = Pricing.of(config.pricing());
            this.costs = new CostTracker(pricing, env.ledger(), request.scope(), request.runId(), env.clock(), log);
            this.budget = new BudgetGuard(config.budget(), env.ledger(), costs, env.clock(), log);
            // One registry per run for both counters: each loaded the same o200k encoding (about a second of
            // CPU) on its own, which 64 concurrent pull-request runs showed.
            this.encodings = Encodings.newLazyEncodingRegistry();
            this.estimator = new CostEstimator(pricing, new io.obra.cost.TokenCounter(encodings));
            this.rubric = new Rubric(config.rubric());
            this.gate = new Gate(config.gate());
            List<LlmSettings> receivers = new ArrayList<>(List.of(config.orchestrator().llm()));
            config.orchestrator().fallback().ifPresent(receivers::add);
            config.orchestrator().shadow().ifPresent(receivers::add);
            PrivacyDecision privacy = PrivacyPolicy.decide(receivers, config.privacy());
            this.redactor = Redactor.forRun(privacy, config.privacy(), secretsOf(config));
            state.privacyEnabled = privacy.enabled();
            log.info("obra: " + privacy.reason());
        }

        Outcome execute() throws RunError, InterruptedException {
            announce();
            try {
                budget.checkStart();
            } catch (BudgetExceededException e) {
                throw new RunError(e.getMessage());
            }
            OrchestratorContext context = new OrchestratorContext(log, env.clock(), OrchestratorContext.Sleeper.real());
            Orchestrator orchestrator = orchestrator(config, context);
            Optional<Orchestrator> shadow = shadow(context);
            Git git = new Git(new CommandRunner(env.launcher(), env.workspace().root()));
            String from = startingPoint(git);
            Evidences evidences = new Evidences(env, config, request, masker, redactor, git, from, state,
                    new TokenizerLoad(encodings, request.task().isPresent()));
            Optional<ImplementerRound> implementer = request.task().map(task ->
                    new ImplementerRound(env, config, request.reportDir(), masker, log, costs, budget, state));
            String prompt = request.task().isPresent() ? implementerPrompt(orchestrator) : "";

            Optional<Validation> last = Optional.empty();
            Optional<GateDecision> lastDecision = Optional.empty();
            Optional<VerifyRun> lastVerify = Optional.empty();
            for (int i = 1; i <= config.gate().maxIterations(); i++) {
                Optional<ImplementerResult> done = Optional.empty();
                if (implementer.isPresent()) {
                    String next = i == 1 ? prompt : FeedbackPrompt.build(last.orElseThrow().verdict(),
                            lastDecision.orElseThrow(), lastVerify);
                    done = Optional.of(implementer.get().run(next, i));
                }
                Optional<VerifyRun> verify = verify(i);
                Evidence evidence = evidences.collect(done, verify);
                long orchestratorStart = System.nanoTime();
                Validation validation = validate(orchestrator, evidence, i, done, verify);
                long orchestratorMs = (System.nanoTime() - orchestratorStart) / 1_000_000;
                OptionalInt verifyExit = verify.map(v -> OptionalInt.of(v.passed() ? 0 : Math.max(1, v.exitCode())))
                        .orElse(OptionalInt.empty());
                GateDecision decision = gate.decide(validation.verdict(), verifyExit);
                Optional<IterationRecord.ShadowRecord> shadowRecord = shadow.map(s ->
                        shadowVerdict(s, evidence, validation, verifyExit));
                state.iterations.add(new IterationRecord(i, done, verify, Optional.of(validation),
                        orchestratorCost(i), implementerCost(i), shadowRecord, Optional.of(decision), orchestratorMs));
                long promptTokens = validation.calls().stream().mapToLong(c -> c.usage().promptTokens()).sum();
                long completionTokens = validation.calls().stream().mapToLong(c -> c.usage().completionTokens()).sum();
                log.info(String.format(Locale.ROOT, "obra: iteration %d/%d — quality %d, confidence %.2f (%,d prompt + "
                                + "%,d completion tokens) — gate %s; cost so far %s",
                        i, config.gate().maxIterations(), validation.verdict().quality(),
                        validation.verdict().confidence(), promptTokens, completionTokens, decision.describe(),
                        costs.total().describe()));
                if (decision.passed()) {
                    return Outcome.PASSED;
                }
                if (implementer.isEmpty()) {
                    return Outcome.FAILED;
                }
                last = Optional.of(validation);
                lastDecision = Optional.of(decision);
                lastVerify = verify;
            }
            return Outcome.FAILED;
        }

        private void announce() {
            LlmSettings llm = config.orchestrator().llm();
            log.info(String.format(Locale.ROOT,
                    "obra: %s run %s — orchestrator %s %s; gate quality ≥ %d, confidence ≥ %.2f%s; up to %d iteration(s)",
                    request.reviewMode() ? "review" : "implement", request.runId(), llm.provider(), llm.model(),
                    config.gate().minQuality(), config.gate().minConfidence(),
                    config.gate().verifyCommand().map(c -> ", verify `" + c + "`").orElse(""),
                    request.reviewMode() ? 1 : config.gate().maxIterations()));
        }

        private Orchestrator orchestrator(final ObraConfig cfg, final OrchestratorContext context) throws RunError {
            try {
                return new RedactingOrchestrator(Orchestrators.discover().create(cfg.orchestrator(), env.http(),
                        context), redactor);
            } catch (OrchestratorException e) {
                throw new RunError(e.getMessage());
            }
        }

        private Optional<Orchestrator> shadow(final OrchestratorContext context) throws RunError {
            if (config.orchestrator().shadow().isEmpty()) {
                return Optional.empty();
            }
            try {
                return Optional.of(new RedactingOrchestrator(Orchestrators.discover().create(
                        config.orchestrator().shadow().get(), env.http(), context), redactor));
            } catch (OrchestratorException e) {
                throw new RunError("shadow orchestrator: " + e.getMessage());
            }
        }

        private String startingPoint(final Git git) throws RunError, InterruptedException {
            try {
                String head = git.head();
                if (request.reviewMode()) {
                    String base = request.baseRef().orElseThrow(() -> new RunError(
                            "review mode (no task) needs a base ref: pass baseRef (CLI: --base) or run in a pull-request "
                                    + "build, where CHANGE_TARGET names it"));
                    String mergeBase = git.mergeBase(git.resolve(base), head);
                    log.info("obra: reviewing " + shortId(mergeBase) + ".." + shortId(head) + " (" + base + "...HEAD)");
                    return mergeBase;
                }
                return request.baseRef().isPresent() ? git.resolve(request.baseRef().get()) : head;
            } catch (Git.GitException e) {
                throw new RunError(e.getMessage());
            }
        }

        private String implementerPrompt(final Orchestrator orchestrator) throws RunError, InterruptedException {
            String task = request.task().orElseThrow();
            if (!config.orchestrator().optimizePrompt()) {
                return task;
            }
            try {
                Prompt prompt = PromptOptimizer.prompt(task);
                budget.beforeCall(estimator.estimate(config.orchestrator().llm(), prompt));
                Completion completion = orchestrator.complete(prompt);
                // counted with the first iteration, whose implementer prompt it is
                costs.recordOrchestrator(1, completion);
                String optimized = PromptOptimizer.result(task, completion.content());
                state.optimizedPrompt = Optional.of(optimized);
                log.info("obra: prompt optimised by " + completion.provider() + " " + completion.model() + " ("
                        + optimized.length() + " characters)");
                return optimized;
            } catch (OrchestratorException e) {
                state.warnings.add("prompt optimisation failed, the task is used as written: " + e.getMessage());
                log.warn("obra: prompt optimisation failed (" + e.getMessage() + "); using the task as written");
                return task;
            } catch (BudgetExceededException e) {
                throw new RunError(e.getMessage());
            }
        }

        private Optional<VerifyRun> verify(final int iteration) throws InterruptedException {
            if (config.gate().verifyCommand().isEmpty()) {
                return Optional.empty();
            }
            String command = config.gate().verifyCommand().get();
            log.info("obra: iteration " + iteration + " — running verify command `" + command + "`");
            VerifyRun raw = new VerifyRunner(new CommandRunner(env.launcher(), env.workspace().root()), masker)
                    .run(command, config.gate().verifyTimeout());
            // Redacted once, here: the tail goes into the prompt, the feedback and the reports (which promise
            // "masked and redacted"); a config file the command prints must not put its password in a report.
            VerifyRun run = new VerifyRun(raw.command(), raw.exitCode(), raw.timedOut(), redactor.redact(raw.output()),
                    raw.durationMs());
            log.info("obra: verify " + (run.passed() ? "passed" : run.timedOut() ? "timed out" : "failed (exit code "
                    + run.exitCode() + ")") + " in " + run.durationMs() / 1000 + " s");
            return Optional.of(run);
        }

        private Validation validate(final Orchestrator orchestrator, final Evidence evidence, final int iteration,
                                    final Optional<ImplementerResult> done, final Optional<VerifyRun> verify)
                throws RunError, InterruptedException {
            try {
                Prompt prompt = new ValidationPrompt(rubric).build(evidence);
                for (int s = 0; s < config.orchestrator().samples(); s++) {
                    budget.beforeCall(estimator.estimate(config.orchestrator().llm(), prompt));
                }
                log.info("obra: iteration " + iteration + " — asking " + orchestrator.provider() + " "
                        + orchestrator.model() + " for a verdict");
                Validation validation = new Validator(orchestrator, rubric, config.orchestrator().samples(), log)
                        .validate(evidence);
                validation.calls().forEach(c -> costs.recordOrchestrator(iteration, c));
                return validation;
            } catch (OrchestratorException | VerdictParseException | BudgetExceededException e) {
                state.iterations.add(new IterationRecord(iteration, done, verify, Optional.empty(), Optional.empty(),
                        implementerCost(iteration), Optional.empty(), Optional.empty(), 0));
                throw new RunError(e.getMessage());
            }
        }

        private IterationRecord.ShadowRecord shadowVerdict(final Orchestrator shadow, final Evidence evidence,
                                                           final Validation primary, final OptionalInt verifyExit) {
            try {
                Validation v = new Validator(shadow, rubric, 1, log).validate(evidence);
                v.calls().forEach(c -> costs.recordOrchestrator(state.iterations.size() + 1, c));
                boolean same = gate.decide(v.verdict(), verifyExit).passed()
                        == gate.decide(primary.verdict(), verifyExit).passed();
                int delta = v.verdict().quality() - primary.verdict().quality();
                log.info(String.format(Locale.ROOT, "obra: shadow %s %s — quality %d (%+d), confidence %.2f, %s the gate",
                        shadow.provider(), shadow.model(), v.verdict().quality(), delta, v.verdict().confidence(),
                        same ? "agrees with" : "DISAGREES with"));
                return new IterationRecord.ShadowRecord(shadow.provider(), shadow.model(), Optional.of(v),
                        Optional.empty(), same, delta);
            } catch (OrchestratorException | VerdictParseException e) {
                log.warn("obra: shadow orchestrator failed (does not affect the gate): " + e.getMessage());
                return new IterationRecord.ShadowRecord(shadow.provider(), shadow.model(), Optional.empty(),
                        Optional.of(e.getMessage()), false, 0);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new IterationRecord.ShadowRecord(shadow.provider(), shadow.model(), Optional.empty(),
                        Optional.of("interrupted"), false, 0);
            }
        }

        private Optional<Double> orchestratorCost(final int iteration) {
            return costs.iterations().stream().filter(c -> c.iteration() == iteration).findFirst()
                    .map(c -> c.orchestrator()).filter(Cost::known).map(Cost::usd);
        }

        private Optional<Double> implementerCost(final int iteration) {
            return costs.iterations().stream().filter(c -> c.iteration() == iteration).findFirst()
                    .map(c -> c.implementer()).filter(Cost::known).map(Cost::usd);
        }
    }

    private static String shortId(final String commit) {
        return commit.length() > 10 ? commit.substring(0, 10) : commit;
    }
}
