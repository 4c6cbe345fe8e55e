package io.obra.loop;

import io.obra.config.ConfigDefaults;
import io.obra.config.GateSettings;
import io.obra.config.LlmSettings;
import io.obra.config.ObraConfig;
import io.obra.config.OnFail;
import io.obra.cost.FileUsageLedger;
import io.obra.evidence.CommandRunner;
import io.obra.local.LocalProcessLauncher;
import io.obra.local.LocalWorkspace;
import io.obra.port.BuildLog;
import io.obra.privacy.Secret;
import io.obra.testing.FakeAnthropic;
import io.obra.testing.ReportSchema;
import io.obra.testing.TestClaude;
import okhttp3.OkHttpClient;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** A git repository, the real Claude Code CLI against a fake Anthropic API, and a captured log. */
final class LoopHarness implements AutoCloseable {

    static final String ANTHROPIC_KEY = "sk-ant-api03-obraLOOPtestKEY-0123456789abcdef";

    final Path repo;
    final Path home;
    final Path configDir;
    final Path ledgerFile;
    final FakeAnthropic api;
    final OkHttpClient http = new OkHttpClient();
    final List<String> log = Collections.synchronizedList(new ArrayList<>());

    LoopHarness(final Path root) throws IOException, InterruptedException {
        repo = Files.createDirectories(root.resolve("repo"));
        home = Files.createDirectories(root.resolve("home"));
        configDir = Files.createDirectories(root.resolve("claude-config"));
        ledgerFile = root.resolve("obra/usage.jsonl");
        api = FakeAnthropic.start();
        sh("git init -q -b main && git config user.email dev@example.com && git config user.name Dev");
        Files.writeString(repo.resolve("Greeter.java"), "class Greeter {\n    String greet(String name) {\n"
                + "        return \"Hello \" + name;\n    }\n}\n");
        sh("git add -A && git commit -q -m 'first'");
    }

    ObraConfig config(final LlmSettings orchestrator, final int minQuality, final int maxIterations,
                      final Optional<String> verify) {
        ObraConfig defaults = ConfigDefaults.defaults(orchestrator);
        return defaults.withAgent(TestClaude.settings(api, home, 0))
                .withGate(new GateSettings(minQuality, 0.6, OnFail.FAILURE, maxIterations, verify,
                        Duration.ofMinutes(1)));
    }

    RunResult run(final ObraConfig config, final Optional<String> task, final Optional<String> baseRef)
            throws InterruptedException {
        RunEnvironment env = new RunEnvironment(new LocalProcessLauncher(), new LocalWorkspace(repo), capture(), http,
                new FileUsageLedger(ledgerFile, BuildLog.silent()), Clock.systemUTC(),
                Optional.of(new Secret("test Anthropic key", ANTHROPIC_KEY)), List.of(), configDir.toString());
        return new OrchestrationLoop(env).run(new RunRequest(task, baseRef, config, "obra-reports", "loop-test#1",
                "loop-test"));
    }

    /** The run's obra-report.json, checked against the shipped schema. */
    String report() throws IOException {
        String json = Files.readString(repo.resolve("obra-reports/obra-report.json"));
        assertThat(ReportSchema.problems(json)).as("obra-report.json against its schema").isEmpty();
        return json;
    }

    String logText() {
        return String.join("\n", log);
    }

    /** No secret in the console, the reports or the raw stream. */
    void assertNoSecretLeaked(final String... secrets) throws IOException {
        List<Path> files;
        try (var walk = Files.walk(repo.resolve("obra-reports"))) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertThat(files).isNotEmpty();
        for (String secret : secrets) {
            assertThat(logText()).doesNotContain(secret);
            for (Path file : files) {
                assertThat(Files.readString(file)).as(file.toString()).doesNotContain(secret);
            }
        }
    }

    String sh(final String command) throws IOException, InterruptedException {
        CommandRunner.CommandResult result = new CommandRunner(new LocalProcessLauncher(), repo.toString())
                .run(List.of("sh", "-c", command), Map.of(), Duration.ofSeconds(30), 1 << 22);
        assertThat(result.exitCode()).as(command + ": " + result.stderr()).isZero();
        return result.stdout();
    }

    private BuildLog capture() {
        return new BuildLog() {
            @Override
            public void info(final String line) {
                log.add(line);
            }

            @Override
            public void warn(final String line) {
                log.add("WARNING: " + line);
            }

            @Override
            public void error(final String line) {
                log.add("ERROR: " + line);
            }
        };
    }

    @Override
    public void close() {
        api.close();
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
