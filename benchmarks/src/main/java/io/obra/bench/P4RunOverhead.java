package io.obra.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.obra.config.ConfigDefaults;
import io.obra.config.GateSettings;
import io.obra.config.LlmSettings;
import io.obra.config.ObraConfig;
import io.obra.config.OnFail;
import io.obra.context.ChangeContext;
import io.obra.context.ContextBuilder;
import io.obra.context.TokenCounter;
import io.obra.cost.FileUsageLedger;
import io.obra.evidence.CommandRunner;
import io.obra.evidence.Git;
import io.obra.gate.Outcome;
import io.obra.local.LocalProcessLauncher;
import io.obra.local.LocalWorkspace;
import io.obra.loop.OrchestrationLoop;
import io.obra.loop.RunEnvironment;
import io.obra.loop.RunRequest;
import io.obra.loop.RunResult;
import io.obra.port.BuildLog;
import io.obra.privacy.PrivacyPolicy;
import io.obra.privacy.Redactor;
import io.obra.privacy.Secret;
import io.obra.privacy.SecretMasker;
import io.obra.testing.FakeAnthropic;
import io.obra.testing.TestClaude;
import okhttp3.OkHttpClient;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * P4: what a whole run costs beyond the work it waits for. Runs the orchestration loop in-process
 * (as the Jenkins plugin does; the CLI wraps the same call) in implement mode: the real Claude Code CLI
 * against {@link FakeAnthropic} writes one file, the loop collects the diff, builds the context, asks a
 * loopback OpenAI stand-in for the verdict, gates and writes the reports. Overhead is the wall time of
 * {@link OrchestrationLoop#run} minus the time inside claude ({@code implementer.durationMs}) and inside
 * the orchestrator's HTTP exchanges (the {@code latencyMs} of every attempt) from the run's own
 * {@code obra-report.json}. (The report's {@code orchestrator.durationMs} also times building the
 * validation prompt and the cost estimate, which are the engine's own work, so it is not subtracted.)
 * The first run in the fresh JVM (class loading, JIT) is reported apart from the median of the warm
 * runs that follow. Two costs that make up much of the overhead are measured on their own:
 * {@code claude --version} and loading the o200k_base tokenizer, each once per run.
 *
 * <p>Usage: {@code P4RunOverhead small|large WORKDIR} with {@code -Dobra.test.claude=PATH}.
 */
public final class P4RunOverhead {

    static final long TARGET_SMALL_MS = 1_000;
    static final long TARGET_LARGE_MS = 2_000;
    /** Run-to-run spread of the overhead on the 2-core reference machine (docs/performance.md). */
    static final double NOISE = 0.25;
    static final int LARGE_CHANGE_BYTES = 5_000_000;
    static final int WARM_RUNS = 3;

    private static final String ANTHROPIC_KEY = "sk-ant-api03-benchP4key-0123456789abcdef";
    private static final ObjectMapper JSON = new ObjectMapper();

    private P4RunOverhead() {
    }

    private record Timing(long wallMs, long implementerMs, long orchestratorMs, long reportedOrchestratorMs,
                          List<String> timeline) {
        long overheadMs() {
            return wallMs - implementerMs - orchestratorMs;
        }
    }

    public static void main(final String[] args) throws Exception {
        boolean large = args.length > 0 && args[0].equals("large");
        // Absolute: git and claude run in the repository and would read a relative path from there.
        Path work = Files.createDirectories(Path.of(args.length > 1 ? args[1] : "benchmarks/target/p4"))
                .toAbsolutePath().resolve(large ? "large" : "small");
        deleteTree(work);
        Path repoDir = work.resolve("repo");
        BenchRepo repo = large ? BenchRepo.withLargeChange(repoDir, LARGE_CHANGE_BYTES) : BenchRepo.small(repoDir);
        Path home = Files.createDirectories(work.resolve("home"));
        OkHttpClient http = new OkHttpClient();
        try (FakeAnthropic api = FakeAnthropic.start(); CannedOpenAi openai = CannedOpenAi.start()) {
            LlmSettings orchestrator = LlmSettings.of("openai", CannedOpenAi.MODEL).withBaseUrl(openai.baseUrl())
                    .withApiKey(new Secret("benchmark OpenAI key", "sk-proj-benchP4key0123456789abcdef"));
            ObraConfig config = ConfigDefaults.defaults(orchestrator).withAgent(TestClaude.settings(api, home, 0))
                    .withGate(new GateSettings(80, 0.6, OnFail.FAILURE, 1, Optional.empty(), Duration.ofMinutes(1)));
            Timing[] timings = new Timing[1 + WARM_RUNS];
            for (int i = 0; i < timings.length; i++) {
                timings[i] = run(i + 1, repo, work, home, http, api, config, large);
            }
            report(large, timings);
            if (large) {
                largeParts(repo, work, config);
            } else {
                components(config);
            }
        } finally {
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }
    }

    private static Timing run(final int n, final BenchRepo repo, final Path work, final Path home,
                              final OkHttpClient http, final FakeAnthropic api, final ObraConfig config,
                              final boolean large) throws IOException, InterruptedException {
        Path file = repo.root().resolve("Validator" + n + ".java");
        api.enqueue(FakeAnthropic.text("I will add the validator.").thenToolUse("Write", Map.of("file_path",
                        file.toString(), "content", "class Validator" + n + " {\n    boolean ok(String s) {\n"
                                + "        return s != null && !s.isBlank();\n    }\n}\n")),
                FakeAnthropic.text("Added Validator" + n + ".java with a null and blank check."));
        TimedLog log = new TimedLog();
        RunEnvironment env = new RunEnvironment(new LocalProcessLauncher(), new LocalWorkspace(repo.root()), log,
                http, new FileUsageLedger(work.resolve("ledger/usage.jsonl"), BuildLog.silent()), Clock.systemUTC(),
                Optional.of(new Secret("benchmark Anthropic key", ANTHROPIC_KEY)), List.of(),
                Files.createDirectories(work.resolve("claude-config-" + n)).toString());
        RunRequest request = new RunRequest(Optional.of("Add a null-safe validator"),
                large ? Optional.of("main") : Optional.empty(), config, "obra-reports", "bench#" + n, "bench");
        long start = System.nanoTime();
        RunResult result = new OrchestrationLoop(env).run(request);
        long wallMs = (System.nanoTime() - start) / 1_000_000;
        if (result.outcome() != Outcome.PASSED || !Files.exists(file)) {
            throw new IllegalStateException("run " + n + " did not pass: " + result.outcome() + " "
                    + result.error().orElse("") + "\n" + String.join("\n", log.timeline()));
        }
        JsonNode report = JSON.readTree(repo.root().resolve("obra-reports/obra-report.json").toFile());
        long implementerMs = 0;
        long orchestratorMs = 0;
        long reportedOrchestratorMs = 0;
        for (JsonNode iteration : report.path("iterations")) {
            implementerMs += iteration.path("implementer").path("durationMs").asLong();
            reportedOrchestratorMs += iteration.path("orchestrator").path("durationMs").asLong();
            for (JsonNode attempt : iteration.path("orchestrator").path("attemptLog")) {
                orchestratorMs += attempt.path("latencyMs").asLong();
            }
        }
        if (large && report.path("context").path("changeTokens").asLong() < 1_000_000) {
            throw new IllegalStateException("the large change did not reach the context builder: " + report.path("context"));
        }
        // Back to the committed state, outside the timed part, so every run sees the same change.
        repo.git("clean", "-fdq");
        return new Timing(wallMs, implementerMs, orchestratorMs, reportedOrchestratorMs, log.timeline());
    }

    private static void report(final boolean large, final Timing[] timings) {
        String label = large ? "5 MB diff" : "small repo";
        long target = large ? TARGET_LARGE_MS : TARGET_SMALL_MS;
        Timing cold = timings[0];
        long[] warm = new long[timings.length - 1];
        for (int i = 1; i < timings.length; i++) {
            warm[i - 1] = timings[i].overheadMs();
        }
        Percentiles warmOverhead = new Percentiles(warm);
        Timing typical = timings[timings.length - 1];
        System.out.println("P4 " + label + ": timeline of the first run (fresh JVM)");
        cold.timeline().forEach(line -> System.out.println("  " + line));
        System.out.println("P4 " + label + ": timeline of the last warm run");
        typical.timeline().forEach(line -> System.out.println("  " + line));
        for (int i = 0; i < timings.length; i++) {
            Timing t = timings[i];
            System.out.printf(Locale.ROOT, "P4 %s run %d: wall %d ms = claude %d ms + orchestrator HTTP %d ms"
                            + " + overhead %d ms (report's orchestrator.durationMs: %d ms)%n", label, i + 1, t.wallMs,
                    t.implementerMs, t.orchestratorMs, t.overheadMs(), t.reportedOrchestratorMs);
        }
        new Row("P4 run overhead, " + label + ", warm JVM",
                String.format(Locale.ROOT, "%d ms (median of %d; last: wall %d ms, claude %d ms, orchestrator %d ms)",
                        warmOverhead.median(), warm.length, typical.wallMs, typical.implementerMs,
                        typical.orchestratorMs),
                String.format(Locale.ROOT, "< %.1f s (noise %.0f %%)", target / 1000.0, NOISE * 100),
                Verdict.atMost(warmOverhead.median(), target, NOISE)).print();
        new Row("P4 run overhead, " + label + ", first run in a fresh JVM",
                String.format(Locale.ROOT, "%d ms (wall %d ms, claude %d ms, orchestrator %d ms; JVM start not"
                        + " included)", cold.overheadMs(), cold.wallMs, cold.implementerMs, cold.orchestratorMs),
                String.format(Locale.ROOT, "< %.1f s (noise %.0f %%)", target / 1000.0, NOISE * 100),
                Verdict.atMost(cold.overheadMs(), target, NOISE)).print();
    }

    /** The two largest parts of the overhead, each timed alone (median of three). */
    private static void components(final ObraConfig config) throws IOException, InterruptedException {
        long[] version = new long[3];
        long[] tokenizer = new long[3];
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            Process process = new ProcessBuilder(config.agent().executable().orElseThrow(), "--version")
                    .redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            process.waitFor();
            version[i] = (System.nanoTime() - start) / 1_000_000;
            start = System.nanoTime();
            TokenCounter.o200k().count("warm");
            tokenizer[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Row.info("P4 part: `claude --version` (once per run)",
                new Percentiles(version).median() + " ms (median of 3)").print();
        Row.info("P4 part: loading the o200k_base tokenizer (once per run, for context and cost estimate)",
                new Percentiles(tokenizer).median() + " ms (median of 3)").print();
    }

    /**
     * The evidence steps of a run on the 5 MB change, each timed once in the warm JVM, as the loop runs
     * them: the working-tree diff against main, masking, privacy redaction, fitting to the budget.
     */
    private static void largeParts(final BenchRepo repo, final Path work, final ObraConfig config)
            throws Exception {
        Git git = new Git(new CommandRunner(new LocalProcessLauncher(), repo.root().toString()));
        String main = git.resolve("main");
        long t0 = System.nanoTime();
        Git.Diff diff = git.workingTreeDiff(main, work.resolve("parts-index").toString(), List.of("obra-reports"));
        long t1 = System.nanoTime();
        List<Secret> secrets = List.of(new Secret("benchmark Anthropic key", ANTHROPIC_KEY),
                config.orchestrator().llm().apiKey().orElseThrow());
        String masked = SecretMasker.ofSecrets(secrets).mask(diff.text());
        long t2 = System.nanoTime();
        Redactor redactor = Redactor.forRun(PrivacyPolicy.decide(config.orchestrator().llm(), config.privacy()),
                config.privacy(), secrets);
        String redacted = redactor.redactDiff(masked);
        long t3 = System.nanoTime();
        TokenCounter counter = TokenCounter.o200k();
        counter.count("load the encoding outside the timing");
        long t4 = System.nanoTime();
        ChangeContext context = new ContextBuilder(counter).build(redacted, config.context().maxTokens());
        long t5 = System.nanoTime();
        counter.count(redacted);
        long t6 = System.nanoTime();
        Row.info("P4 part: evidence of the 5 MB change (warm, once)", String.format(Locale.ROOT,
                "%,d bytes, %,d tokens: git diff %d ms, masking %d ms, privacy redaction %d ms (on: %s),"
                        + " fitting to %,d tokens %d ms (one token count of the whole diff: %d ms)",
                diff.text().length(), context.fullTokens(), ms(t1 - t0), ms(t2 - t1), ms(t3 - t2),
                redactor.enabled(), context.budget(), ms(t5 - t4), ms(t6 - t5))).print();
    }

    private static long ms(final long nanos) {
        return nanos / 1_000_000;
    }

    private static void deleteTree(final Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
