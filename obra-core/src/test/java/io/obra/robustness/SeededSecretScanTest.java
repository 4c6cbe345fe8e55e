package io.obra.robustness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.obra.config.AgentSettings;
import io.obra.config.ConfigDefaults;
import io.obra.config.GateSettings;
import io.obra.config.LlmSettings;
import io.obra.config.ObraConfig;
import io.obra.config.OnFail;
import io.obra.cost.FileUsageLedger;
import io.obra.evidence.CommandRunner;
import io.obra.gate.Outcome;
import io.obra.local.LocalProcessLauncher;
import io.obra.local.LocalWorkspace;
import io.obra.loop.OrchestrationLoop;
import io.obra.loop.RunEnvironment;
import io.obra.loop.RunRequest;
import io.obra.loop.RunResult;
import io.obra.port.BuildLog;
import io.obra.privacy.Secret;
import io.obra.testing.FakeAnthropic;
import io.obra.testing.OpenAiFake;
import io.obra.testing.OrchestratorFixtures;
import io.obra.testing.ProcessWatch;
import io.obra.testing.TestClaude;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static io.obra.testing.FakeAnthropic.text;
import static io.obra.testing.FakeAnthropic.toolUse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * A whole run (real Claude Code CLI against a fake Anthropic API, a fake OpenAI orchestrator) seeded with
 * secrets everywhere a build meets them: the Anthropic credential, the OpenAI key, a Jenkins-bound
 * credential, a committed {@code .env} and config file, and secrets the agent itself prints and writes into
 * a file. Then every output is searched for every secret: the console, every file of the report directory
 * (json, md, html, junit, the raw stream), the usage ledger, and every request body the orchestrator
 * received. The orchestrator may see {@code [REDACTED:…]} placeholders only.
 */
class SeededSecretScanTest {

    private static final String MODEL = "gpt-4o-2024-11-20";

    /** The run's own credentials and a credential a Jenkins build binds (withCredentials). */
    private static final String ANTHROPIC_KEY = "sk-ant-api03-SEEDanthropic-4b1d8e0c7a93f2d6";
    private static final String OPENAI_KEY = "sk-proj-SEEDopenai-9c2e7f1a4b8d3e6f0a5c";
    private static final String BOUND_TOKEN = "dpl_SEEDbound_Kq83nZt5Wm2xLr7v";
    /** Committed: a .env (excluded by privacy mode) and a config file (redacted by pattern). */
    private static final String ENV_PASSWORD = "SEEDenvPassw0rd-f83a91c2d7";
    private static final String ENV_STRIPE = "sk_live_SEEDstripe51HqT2eLk9VvR8xQ3";
    private static final String CONFIG_PASSWORD = "SEEDconfigPa55-b7e2c914aa";
    /** An AWS key pair the agent "finds", prints and writes into a file: known to no masker, only to patterns. */
    private static final String AWS_KEY_ID = "AKIAQSEEDAWS7EXAMPLE";
    private static final String AWS_SECRET = "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";

    /** Secrets the run knows (its credentials, bound credentials): masked in every output, without exception. */
    private static final Map<String, String> KNOWN = Map.of(
            "Anthropic credential", ANTHROPIC_KEY,
            "OpenAI key", OPENAI_KEY,
            "Jenkins-bound credential", BOUND_TOKEN);
    /**
     * Secrets only privacy mode's patterns and exclusions recognise: never in a prompt, a report, the ledger or
     * a console line of the engine. The raw stream is the agent's verbatim transcript: what the agent read or
     * wrote of them is there, as it is in the workspace (only known values are masked in it).
     */
    private static final Map<String, String> PATTERN_ONLY = Map.of(
            ".env password", ENV_PASSWORD,
            ".env Stripe key", ENV_STRIPE,
            "config file password", CONFIG_PASSWORD,
            "AWS key id the agent wrote", AWS_KEY_ID,
            "AWS secret the agent wrote", AWS_SECRET);

    @TempDir
    Path root;

    @Test
    void noSeededSecretReachesAnyOutput() throws Exception {
        Path repo = Files.createDirectories(root.resolve("repo"));
        Path home = Files.createDirectories(root.resolve("home"));
        Path claudeConfig = Files.createDirectories(root.resolve("claude-config"));
        Path ledgerFile = root.resolve("jenkins-home/obra/usage.jsonl");
        sh(repo, "git init -q -b main && git config user.email dev@example.com && git config user.name Dev");
        Files.writeString(repo.resolve("Greeter.java"), "class Greeter {\n    String greet(String name) {\n"
                + "        return \"Hello \" + name;\n    }\n}\n");
        sh(repo, "git add -A && git commit -q -m first && git checkout -q -b feature");
        Files.writeString(repo.resolve(".env"), "DB_USER=app\nDB_PASSWORD=" + ENV_PASSWORD + "\nSTRIPE_KEY="
                + ENV_STRIPE + "\n");
        Files.createDirectories(repo.resolve("config"));
        Path config = repo.resolve("config/application.yml");
        Files.writeString(config, "server:\n  port: 8080\ndatasource:\n  url: jdbc:postgresql://db/app\n"
                + "  username: app\n  password: " + CONFIG_PASSWORD + "\ncache: off\n");
        sh(repo, "git add -A && git commit -q -m 'configuration'");

        List<String> orchestratorBodies = new CopyOnWriteArrayList<>();
        CapturedConsole console = new CapturedConsole();
        OkHttpClient http = new OkHttpClient();
        try (FakeAnthropic api = FakeAnthropic.start();
             MockWebServer openai = OrchestratorFixtures.startServer();
             ProcessWatch processes = ProcessWatch.start()) {
            String known = "deploy token " + BOUND_TOKEN + ", Anthropic " + ANTHROPIC_KEY + ", OpenAI " + OPENAI_KEY;
            Path notes = repo.resolve("deploy-notes.md");
            api.enqueue(
                    text("I found these in my environment: " + known + ". Now the configuration.")
                            .thenToolUse("Read", Map.of("file_path", config.toString())),
                    toolUse("Edit", Map.of("file_path", config.toString(), "old_string", "cache: off",
                            "new_string", "cache: on")),
                    toolUse("Write", Map.of("file_path", notes.toString(), "content", "# Deploy\n" + known
                            + "\naws_access_key_id = " + AWS_KEY_ID + "\naws_secret_access_key = " + AWS_SECRET + "\n")),
                    text("Done: cache on; " + known + " are noted in deploy-notes.md."),
                    // second round, after the reviewer's feedback
                    text("Removing the notes as asked; the token " + BOUND_TOKEN + " stays out.")
                            .thenToolUse("Read", Map.of("file_path", notes.toString())),
                    toolUse("Write", Map.of("file_path", notes.toString(), "content", "# Deploy\nsee the vault\n")),
                    text("Removed the secrets (" + known + ") from deploy-notes.md."));
            AtomicInteger verdicts = new AtomicInteger();
            openai.setDispatcher(new Dispatcher() {
                @Override
                public MockResponse dispatch(final RecordedRequest request) {
                    orchestratorBodies.add(request.getBody() == null ? "" : request.getBody().utf8());
                    return verdicts.getAndIncrement() == 0
                            ? OpenAiFake.completion(verdict(55, "deploy-notes.md holds [REDACTED:credential#1]: remove"
                            + " the secrets from the repository"), MODEL, 1500, 120)
                            : OpenAiFake.completion(verdict(90, "The secrets are gone."), MODEL, 1500, 120);
                }
            });

            LlmSettings orchestrator = LlmSettings.of("openai", MODEL).withBaseUrl(openai.url("/v1").toString())
                    .withApiKey(new Secret("environment variable OPENAI_API_KEY", OPENAI_KEY))
                    .withRetry(OpenAiFake.fastRetry());
            AgentSettings agent = TestClaude.settings(api, home, 0, Map.of("DEPLOY_TOKEN", BOUND_TOKEN));
            ObraConfig obra = ConfigDefaults.defaults(orchestrator).withAgent(agent)
                    .withGate(new GateSettings(80, 0.6, OnFail.FAILURE, 2, Optional.of("cat config/application.yml"),
                            Duration.ofMinutes(1)));
            RunEnvironment env = new RunEnvironment(new LocalProcessLauncher(), new LocalWorkspace(repo), console, http,
                    new FileUsageLedger(ledgerFile, BuildLog.silent()), Clock.systemUTC(),
                    Optional.of(new Secret("Jenkins credential 'anthropic-key'", ANTHROPIC_KEY)),
                    List.of(new Secret("Jenkins credential 'deploy-token'", BOUND_TOKEN)), claudeConfig.toString());

            RunResult result = assertTimeoutPreemptively(Duration.ofMinutes(3), () -> new OrchestrationLoop(env)
                    .run(new RunRequest(Optional.of("Turn the cache on in config/application.yml"), Optional.of("main"),
                            obra, "obra-reports", "team/app#7", "team/app")));

            assertThat(result.outcome()).as(console.text()).isEqualTo(Outcome.PASSED);
            assertThat(result.iterations()).isEqualTo(2);
            assertThat(processes.survivorsAfter(Duration.ofSeconds(5))).isEmpty();
        } finally {
            OrchestratorFixtures.close(http);
        }

        // The scenario really carried the secrets: the agent wrote them, the config and .env hold theirs.
        assertThat(repo.resolve("deploy-notes.md")).exists();
        assertThat(orchestratorBodies).hasSize(2);

        Map<String, String> outputs = new LinkedHashMap<>();
        outputs.put("console", console.text());
        List<Path> reportFiles;
        try (Stream<Path> walk = Files.walk(repo.resolve("obra-reports"))) {
            reportFiles = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : reportFiles) {
            outputs.put(repo.relativize(file).toString(), Files.readString(file, StandardCharsets.UTF_8));
        }
        outputs.put("usage ledger", Files.readString(ledgerFile));
        for (int i = 0; i < orchestratorBodies.size(); i++) {
            outputs.put("orchestrator request " + (i + 1), orchestratorBodies.get(i));
        }
        assertThat(outputs.keySet()).contains("obra-reports/obra-report.json", "obra-reports/obra-report.md",
                "obra-reports/obra-report.html", "obra-reports/obra-junit.xml",
                "obra-reports/implementer-1.stream.jsonl", "obra-reports/implementer-2.stream.jsonl");

        List<String> hits = new ArrayList<>();
        for (Map.Entry<String, String> output : outputs.entrySet()) {
            boolean rawStream = output.getKey().endsWith(".stream.jsonl");
            for (Map.Entry<String, String> secret : KNOWN.entrySet()) {
                if (output.getValue().contains(secret.getValue())) {
                    hits.add(secret.getKey() + " in " + output.getKey());
                }
            }
            for (Map.Entry<String, String> secret : PATTERN_ONLY.entrySet()) {
                if (!rawStream && output.getValue().contains(secret.getValue())) {
                    hits.add(secret.getKey() + " in " + output.getKey());
                }
            }
        }
        assertThat(hits).as("secrets found in outputs").isEmpty();
        // the known ones were really printed, and masked, in the stream and on the console
        assertThat(outputs.get("obra-reports/implementer-1.stream.jsonl")).contains("deploy token ****, Anthropic ****");
        assertThat(console.text()).contains("deploy token ****, Anthropic ****, OpenAI ****");

        // What the orchestrator saw instead: placeholders where the secrets were, the .env left out.
        String firstPrompt = orchestratorBodies.get(0);
        assertThat(firstPrompt).contains("deploy-notes.md").contains("cache: on")
                .containsPattern("password: \\[REDACTED:password#\\d+]")
                .containsPattern("aws_access_key_id = \\[REDACTED:aws-key#\\d+]")
                .containsPattern("aws_secret_access_key = \\[REDACTED:aws-secret#\\d+]");
        assertThat(firstPrompt).doesNotContain("DB_PASSWORD").doesNotContain("STRIPE_KEY");
        JsonNode report = new ObjectMapper().readTree(repo.resolve("obra-reports/obra-report.json").toFile());
        assertThat(report.at("/context/excludedFiles").toString()).isEqualTo("[\".env\"]");
        assertThat(report.at("/redactions/enabled").asBoolean()).isTrue();
        assertThat(report.at("/redactions/byKind").toString()).contains("aws-key", "aws-secret", "password");
        assertThat(report.at("/iterations/0/verify/outputTail").asText())
                .containsPattern("password: \\[REDACTED:password#\\d+]");
    }

    private static String verdict(final int quality, final String finding) {
        return "{\"quality\":" + quality + ",\"confidence\":0.8,\"summary\":\"" + finding + "\","
                + "\"criteria\":[{\"name\":\"correctness\",\"score\":" + quality + ",\"rationale\":\"r\"}],"
                + "\"findings\":[{\"severity\":\"blocker\",\"file\":\"deploy-notes.md\",\"line\":2,\"message\":\""
                + finding + "\"}]}";
    }

    private static void sh(final Path dir, final String command) throws IOException, InterruptedException {
        CommandRunner.CommandResult result = new CommandRunner(new LocalProcessLauncher(), dir.toString())
                .run(List.of("sh", "-c", command), Map.of(), Duration.ofSeconds(30), 1 << 20);
        assertThat(result.exitCode()).as(command + ": " + result.stderr()).isZero();
    }
}
