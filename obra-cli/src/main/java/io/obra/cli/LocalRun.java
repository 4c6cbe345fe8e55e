package io.obra.cli;

import io.obra.config.ConfigException;
import io.obra.cost.FileUsageLedger;
import io.obra.gate.Outcome;
import io.obra.local.LocalProcessLauncher;
import io.obra.local.LocalWorkspace;
import io.obra.loop.OrchestrationLoop;
import io.obra.loop.RunEnvironment;
import io.obra.loop.RunRequest;
import io.obra.loop.RunResult;
import io.obra.orchestrator.Orchestrators;
import io.obra.port.BuildLog;
import io.obra.port.ProcessLauncher;
import io.obra.privacy.MaskingBuildLog;
import io.obra.privacy.SecretMasker;
import io.obra.report.Report;
import io.obra.report.ReportFormatException;
import io.obra.report.ReportJson;
import okhttp3.OkHttpClient;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * One run from the terminal: configuration from file, environment and flags; the local adapters (processes,
 * files, the console, the ledger under {@code ~/.obra}); the engine's loop; then the verdict table, or only
 * the report JSON with {@code --json}. The decisions are the engine's; this class only wires and prints.
 */
final class LocalRun {

    private static final DateTimeFormatter RUN_ID_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    /** Time the loop gets after Ctrl-C to stop Claude Code and write the report. */
    private static final long SHUTDOWN_GRACE_SECONDS = 20;

    private final CliEnvironment env;
    private final Console console;

    LocalRun(final CliEnvironment env, final Console console) {
        this.env = env;
        this.console = console;
    }

    int execute(final Optional<String> task, final Optional<String> baseRef, final ConfigOptions configOptions,
                final RunOptions options) {
        ResolvedConfig resolved;
        String reportDir;
        try {
            resolved = new ConfigResolver(env).resolve(configOptions);
            reportDir = reportDir(resolved.workdir(), options.reportDir);
        } catch (UsageException e) {
            console.problem(e.getMessage());
            return ExitCodes.USAGE;
        } catch (ConfigException e) {
            printConfigProblems(console, e);
            ConfigResolver resolver = new ConfigResolver(env);
            resolver.untrustedBecause(configOptions)
                    .ifPresent(reason -> console.err().println("  " + resolver.untrustedNotice(configOptions, reason)));
            return ExitCodes.USAGE;
        }
        console.maskAlso(resolved.knownSecrets());
        PrintWriter progress = options.json ? console.err() : console.out();
        BuildLog log = new MaskingBuildLog(new ConsoleLog(progress, console.style()),
                SecretMasker.ofSecrets(resolved.knownSecrets()));
        resolved.warnings().forEach(log::warn);

        Clock clock = Clock.systemUTC();
        OkHttpClient http = HttpClients.of(env);
        ProcessLauncher launcher = new CredentialScrubbingLauncher(new LocalProcessLauncher(),
                EnvironmentSecrets.obraCredentialVariables(Orchestrators.discover().ids(),
                        resolved.claudeCredential().isPresent()));
        RunEnvironment environment = new RunEnvironment(launcher,
                new LocalWorkspace(resolved.workdir()), log, http, new FileUsageLedger(env.ledgerFile(), log), clock,
                resolved.claudeCredential(), resolved.knownSecrets(), env.claudeConfigDir().toString());
        String runId = resolved.workdir().getFileName() + "#" + RUN_ID_TIME.format(clock.instant());
        RunRequest request = new RunRequest(task, baseRef, resolved.config(), reportDir, runId, options.scope);

        CountDownLatch printed = new CountDownLatch(1);
        Thread hook = interruptOnShutdown(Thread.currentThread(), printed);
        try {
            RunResult result = new OrchestrationLoop(environment).run(request);
            return print(result, resolved.workdir(), options);
        } catch (InterruptedException e) {
            console.problem("interrupted; Claude Code and the verify command were stopped");
            return ExitCodes.INTERRUPTED;
        } finally {
            console.flush();
            printed.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running: it waits for the latch released above
            }
            HttpClients.close(http);
        }
    }

    /**
     * Ctrl-C or SIGTERM: interrupt the run, so that the engine kills Claude Code's process tree, and give it
     * time to finish writing before the JVM exits.
     */
    private static Thread interruptOnShutdown(final Thread runner, final CountDownLatch printed) {
        Thread hook = new Thread(() -> {
            runner.interrupt();
            try {
                printed.await(SHUTDOWN_GRACE_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "obra-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        return hook;
    }

    private int print(final RunResult result, final Path workdir, final RunOptions options) {
        Path reportFile = workdir.resolve(result.reportPath());
        Optional<String> json = readReport(reportFile);
        // The run's error is already among the progress lines (stderr with --json) and in the verdict table.
        if (json.isEmpty()) {
            console.problem("the report " + reportFile + " was not written; see the messages above");
            return ExitCodes.RUN_ERROR;
        }
        if (options.json) {
            console.out().print(json.get());
            console.out().flush();
            return ExitCodes.of(result.outcome());
        }
        VerdictTable table = new VerdictTable(console.style());
        PrintWriter out = console.out();
        out.println();
        parse(json.get()).map(table::lines).orElseGet(() -> table.lines(result)).forEach(out::println);
        out.println(console.style().dim("Reports: " + workdir.relativize(reportFile.getParent())
                + "/ (obra-report.html, obra-report.md, obra-report.json, obra-junit.xml)"));
        return ExitCodes.of(result.outcome());
    }

    private Optional<String> readReport(final Path file) {
        try {
            return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private Optional<Report> parse(final String json) {
        try {
            return Optional.of(ReportJson.read(json));
        } catch (ReportFormatException e) {
            console.problem("cannot read the report back: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** The report directory as the engine wants it: relative to the working directory, and inside it. */
    static String reportDir(final Path workdir, final String given) throws UsageException {
        Path dir = workdir.resolve(given).normalize();
        if (!dir.startsWith(workdir) || dir.equals(workdir)) {
            throw new UsageException("--report-dir " + given + ": must be a directory inside the working directory "
                    + workdir);
        }
        return workdir.relativize(dir).toString().replace('\\', '/');
    }

    static void printConfigProblems(final Console console, final ConfigException e) {
        console.problem("the configuration is not valid:");
        for (String line : e.getMessage().split("\n")) {
            console.err().println("  " + console.style().fail() + " " + line);
        }
    }
}
