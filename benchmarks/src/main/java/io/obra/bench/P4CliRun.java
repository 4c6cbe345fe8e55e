package io.obra.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.obra.testing.FakeAnthropic;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * P4 as the issue words it: the wall time of an {@code obra run} process (the {@code obra} launcher next
 * to the fat jar, as a user or a CI job starts it) minus the time inside claude and inside the
 * orchestrator's HTTP exchanges, both read from the run's {@code obra-report.json}. What is left is JVM
 * start-up, configuration, git, the context, privacy and the reports. Implement mode, one iteration: the
 * real Claude Code CLI against {@link FakeAnthropic} writes one file; the loopback OpenAI stand-in answers
 * with a passing verdict. Small repository: one committed file. 5 MB diff: the working tree holds 5.1 MB
 * of uncommitted changes (lock file, vendored and generated code, 60 source files) when the run starts,
 * as after a large dependency bump; {@code obra run} judges everything that changed since HEAD.
 *
 * <p>The launcher's first run writes its class-data archive at exit (reported on its own); the verdict is
 * the median of the runs after it. The same runs through {@code java -jar obra.jar}, without an archive,
 * alternate with them and are shown beside them.
 *
 * <p>Usage: {@code P4CliRun small|large WORKDIR OBRA_LAUNCHER} (obra.jar next to it) with
 * {@code -Dobra.test.claude=PATH}.
 */
public final class P4CliRun {

    /** Runs after the launcher's first (which writes the archive), and runs through java -jar. */
    static final int RUNS = 3;
    private static final String ANTHROPIC_KEY = "sk-ant-api03-benchP4cli-0123456789abcdef";
    private static final String OPENAI_KEY = "sk-proj-benchP4cli0123456789abcdef";
    private static final ObjectMapper JSON = new ObjectMapper();

    private P4CliRun() {
    }

    private record Timing(long wallMs, long implementerMs, long orchestratorMs) {
        long overheadMs() {
            return wallMs - implementerMs - orchestratorMs;
        }
    }

    public static void main(final String[] args) throws Exception {
        boolean large = args[0].equals("large");
        Path work = Files.createDirectories(Path.of(args[1])).toAbsolutePath().resolve(large ? "cli-large" : "cli-small");
        Path launcher = Path.of(args[2]).toAbsolutePath();
        Path jar = launcher.resolveSibling("obra.jar");
        String claude = System.getProperty("obra.test.claude");
        deleteTree(work);
        Path repoDir = work.resolve("repo");
        BenchRepo repo = large ? BenchRepo.withLargeChange(repoDir, P4RunOverhead.LARGE_CHANGE_BYTES)
                : BenchRepo.small(repoDir);
        if (large) {
            repo.git("checkout", "-q", "main");
        }
        Path home = Files.createDirectories(work.resolve("home"));
        Path config = work.resolve("obra.yml");
        try (FakeAnthropic api = FakeAnthropic.start(); CannedOpenAi openai = CannedOpenAi.start()) {
            Files.writeString(config, """
                    orchestrator:
                      llm:
                        provider: openai
                        model: %s
                        base_url: %s
                    agent:
                      executable: %s
                      max_turns: 5
                      max_retries: 0
                    gate:
                      min_quality: 80
                      min_confidence: 0.6
                      max_iterations: 1
                    """.formatted(CannedOpenAi.MODEL, openai.baseUrl(), claude));
            List<String> viaLauncher = List.of(launcher.toString());
            List<String> viaJar = List.of("java", "-jar", jar.toString());
            Timing first = run(0, repo, large, home, viaLauncher, config, api);
            Timing[] launched = new Timing[RUNS];
            Timing[] plain = new Timing[RUNS];
            for (int i = 0; i < RUNS; i++) {
                // Alternating, so that both see the same neighbours.
                launched[i] = run(1 + 2 * i, repo, large, home, viaLauncher, config, api);
                plain[i] = run(2 + 2 * i, repo, large, home, viaJar, config, api);
            }
            report(large, first, launched, plain);
        }
    }

    private static Timing run(final int n, final BenchRepo repo, final boolean large, final Path home,
                              final List<String> obra, final Path config, final FakeAnthropic api)
            throws IOException, InterruptedException {
        if (large) {
            repo.git("checkout", "-q", "feature", "--", ".");   // the 5 MB change, uncommitted
        }
        try {
            return timed(n, repo, home, obra, config, api);
        } finally {
            repo.git("reset", "-q", "--hard");
            repo.git("clean", "-fdq");
        }
    }

    private static Timing timed(final int n, final BenchRepo repo, final Path home, final List<String> obra,
                                final Path config, final FakeAnthropic api) throws IOException, InterruptedException {
        Path file = repo.root().resolve("Validator" + n + ".java");
        api.enqueue(FakeAnthropic.text("I will add the validator.").thenToolUse("Write", Map.of("file_path",
                        file.toString(), "content", "class Validator" + n + " {\n    boolean ok(String s) {\n"
                                + "        return s != null && !s.isBlank();\n    }\n}\n")),
                FakeAnthropic.text("Added Validator" + n + ".java with a null and blank check."));
        List<String> command = new ArrayList<>(obra);
        command.addAll(List.of("run", "--task", "Add a null-safe validator", "--config", config.toString(),
                "--trust-config"));
        ProcessBuilder builder = new ProcessBuilder(command).directory(repo.root().toFile()).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.clear();
        env.putAll(environment(home, api));
        long start = System.nanoTime();
        Process process = builder.start();
        StringBuilder timeline = new StringBuilder();
        try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                timeline.append(String.format(Locale.ROOT, "%6d ms  %s%n", (System.nanoTime() - start) / 1_000_000, line));
            }
        }
        String output = timeline.toString();
        if (!process.waitFor(300, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("obra run " + n + " did not end in 300 s:\n" + output);
        }
        long wallMs = (System.nanoTime() - start) / 1_000_000;
        if (process.exitValue() != 0 || !Files.exists(file)) {
            throw new IllegalStateException("obra run " + n + " exited " + process.exitValue() + ":\n" + output);
        }
        if (n <= 2 || n >= 2 * RUNS - 1) {
            System.out.println("P4 cli: console of run " + n + " (" + String.join(" ", obra)
                    + "), with the time each line appeared");
            output.lines().forEach(line -> System.out.println("  " + line));
            System.out.printf(Locale.ROOT, "  %6d ms  (process ended)%n", wallMs);
        }
        JsonNode report = JSON.readTree(repo.root().resolve("obra-reports/obra-report.json").toFile());
        long implementerMs = 0;
        long orchestratorMs = 0;
        for (JsonNode iteration : report.path("iterations")) {
            implementerMs += iteration.path("implementer").path("durationMs").asLong();
            for (JsonNode attempt : iteration.path("orchestrator").path("attemptLog")) {
                orchestratorMs += attempt.path("latencyMs").asLong();
            }
        }
        long changeTokens = report.path("context").path("changeTokens").asLong();
        if (repo.root().resolve("package-lock.json").toFile().exists() && changeTokens < 1_000_000) {
            throw new IllegalStateException("the large change did not reach the context builder: " + report.path("context"));
        }
        return new Timing(wallMs, implementerMs, orchestratorMs);
    }

    private static Map<String, String> environment(final Path home, final FakeAnthropic api) throws IOException {
        Map<String, String> env = new HashMap<>();
        env.put("PATH", System.getenv("PATH"));
        env.put("HOME", home.toString());
        env.put("CLAUDE_CONFIG_DIR", Files.createDirectories(home.resolve("claude-config")).toString());
        env.put("OBRA_HOME", home.resolve("obra-home").toString());
        env.put("JAVA_HOME", System.getProperty("java.home"));
        // Profiling only (e.g. -Dp4.javaOptions=-XX:StartFlightRecording=...): the measured runs use none.
        env.put("JAVA_OPTS", System.getProperty("p4.javaOptions", ""));
        env.put("LANG", "C.UTF-8");
        env.put("NO_PROXY", "127.0.0.1,localhost");
        env.put("ANTHROPIC_BASE_URL", api.baseUrl());
        env.put("ANTHROPIC_API_KEY", ANTHROPIC_KEY);
        env.put("API_TIMEOUT_MS", "20000");
        env.put("OPENAI_API_KEY", OPENAI_KEY);
        return env;
    }

    private static void report(final boolean large, final Timing first, final Timing[] launched,
                               final Timing[] plain) {
        String label = large ? "5 MB diff" : "small repo";
        long target = large ? P4RunOverhead.TARGET_LARGE_MS : P4RunOverhead.TARGET_SMALL_MS;
        String targetText = String.format(Locale.ROOT, "< %.1f s (noise %.0f %%)", target / 1000.0,
                P4RunOverhead.NOISE * 100);
        print(label + ", `obra` launcher, first run (writes the archive)", first);
        for (int i = 0; i < launched.length; i++) {
            print(label + ", `obra` launcher", launched[i]);
            print(label + ", java -jar obra.jar", plain[i]);
        }
        Percentiles withArchive = overheads(launched);
        Percentiles withoutArchive = overheads(plain);
        Timing last = launched[launched.length - 1];
        new Row("P4 `obra run` process overhead, " + label + " (JVM start included)",
                String.format(Locale.ROOT, "%d ms (median of %d runs of the obra launcher after its first; max %d;"
                                + " last: wall %d ms, claude %d ms, orchestrator %d ms)", withArchive.median(),
                        launched.length, withArchive.max(), last.wallMs, last.implementerMs, last.orchestratorMs),
                targetText, Verdict.atMost(withArchive.median(), target, P4RunOverhead.NOISE)).print();
        Row.info("P4 `obra run` process overhead, " + label + ": the launcher's first run, and java -jar",
                String.format(Locale.ROOT, "first run %d ms (it writes the class-data archive at exit);"
                        + " java -jar obra.jar, no archive: %d ms (median of %d)", first.overheadMs(),
                        withoutArchive.median(), plain.length)).print();
    }

    private static void print(final String label, final Timing t) {
        System.out.printf(Locale.ROOT, "P4 cli %s: wall %d ms = claude %d ms + orchestrator HTTP %d ms"
                + " + overhead %d ms%n", label, t.wallMs, t.implementerMs, t.orchestratorMs, t.overheadMs());
    }

    private static Percentiles overheads(final Timing[] timings) {
        long[] values = new long[timings.length];
        for (int i = 0; i < timings.length; i++) {
            values[i] = timings[i].overheadMs();
        }
        return new Percentiles(values);
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
