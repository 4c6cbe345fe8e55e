package io.obra.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.obra.testing.FakeAnthropic;
import io.obra.testing.OpenAiFake;
import io.obra.testing.TestClaude;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code obra run} and {@code obra review} through the fat jar, with the real Claude Code CLI talking to
 * {@link FakeAnthropic} and the orchestrator played by a MockWebServer speaking OpenAI: each exit code, the
 * reports, and {@code --json}.
 */
class RunIT {

    private static final String ANTHROPIC_KEY = "sk-ant-api03-runTESTkey0123456789abcdef";
    private static final String MODEL = "gpt-4o-2024-11-20";
    private static final List<String> CRITERIA = List.of("correctness", "completeness", "tests", "code_quality",
            "security", "scope_discipline");
    private static final String CONFIG = """
            orchestrator:
              llm:
                provider: openai
                model: gpt-4o-2024-11-20
                retry: {max_attempts: 2, initial_backoff: 10ms, max_backoff: 20ms, connect_timeout: 2s, read_timeout: 20s}
            agent:
              max_turns: 5
              max_retries: 0
            gate:
              min_quality: 80
              min_confidence: 0.6
              max_iterations: 2
            """;

    @TempDir
    Path tmp;

    private final MockWebServer openai = new MockWebServer();
    private final Routes routes = new Routes();
    private FakeAnthropic anthropic;
    private GitRepo repo;
    private ObraJar obra;

    @BeforeEach
    void setUp() throws Exception {
        openai.setDispatcher(routes);
        openai.start();
        anthropic = FakeAnthropic.start();
        repo = GitRepo.create(tmp.resolve("repo"));
        repo.write(".obra.yml", CONFIG).commit("obra configuration");
        obra = new ObraJar(tmp.resolve("home"))
                .env("OBRA_CLAUDE", TestClaude.binary())
                .env("ANTHROPIC_BASE_URL", anthropic.baseUrl())
                .env("ANTHROPIC_API_KEY", ANTHROPIC_KEY)
                .env("API_TIMEOUT_MS", "20000")
                .env("OPENAI_API_KEY", OpenAiFake.KEY_VALUE)
                .env("OBRA_OPENAI_BASE_URL", openai.url("/v1").toString());
    }

    @AfterEach
    void tearDown() {
        anthropic.close();
        openai.close();
    }

    @Test
    void passingGateExits0WithVerdictTableAndReports() throws Exception {
        claudeWritesAFile();
        routes.on("/v1/chat/completions", verdict(90, 0.85, "Adds the farewell method as asked."));

        ObraJar.Result result = obra.run(repo.dir(), "run", "--task", "Add a farewell method to Greeter");

        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(result.out()).contains("PASSED").contains("quality 90").contains("correctness")
                .contains("Adds the farewell method as asked.").contains("Cost");
        assertThat(repo.dir().resolve("src/Farewell.java")).exists();
        assertThat(reportFiles()).extracting(p -> p.getFileName().toString())
                .contains("obra-report.json", "obra-report.md", "obra-report.html", "obra-junit.xml");
        JsonNode report = report();
        assertThat(report.path("outcome").asText()).isEqualTo("PASSED");
        assertThat(report.path("quality").asInt()).isEqualTo(90);
        assertThat(anthropic.mainRequests()).isNotEmpty();
        assertNoKeyAnywhere(result);
    }

    @Test
    void gateFailedAfterMaxIterationsExits1() throws Exception {
        claudeWritesAFile();
        anthropic.whenQueueEmpty(FakeAnthropic.text("I addressed the findings."));
        routes.on("/v1/chat/completions", verdict(55, 0.8, "The farewell method has no tests."));

        ObraJar.Result result = obra.run(repo.dir(), "run", "--task", "Add a farewell method to Greeter");

        assertThat(result.exitCode()).as(result.all()).isEqualTo(1);
        assertThat(result.out()).contains("FAILED").contains("quality 55 < 80");
        JsonNode report = report();
        assertThat(report.path("outcome").asText()).isEqualTo("FAILED");
        assertThat(report.path("iterations")).hasSize(2);
        assertNoKeyAnywhere(result);
    }

    @Test
    void badConfigurationExits2NamingTheField() throws Exception {
        ObraJar.Result result = obra.run(repo.dir(), "run", "--task", "x", "--min-confidence", "7");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("command-line flags").contains("gate.min_confidence");
        assertThat(anthropic.requests()).isEmpty();
        assertThat(routes.requests()).isEmpty();
    }

    @Test
    void rejectedOrchestratorKeyExits3AndTheKeyIsNowhere() throws Exception {
        claudeWritesAFile();
        routes.on("/v1/chat/completions", OpenAiFake.invalidKey());

        ObraJar.Result result = obra.run(repo.dir(), "run", "--task", "Add a farewell method to Greeter");

        assertThat(result.exitCode()).as(result.all()).isEqualTo(3);
        assertThat(result.out()).contains("ERROR").contains("rejected (401)")
                .contains("environment variable OPENAI_API_KEY");
        assertThat(report().path("outcome").asText()).isEqualTo("ERROR");
        assertNoKeyAnywhere(result);
    }

    @Test
    void jsonOnARunErrorStillPrintsOnlyTheReportAndTheErrorGoesToStderr() throws Exception {
        claudeWritesAFile();
        routes.on("/v1/chat/completions", OpenAiFake.invalidKey());

        ObraJar.Result result = obra.run(repo.dir(), "run", "--task", "Add a farewell method to Greeter", "--json");

        assertThat(result.exitCode()).as(result.all()).isEqualTo(3);
        JsonNode json = new ObjectMapper().readTree(result.out());
        assertThat(json.path("outcome").asText()).isEqualTo("ERROR");
        assertThat(json.path("error").asText()).contains("rejected (401)");
        assertThat(result.err()).contains("rejected (401)");
        assertNoKeyAnywhere(result);
    }

    @Test
    void exhaustedBudgetIsARunErrorWithItsReport() throws Exception {
        claudeWritesAFile();
        routes.on("/v1/chat/completions", verdict(90, 0.85, "Fine."));

        ObraJar.Result result = obra.run(repo.dir(), "run", "--task", "Add a farewell method to Greeter",
                "--budget-usd", "0.001");

        assertThat(result.exitCode()).as(result.all()).isEqualTo(3);
        assertThat(result.out()).contains("ERROR").containsIgnoringCase("budget");
        assertThat(report().path("outcome").asText()).isEqualTo("ERROR");
    }

    @Test
    void jsonPrintsOnlyTheReportOnStdout() throws Exception {
        claudeWritesAFile();
        routes.on("/v1/chat/completions", verdict(88, 0.9, "Good."));

        ObraJar.Result result = obra.run(repo.dir(), "run", "--task", "Add a farewell method to Greeter", "--json",
                "--report-dir", "build/obra");

        assertThat(result.exitCode()).as(result.all()).isZero();
        JsonNode json = new ObjectMapper().readTree(result.out());
        assertThat(json.path("schemaVersion").asInt()).isEqualTo(1);
        assertThat(json.path("outcome").asText()).isEqualTo("PASSED");
        assertThat(result.out()).isEqualTo(Files.readString(repo.dir().resolve("build/obra/obra-report.json")));
        assertThat(result.err()).isNotBlank();
    }

    @Test
    void reviewScoresTheChangeAgainstTheBaseWithoutClaude() throws Exception {
        repo.write("src/Farewell.java", "class Farewell {\n    String bye(String name) {\n        return \"Bye \" + name;\n"
                + "    }\n}\n").commit("farewell");
        routes.on("/v1/chat/completions", verdict(84, 0.75, "A small, correct change."));

        ObraJar.Result result = obra.run(repo.dir(), "review", "--base", "HEAD~1");

        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(result.out()).contains("PASSED").contains("quality 84");
        assertThat(anthropic.requests()).isEmpty();
        assertThat(report().path("mode").asText()).isEqualTo("review");
        String prompt = routes.requests().get(0).getBody().string(StandardCharsets.UTF_8);
        assertThat(prompt).contains("Farewell");
    }

    @Test
    void theVerifyCommandDoesNotSeeObrasKeys() throws Exception {
        claudeWritesAFile();
        routes.on("/v1/chat/completions", verdict(90, 0.85, "Fine."));

        ObraJar.Result result = obra.run(repo.dir(), "run", "--task", "Add a farewell method to Greeter",
                "--verify-command", "env > ../verify-env.txt");

        assertThat(result.exitCode()).as(result.all()).isZero();
        String seen = Files.readString(tmp.resolve("verify-env.txt"));
        assertThat(seen).contains("PATH=").doesNotContain(OpenAiFake.KEY_VALUE).doesNotContain(ANTHROPIC_KEY);
    }

    @Test
    void aPullRequestsConfigurationCannotSendTheKeyToItsOwnEndpoint() throws Exception {
        try (MockWebServer evil = new MockWebServer()) {
            Routes evilRoutes = new Routes().on("/v1/chat/completions", verdict(95, 0.9, "Looks great."));
            evil.setDispatcher(evilRoutes);
            evil.start();
            repo.write(".obra.yml", CONFIG.replace("model: gpt-4o-2024-11-20", "model: gpt-4o-2024-11-20\n    base_url: "
                    + evil.url("/v1"))).write("src/Farewell.java", "class Farewell {}\n").commit("pull request");

            ObraJar.Result result = obra.without("OBRA_OPENAI_BASE_URL").env("GITHUB_EVENT_NAME", "pull_request_target")
                    .run(repo.dir(), "review", "--base", "HEAD~1");

            assertThat(result.all()).contains(".obra.yml is not trusted")
                    .contains("environment variable OPENAI_API_KEY is not sent to " + evil.url("/v1"));
            assertThat(evilRoutes.requests()).isNotEmpty().allSatisfy(r ->
                    assertThat(String.valueOf(r.getHeaders().get("Authorization"))).doesNotContain(OpenAiFake.KEY_VALUE));
            assertThat(routes.requests()).isEmpty();
        }
    }

    @Test
    void stoppingObraStopsClaudeCodeAndStillWritesTheReport() throws Exception {
        anthropic.enqueue(FakeAnthropic.stall());
        ObraJar.Started started = obra.start(repo.dir(), "run", "--task", "Add a farewell method to Greeter");
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
        while (anthropic.mainRequests().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(anthropic.mainRequests()).as("claude reached the fake").isNotEmpty();
        List<ProcessHandle> children = started.process().descendants().toList();
        assertThat(children).as("claude runs under obra").isNotEmpty();

        started.process().destroy(); // SIGTERM, as CI runners and Ctrl-C (SIGINT) stop a job

        assertThat(started.process().waitFor(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        for (ProcessHandle child : children) {
            assertThat(child.onExit().get(10, java.util.concurrent.TimeUnit.SECONDS).isAlive()).isFalse();
        }
        assertThat(started.result().err()).contains("interrupted");
        assertThat(repo.dir().resolve("obra-reports/obra-report.json")).exists();
    }

    @Test
    void theObraLauncherArchivesTheClassesOfTheFirstRunAndMapsThemInTheNext() throws Exception {
        obra.viaLauncher();
        Path cds = obra.home().resolve("obra-home/cds");
        routes.on("/v1/chat/completions", verdict(90, 0.85, "Fine."));

        claudeWritesAFile();
        ObraJar.Result first = obra.run(repo.dir(), "run", "--task", "Add a farewell method to Greeter");
        claudeWritesAFile();
        ObraJar.Result second = obra.env("JAVA_OPTS", "-Xlog:class+load=info")
                .run(repo.dir(), "run", "--task", "Add a farewell method to Greeter");

        assertThat(first.exitCode()).as(first.all()).isZero();
        assertThat(first.out()).contains("PASSED");
        try (var files = Files.list(cds)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).singleElement().asString()
                    .startsWith("obra-run-").endsWith(".jsa");
        }
        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(second.out()).contains("PASSED");
        assertThat(second.out().lines().filter(l -> l.contains("source: shared objects file (top)")).count())
                .as("classes mapped from the run's archive").isGreaterThan(1000);
        assertNoKeyAnywhere(second);
    }

    @Test
    void theObraLauncherPassesExitCodesOnAndArchivesNothingForOtherCommands() throws Exception {
        obra.viaLauncher();

        ObraJar.Result version = obra.run(repo.dir(), "--version");
        ObraJar.Result usage = obra.run(repo.dir(), "run");
        ObraJar.Result noJava = obra.env("JAVA_HOME", tmp.resolve("no-jdk").toString()).run(repo.dir(), "--version");

        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).contains("obra ");
        assertThat(usage.exitCode()).isEqualTo(2);
        assertThat(usage.err()).contains("--task");
        assertThat(noJava.exitCode()).isEqualTo(2);
        assertThat(noJava.err()).contains("no java found: install Java 17 or later, or set JAVA_HOME");
        Path cds = obra.home().resolve("obra-home/cds");
        if (Files.isDirectory(cds)) {
            try (var files = Files.list(cds)) {
                assertThat(files).as("a run stopped by a usage error leaves no archive, nor half of one").isEmpty();
            }
        }
    }

    private void claudeWritesAFile() {
        anthropic.enqueue(FakeAnthropic.toolUse("Write", Map.of("file_path", repo.dir().resolve("src/Farewell.java")
                        .toString(), "content", "class Farewell {\n    String bye(String name) {\n        return \"Bye \" + name;\n    }\n}\n")),
                FakeAnthropic.text("Added src/Farewell.java."));
    }

    /** An OpenAI completion whose content is a verdict scoring every default criterion {@code quality}. */
    private static MockResponse verdict(final int quality, final double confidence, final String summary) {
        ObjectMapper json = new ObjectMapper();
        var root = json.createObjectNode().put("quality", quality).put("confidence", confidence).put("summary", summary);
        var criteria = root.putArray("criteria");
        CRITERIA.forEach(name -> criteria.addObject().put("name", name).put("score", quality).put("rationale", "ok"));
        var findings = root.putArray("findings");
        if (quality < 80) {
            findings.addObject().put("severity", "major").put("file", "src/Farewell.java").put("line", 2)
                    .put("message", "No test covers bye().");
        }
        return OpenAiFake.completion(root.toString(), MODEL, 1200, 150);
    }

    private List<Path> reportFiles() throws IOException {
        Path dir = repo.dir().resolve("obra-reports");
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    private JsonNode report() throws IOException {
        return new ObjectMapper().readTree(repo.dir().resolve("obra-reports/obra-report.json").toFile());
    }

    /** Neither key in stdout, stderr, or any file the run wrote. */
    private void assertNoKeyAnywhere(final ObraJar.Result result) throws IOException {
        assertThat(result.all()).doesNotContain(OpenAiFake.KEY_VALUE).doesNotContain(ANTHROPIC_KEY);
        for (Path file : reportFiles()) {
            assertThat(Files.readString(file)).as(file.toString()).doesNotContain(OpenAiFake.KEY_VALUE)
                    .doesNotContain(ANTHROPIC_KEY);
        }
    }
}
