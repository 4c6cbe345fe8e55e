package io.obra.robustness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.obra.config.BudgetSettings;
import io.obra.config.ConfigDefaults;
import io.obra.config.GateSettings;
import io.obra.config.LlmSettings;
import io.obra.config.ObraConfig;
import io.obra.config.OnFail;
import io.obra.cost.FileUsageLedger;
import io.obra.cost.UsageEntry;
import io.obra.evidence.CommandRunner;
import io.obra.gate.Outcome;
import io.obra.local.LocalProcessLauncher;
import io.obra.local.LocalWorkspace;
import io.obra.loop.OrchestrationLoop;
import io.obra.loop.RunEnvironment;
import io.obra.loop.RunRequest;
import io.obra.loop.RunResult;
import io.obra.port.BuildLog;
import io.obra.testing.OpenAiFake;
import io.obra.testing.OrchestratorFixtures;
import io.obra.testing.ProcessWatch;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * 64 review-mode runs at once, as 64 pull-request builds of one controller would run them: each in its own
 * git repository, all sharing ONE usage ledger and ONE OkHttp client against one fake orchestrator. Every
 * run must end with its own verdict (no cross-talk), the ledger must hold exactly one entry per run with
 * that run's cost (no lost or torn update), and no thread or process may outlive the runs.
 */
class ConcurrentRunsLoadTest {

    private static final int RUNS = 64;
    private static final String MODEL = "gpt-4o-2024-11-20";
    private static final Pattern RUN_MARKER = Pattern.compile("class Run(\\d+) ");
    /** Threads the JDK or the shared client keep for reuse: not owned by a run. */
    private static final List<String> POOLED = List.of("OkHttp", "Okio Watchdog", "MockWebServer", "process reaper",
            "ForkJoinPool.commonPool", "junit-timeout", "Common-Cleaner", "Attach Listener");

    @TempDir
    Path root;

    @Test
    void sixtyFourConcurrentRunsShareOneLedgerAndOneClientWithoutLosingAnything() throws Exception {
        List<Path> repos = repositories();
        Path ledgerFile = root.resolve("jenkins-home/obra/usage.jsonl");
        FileUsageLedger ledger = new FileUsageLedger(ledgerFile, BuildLog.silent());
        OkHttpClient http = new OkHttpClient();
        Map<Integer, Integer> answered = new ConcurrentHashMap<>();
        AtomicInteger requests = new AtomicInteger();
        Set<Thread> before = Thread.getAllStackTraces().keySet();
        RunResult[] results = new RunResult[RUNS];
        Throwable[] failures = new Throwable[RUNS];

        try (MockWebServer orchestrator = OrchestratorFixtures.startServer();
             ProcessWatch processes = ProcessWatch.start()) {
            orchestrator.setDispatcher(new Dispatcher() {
                @Override
                public MockResponse dispatch(final RecordedRequest request) {
                    requests.incrementAndGet();
                    String body = request.getBody() == null ? "" : request.getBody().utf8();
                    Matcher run = RUN_MARKER.matcher(body);
                    if (!run.find()) {
                        return OpenAiFake.error(400, "invalid_request_error", null, "no run marker in the prompt");
                    }
                    int i = Integer.parseInt(run.group(1));
                    answered.merge(i, 1, Integer::sum);
                    // even runs pass, odd runs fail; the prompt size differs per run, and so does the cost
                    return OpenAiFake.completion(verdict(quality(i)), MODEL, 1000 + 10 * i, 100 + i);
                }
            });
            LlmSettings llm = OpenAiFake.settings(orchestrator, MODEL);
            ObraConfig config = ConfigDefaults.defaults(llm)
                    .withGate(new GateSettings(80, 0.6, OnFail.FAILURE, 1, Optional.empty(), Duration.ofMinutes(1)))
                    .withBudget(new BudgetSettings(Optional.of(5.0), Optional.of(500.0), 0.8));
            CountDownLatch go = new CountDownLatch(1);
            List<Thread> threads = new ArrayList<>();
            for (int i = 0; i < RUNS; i++) {
                int n = i;
                Thread thread = new Thread(() -> {
                    try {
                        go.await();
                        RunEnvironment env = new RunEnvironment(new LocalProcessLauncher(),
                                new LocalWorkspace(repos.get(n)), BuildLog.silent(), http, ledger, Clock.systemUTC(),
                                Optional.empty(), List.of(), root.resolve("claude-config-" + n).toString());
                        results[n] = new OrchestrationLoop(env).run(new RunRequest(Optional.empty(),
                                Optional.of("main"), config, "obra-reports", runId(n), "team/pr-gate"));
                    } catch (Throwable t) {
                        failures[n] = t;
                    }
                }, "load-run-" + i);
                threads.add(thread);
                thread.start();
            }

            assertTimeoutPreemptively(Duration.ofMinutes(4), () -> {
                go.countDown();
                for (Thread thread : threads) {
                    thread.join();
                }
            });

            assertThat(processes.survivorsAfter(Duration.ofSeconds(5))).as("processes left running").isEmpty();
            assertThat(processes.seen()).as("the runs used git").isNotEmpty();
        } finally {
            OrchestratorFixtures.close(http);
        }

        for (int i = 0; i < RUNS; i++) {
            assertThat(failures[i]).as("run %d threw", i).isNull();
            RunResult result = results[i];
            assertThat(result.error()).as("run %d", i).isEmpty();
            assertThat(result.quality()).as("run %d got its own verdict", i).isEqualTo(quality(i));
            assertThat(result.outcome()).isEqualTo(i % 2 == 0 ? Outcome.PASSED : Outcome.FAILED);
            JsonNode report = new ObjectMapper().readTree(repos.get(i).resolve("obra-reports/obra-report.json")
                    .toFile());
            assertThat(report.get("runId").asText()).isEqualTo(runId(i));
            assertThat(report.get("quality").asInt()).isEqualTo(quality(i));
        }
        assertThat(answered).as("one orchestrator call per run").hasSize(RUNS).allSatisfy((i, n) ->
                assertThat(n).isEqualTo(1));
        assertThat(requests.get()).isEqualTo(RUNS);

        // the ledger: exactly one whole line per run, each with that run's cost
        assertThat(Files.readAllLines(ledgerFile)).hasSize(RUNS).allSatisfy(line -> assertThat(line)
                .startsWith("{").endsWith("}"));
        List<UsageEntry> entries = ledger.allEntries();
        assertThat(entries).hasSize(RUNS);
        Map<String, UsageEntry> byRun = entries.stream().collect(Collectors.toMap(UsageEntry::runId, e -> e));
        assertThat(byRun).hasSize(RUNS);
        for (int i = 0; i < RUNS; i++) {
            UsageEntry entry = byRun.get(runId(i));
            assertThat(entry.kind()).isEqualTo("orchestrator");
            assertThat(entry.scope()).isEqualTo("team/pr-gate");
            assertThat(entry.costKnown()).isTrue();
            assertThat(entry.costUsd()).as("run %d", i).isPositive().isEqualTo(results[i].costUsd());
        }
        assertThat(entries.stream().mapToDouble(UsageEntry::costUsd).distinct().count()).isEqualTo(RUNS);

        assertThat(threadsLeftBehind(before)).as("threads left behind").isEmpty();
    }

    private static int quality(final int run) {
        return run % 2 == 0 ? 90 : 60;
    }

    private static String runId(final int run) {
        return "team/pr-gate#" + run;
    }

    /** The run's threads may take a moment to end; pooled threads of the JDK and OkHttp are allowed. */
    private static List<String> threadsLeftBehind(final Set<Thread> before) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        List<String> left = newThreads(before);
        while (!left.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(100);
            left = newThreads(before);
        }
        return left;
    }

    private static List<String> newThreads(final Set<Thread> before) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> !before.contains(t) && t.isAlive())
                .filter(t -> POOLED.stream().noneMatch(prefix -> t.getName().startsWith(prefix)))
                .map(Thread::getName).sorted().toList();
    }

    /** A template repository with main, copied {@value #RUNS} times, each with a feature commit of its own. */
    private List<Path> repositories() throws IOException, InterruptedException {
        Path template = Files.createDirectories(root.resolve("template"));
        sh(template, "git init -q -b main && git config user.email dev@example.com && git config user.name Dev"
                + " && printf 'class Greeter {\\n  String greet(String n) { return \"Hello \" + n; }\\n}\\n' > Greeter.java"
                + " && git add -A && git commit -q -m first");
        sh(root, "for i in $(seq 0 " + (RUNS - 1) + "); do cp -r template repo-$i && cd repo-$i"
                + " && git checkout -q -b feature"
                + " && printf 'class Run%d {\\n  int id() { return %d; }\\n}\\n' $i $i > Run$i.java"
                + " && git add -A && git commit -q -m \"run $i\" && cd .. || exit 1; done");
        List<Path> repos = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            repos.add(root.resolve("repo-" + i));
        }
        return repos;
    }

    private static String verdict(final int quality) {
        return "{\"quality\":" + quality + ",\"confidence\":0.8,\"summary\":\"Reviewed.\",\"criteria\":[{\"name\":"
                + "\"correctness\",\"score\":" + quality + ",\"rationale\":\"r\"}],\"findings\":[]}";
    }

    private static void sh(final Path dir, final String command) throws IOException, InterruptedException {
        CommandRunner.CommandResult result = new CommandRunner(new LocalProcessLauncher(), dir.toString())
                .run(List.of("sh", "-c", command), Map.of(), Duration.ofMinutes(2), 1 << 20);
        assertThat(result.exitCode()).as(command + ": " + result.stderr()).isZero();
    }
}
