package io.obra.testing;

import io.obra.report.Report;
import io.obra.report.Report.AttemptInfo;
import io.obra.report.Report.ContextInfo;
import io.obra.report.Report.CriterionInfo;
import io.obra.report.Report.FindingInfo;
import io.obra.report.Report.GateInfo;
import io.obra.report.Report.ImplementerInfo;
import io.obra.report.Report.IterationReport;
import io.obra.report.Report.OrchestratorInfo;
import io.obra.report.Report.Redactions;
import io.obra.report.Report.ShadowInfo;
import io.obra.report.Report.Totals;
import io.obra.report.Report.VerdictInfo;
import io.obra.report.Report.VerifyInfo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Test fixtures for {@link Report}s: ready-made runs ({@link #passed()}, {@link #failedAfterThreeIterations()},
 * {@link #errorBeforeAnyIteration()}, {@link #review()}, …) and a builder whose {@link Builder#build()}
 * derives what a real run derives (passed, final quality and confidence, gate result, totals), so a test
 * only states what it is about.
 */
public final class Reports {

    public static final String STARTED_AT = "2026-11-25T10:15:30Z";

    private Reports() {
    }

    /** One iteration, quality 88 ≥ 80, confidence 0.82 ≥ 0.6; implementer $0.42, orchestrator $0.0125. */
    public static Builder passed() {
        return new Builder().outcome("PASSED").iteration(iteration(1, verdict(88, 0.82,
                "Validation is added with tests; one minor naming issue.",
                List.of(criterion("correctness", 90, "Rejects empty and overlong names as asked."),
                        criterion("tests", 85, "UserControllerTest covers both new branches."),
                        criterion("security", 92, "Input is validated before use.")),
                List.of(finding("minor", "src/main/java/app/UserController.java", 41, "Rename `n` to `name`."))),
                "PASSED"));
    }

    /**
     * Three iterations, the last at quality 70 &lt; 80 with a blocker; verify command {@code mvn -q test}
     * failing in the last round.
     */
    public static Builder failedAfterThreeIterations() {
        Builder b = new Builder().outcome("FAILED").verifyCommand("mvn -q test");
        b.iteration(withVerify(iteration(1, verdict(55, 0.7, "Validation is missing for email.",
                List.of(criterion("correctness", 50, "Email is not validated."), criterion("tests", 60, "No test for email.")),
                List.of(finding("major", "src/main/java/app/UserController.java", 30, "Email accepted unchecked."))),
                "FAILED"), new VerifyInfo("mvn -q test", 0, 20_000, false, "BUILD SUCCESS")));
        b.iteration(withVerify(iteration(2, verdict(64, 0.72, "Email validated, tests still thin.",
                List.of(criterion("correctness", 70, "Email validated."), criterion("tests", 58, "Only the happy path.")),
                List.of(finding("major", "src/test/java/app/UserControllerTest.java", null, "No negative tests."))),
                "FAILED"), new VerifyInfo("mvn -q test", 0, 21_000, false, "BUILD SUCCESS")));
        b.iteration(withVerify(iteration(3, verdict(70, 0.75, "A test now fails; the regex rejects valid emails.",
                List.of(criterion("correctness", 60, "Regex rejects a+b@example.com."),
                        new CriterionInfo("tests", 82, 2, "Negative tests added.", Optional.of(75)),
                        criterion("security", 95, "No issue.")),
                List.of(finding("minor", "README.md", null, "Typo in the usage section."),
                        finding("blocker", "src/main/java/app/EmailRule.java", 12, "Regex rejects plus addressing."),
                        finding("info", null, null, "Consider a shared validator."),
                        finding("major", "src/test/java/app/UserControllerTest.java", 88, "Test asserts nothing."))),
                "FAILED"), new VerifyInfo("mvn -q test", 1, 19_500, false,
                "[ERROR] Tests run: 12, Failures: 1\n[ERROR] UserControllerTest.acceptsPlus:88")));
        return b;
    }

    /** The orchestrator key was rejected before the first round: no iteration, outcome ERROR. */
    public static Builder errorBeforeAnyIteration() {
        return new Builder().outcome("ERROR")
                .error("the OpenAI key in environment variable OPENAI_API_KEY was rejected (401) by "
                        + "https://api.openai.com/v1: check the key");
    }

    /** Review mode (PR quality gate): no task, no implementer, one verdict on the PR diff; passed. */
    public static Builder review() {
        return new Builder().outcome("PASSED").mode("review").task(null)
                .iteration(new IterationReport(1, Optional.empty(), Optional.empty(), Optional.of(verdict(84, 0.7,
                        "The PR is sound.", List.of(criterion("correctness", 86, "Looks right.")), List.of())),
                        Optional.of(orchestrator(0.01)), Optional.empty(), "PASSED"));
    }

    /** A passed run whose verdict a shadow orchestrator (Ollama) re-judged, and disagreed on. */
    public static Builder withShadow() {
        IterationReport it = iteration(1, verdict(86, 0.8, "Good.", List.of(criterion("correctness", 86, "Fine.")),
                List.of()), "PASSED");
        return new Builder().outcome("PASSED").iteration(new IterationReport(1, it.implementer(), it.verify(),
                it.verdict(), it.orchestrator(), Optional.of(new ShadowInfo("ollama", "qwen2.5-coder:32b", 72, 0.6,
                false, -14, Optional.empty())), it.gateResult()));
    }

    /** A passed run that crossed the 80 % budget alert and ran on an unpinned model. */
    public static Builder withBudgetWarnings() {
        return passed()
                .warning("budget: this run has used $1.64 of its $2.00 limit (82 %)")
                .warning("budget: this month has used $171.20 of $200.00 (86 %)")
                .warning("model gpt-4o is not pinned to a dated version; scores may drift");
    }

    /** A run whose change exceeded the orchestrator's token budget: two files dropped, one excluded. */
    public static Builder withDroppedContext() {
        return passed().context(new ContextInfo(182_000, 118_000, 120_000,
                List.of("src/main/resources/big-fixture.json", "docs/generated/api.md"), List.of(".env"),
                "2 files dropped to fit 120000 tokens; the largest first"));
    }

    /** Neither the implementer nor the orchestrator had a known price (Ollama, a CLI that reports none). */
    public static Builder withUnknownCosts() {
        ImplementerInfo im = new ImplementerInfo("sess-unknown", "claude-sonnet-4-5", 7, Optional.empty(), 0, 61_000,
                "success", List.of("Read", "Edit"), List.of("src/App.java"), List.of(), "obra-reports/claude-1.jsonl");
        OrchestratorInfo orch = new OrchestratorInfo("ollama", "qwen2.5-coder:32b", 1,
                List.of(new AttemptInfo("ollama", "qwen2.5-coder:32b", 200, "ok", 9_000)), 3_000, 400,
                Optional.empty(), 9_000);
        return new Builder().outcome("PASSED").iteration(new IterationReport(1, Optional.of(im), Optional.empty(),
                Optional.of(verdict(90, 0.9, "Fine.", List.of(criterion("correctness", 90, "Works.")), List.of())),
                Optional.of(orch), Optional.empty(), "PASSED"));
    }

    /**
     * A failed run (verify command set and failing, a shadow that errored, dropped context, redactions,
     * warnings, an optimised prompt) in which every free-text field is {@code text}: for escaping tests.
     * Enumerated fields (outcome, severity, mode, …) stay valid, so the report still matches the schema.
     */
    public static Builder hostile(final String text) {
        ImplementerInfo im = new ImplementerInfo(text, text, 3, Optional.of(0.2), 1, 10_000, text,
                List.of(text, "Edit"), List.of(text), List.of(text), text);
        OrchestratorInfo orch = new OrchestratorInfo(text, text, 2, List.of(
                new AttemptInfo(text, text, 0, text, 100), new AttemptInfo("openai", text, 200, "ok", 200)),
                10, 20, Optional.of(0.01), 300);
        VerdictInfo verdict = new VerdictInfo(40, 0.5, text, List.of(
                new CriterionInfo(text, 40, 1, text, Optional.of(50)), criterion("correctness", 90, text)),
                List.of(finding("blocker", text, 7, text), finding("minor", text, null, text),
                        finding("info", null, null, text)), 1);
        ShadowInfo shadow = new ShadowInfo(text, text, 0, 0, false, -40, Optional.of(text));
        return new Builder().outcome("FAILED").runId(text).task(text).prompt(text).verifyCommand(text)
                .iteration(new IterationReport(1, Optional.of(im), Optional.of(new VerifyInfo(text, 2, 500, true, text)),
                        Optional.of(verdict), Optional.of(orch), Optional.of(shadow), "FAILED"))
                .redactions(2, Map.of(text, 2))
                .context(new ContextInfo(10, 5, 8, List.of(text), List.of(text), text))
                .warning(text);
    }

    /** Like {@link #errorBeforeAnyIteration()}, with {@code text} as the error message. */
    public static Builder hostileError(final String text) {
        return errorBeforeAnyIteration().error(text).runId(text).task(text);
    }

    /**
     * Every named fixture, for tests that must hold for all reports (schema validity, round trip, no
     * writer crashing).
     */
    public static Map<String, Report> catalogue() {
        Map<String, Report> all = new java.util.LinkedHashMap<>();
        all.put("passed", passed().build());
        all.put("failed after three iterations", failedAfterThreeIterations().build());
        all.put("error before any iteration", errorBeforeAnyIteration().build());
        all.put("review mode", review().build());
        all.put("with shadow", withShadow().build());
        all.put("with budget warnings", withBudgetWarnings().build());
        all.put("with dropped context", withDroppedContext().build());
        all.put("with unknown costs", withUnknownCosts().build());
        all.put("unstable, privacy off", failedAfterThreeIterations().onFail("UNSTABLE")
                .redactions(new Redactions(false, 0, Map.of())).build());
        all.put("error after a judged iteration", failedAfterThreeIterations().outcome("ERROR")
                .error("budget: the run limit of $2.00 is reached").build());
        all.put("redactions by kind", passed().redactions(3, Map.of("github_token", 2, "aws_access_key", 1)).build());
        all.put("prompt optimised", passed().prompt("Add validation to UserController.create: ...").build());
        for (String payload : HOSTILE_TEXT) {
            all.put("hostile " + payload, hostile(payload).build());
            all.put("hostile error " + payload, hostileError(payload).build());
        }
        return all;
    }

    /** Text a model (or a file name) could contain to attack an HTML, Markdown or XML report. */
    public static final List<String> HOSTILE_TEXT = List.of(
            "<script>alert(1)</script>",
            "\"><img src=x onerror=alert(1)>",
            "javascript:alert(1)",
            "[click me](javascript:alert(1)) ![x](https://evil.example/x.png)",
            "' onmouseover='alert(1)",
            "</td></tr></table><iframe src=\"//evil.example\"></iframe>",
            "a | b | c\n\n# not a heading\n- not a list\n<b>bold</b>",
            "]]><x/>&amp;&lt;&#x3C;script&#x3E;",
            "control\u0000chars\u0007and\u001b[31mansi\r\nline",
            "`code` *em* _em_ ~~del~~ $x^2$ \\ {{7*7}} ${jndi:ldap://x}");

    /** An iteration with the default implementer ($0.42, 12 turns) and orchestrator (OpenAI, $0.0125, one retry). */
    public static IterationReport iteration(final int number, final VerdictInfo verdict, final String gateResult) {
        return new IterationReport(number, Optional.of(implementer("sess-" + number, 0.42)), Optional.empty(),
                Optional.of(verdict), Optional.of(orchestrator(0.0125)), Optional.empty(), gateResult);
    }

    public static IterationReport withVerify(final IterationReport it, final VerifyInfo verify) {
        return new IterationReport(it.number(), it.implementer(), Optional.of(verify), it.verdict(), it.orchestrator(),
                it.shadow(), it.gateResult());
    }

    public static ImplementerInfo implementer(final String sessionId, final Double costUsd) {
        return new ImplementerInfo(sessionId, "claude-sonnet-4-5", 12, Optional.ofNullable(costUsd), 0, 95_000,
                "success", List.of("Read", "Grep", "Edit", "Edit", "Bash"),
                List.of("src/main/java/app/UserController.java", "src/test/java/app/UserControllerTest.java"),
                List.of(), "obra-reports/claude-" + sessionId + ".jsonl");
    }

    /** OpenAI: a 429 on the pinned model, then the fallback answered. */
    public static OrchestratorInfo orchestrator(final Double costUsd) {
        return new OrchestratorInfo("openai", "gpt-4o-mini-2024-07-18", 2, List.of(
                new AttemptInfo("openai", "gpt-4o-2024-11-20", 429, "rate_limited", 300),
                new AttemptInfo("openai", "gpt-4o-mini-2024-07-18", 200, "ok", 4_200)),
                12_000, 900, Optional.ofNullable(costUsd), 5_800);
    }

    public static VerdictInfo verdict(final int quality, final double confidence, final String summary,
                                      final List<CriterionInfo> criteria, final List<FindingInfo> findings) {
        return new VerdictInfo(quality, confidence, summary, criteria, findings, 1);
    }

    public static CriterionInfo criterion(final String name, final int score, final String rationale) {
        return new CriterionInfo(name, score, 1, rationale);
    }

    /** {@code file} and {@code line} may be null for "none". */
    public static FindingInfo finding(final String severity, final String file, final Integer line,
                                      final String message) {
        return new FindingInfo(severity, Optional.ofNullable(file), Optional.ofNullable(line), message);
    }

    /** Builds a report; {@link #build()} fills in what follows from the iterations. */
    public static final class Builder {
        private String runId = "my-job#42";
        private String mode = "implement";
        private String task = "Add input validation to UserController, with tests";
        private String prompt;
        private String outcome = "PASSED";
        private String error;
        private int minQuality = 80;
        private double minConfidence = 0.6;
        private String onFail = "FAILURE";
        private String verifyCommand;
        private final List<IterationReport> iterations = new ArrayList<>();
        private Redactions redactions = new Redactions(true, 0, Map.of());
        private ContextInfo context;
        private final List<String> warnings = new ArrayList<>();

        public Builder runId(final String value) {
            runId = value;
            return this;
        }

        public Builder mode(final String value) {
            mode = value;
            return this;
        }

        /** null for none (review mode). */
        public Builder task(final String value) {
            task = value;
            return this;
        }

        public Builder prompt(final String value) {
            prompt = value;
            return this;
        }

        public Builder outcome(final String value) {
            outcome = value;
            return this;
        }

        public Builder error(final String value) {
            error = value;
            return this;
        }

        public Builder gate(final int quality, final double confidence) {
            minQuality = quality;
            minConfidence = confidence;
            return this;
        }

        public Builder onFail(final String value) {
            onFail = value;
            return this;
        }

        public Builder verifyCommand(final String value) {
            verifyCommand = value;
            return this;
        }

        public Builder iteration(final IterationReport value) {
            iterations.add(value);
            return this;
        }

        /** Replaces the iterations. */
        public Builder iterations(final List<IterationReport> values) {
            iterations.clear();
            iterations.addAll(values);
            return this;
        }

        public Builder redactions(final int count, final Map<String, Integer> byKind) {
            redactions = new Redactions(true, count, byKind);
            return this;
        }

        public Builder redactions(final Redactions value) {
            redactions = value;
            return this;
        }

        public Builder context(final ContextInfo value) {
            context = value;
            return this;
        }

        public Builder warning(final String value) {
            warnings.add(value);
            return this;
        }

        public Report build() {
            Optional<VerdictInfo> last = iterations.stream().map(IterationReport::verdict).flatMap(Optional::stream)
                    .reduce((a, b) -> b);
            return new Report(Report.SCHEMA_VERSION, runId, STARTED_AT, mode, Optional.ofNullable(task),
                    Optional.ofNullable(prompt), "PASSED".equals(outcome), outcome,
                    last.map(VerdictInfo::quality).orElse(0), last.map(VerdictInfo::confidence).orElse(0.0),
                    new GateInfo(minQuality, minConfidence, onFail, Optional.ofNullable(verifyCommand), outcome),
                    iterations, totals(), redactions, Optional.ofNullable(context), Optional.ofNullable(error),
                    warnings);
        }

        private Totals totals() {
            double implementer = 0;
            boolean implementerKnown = true;
            double orchestrator = 0;
            boolean orchestratorKnown = true;
            long duration = 0;
            long promptTokens = 0;
            long completionTokens = 0;
            for (IterationReport it : iterations) {
                if (it.implementer().isPresent()) {
                    ImplementerInfo im = it.implementer().get();
                    implementerKnown &= im.costUsd().isPresent();
                    implementer += im.costUsd().orElse(0.0);
                    duration += im.durationMs();
                }
                if (it.orchestrator().isPresent()) {
                    OrchestratorInfo o = it.orchestrator().get();
                    orchestratorKnown &= o.costUsd().isPresent();
                    orchestrator += o.costUsd().orElse(0.0);
                    duration += o.durationMs();
                    promptTokens += o.promptTokens();
                    completionTokens += o.completionTokens();
                }
                duration += it.verify().map(VerifyInfo::durationMs).orElse(0L);
            }
            Optional<Double> orchestratorCost = orchestratorKnown ? Optional.of(orchestrator) : Optional.empty();
            Optional<Double> total = implementerKnown && orchestratorKnown
                    ? Optional.of(implementer + orchestrator) : Optional.empty();
            return new Totals(total, implementer, orchestratorCost, duration, promptTokens, completionTokens);
        }
    }
}
