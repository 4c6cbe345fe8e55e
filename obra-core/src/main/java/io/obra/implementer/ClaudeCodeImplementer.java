package io.obra.implementer;

import io.obra.config.AgentSettings;
import io.obra.implementer.ImplementerException.Kind;
import io.obra.implementer.ImplementerResult.ImplementerUsage;
import io.obra.implementer.RunVerdict.Stop;
import io.obra.implementer.StreamEvent.Result;
import io.obra.port.BuildLog;
import io.obra.port.LaunchedProcess;
import io.obra.port.ProcessLauncher;
import io.obra.port.ProcessSpec;
import io.obra.port.Workspace;
import io.obra.privacy.Secret;
import io.obra.privacy.SecretMasker;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Runs the Claude Code CLI headless ({@code claude -p --output-format stream-json}) in the workspace
 * through a {@link ProcessLauncher}, so the same code drives a local process and one on a Jenkins agent.
 *
 * <ul>
 *   <li>The prompt goes to standard input; the credential only to the environment
 *       ({@code ANTHROPIC_API_KEY}, or {@code CLAUDE_CODE_OAUTH_TOKEN} for a token starting with
 *       {@code sk-ant-oat}).</li>
 *   <li>Output is read line by line as it arrives: echoed as short masked progress lines, written
 *       masked to {@code <artifactDir>implementer-<iteration>.stream.jsonl}, parsed into the result.</li>
 *   <li>A stall (no output for {@link AgentSettings#stallTimeout()}), the overall
 *       {@link AgentSettings#timeout()} or an interrupt kill the whole process tree.</li>
 *   <li>Cost: {@link ImplementerResult#costUsd()} is this round's cost. Claude Code 2.1.197 reports each
 *       run's own {@code total_cost_usd}; newer versions (2.1.331 measured) report the session's
 *       cumulative cost after {@code --resume}, from which the round's share is the difference to the
 *       previous report. The console shows the reported session total when it differs. Keep one instance
 *       per orchestration run so resumed rounds are recognised.</li>
 * </ul>
 */
public final class ClaudeCodeImplementer implements Implementer {

    /** The CLI version the engine is tested against (the build installs it for the tests). */
    public static final String TESTED_VERSION = "2.1.197";
    /** Where the raw streams go by default, relative to the workspace. */
    public static final String DEFAULT_ARTIFACT_DIR = "obra-reports/";
    /** Lines longer than this are kept in the artifact but not parsed. */
    static final int MAX_PARSED_LINE_CHARS = 1 << 20;

    private static final Duration POLL = Duration.ofMillis(100);
    /** How long a killed process tree gets to go away. */
    private static final Duration KILL_WAIT = Duration.ofSeconds(5);
    /** After claude exits, how long a child that inherited its stdout may keep the pipe open. */
    private static final Duration DRAIN_GRACE = Duration.ofSeconds(2);
    private static final Duration VERSION_TIMEOUT = Duration.ofSeconds(60);

    private final ProcessLauncher launcher;
    private final Workspace workspace;
    private final BuildLog log;
    private final AgentSettings settings;
    private final Optional<Secret> credential;
    private final SecretMasker masker;
    private final String claudeConfigDir;
    private final Clock clock;
    private final String artifactDir;
    private final StreamJsonParser parser = new StreamJsonParser();
    private final SessionCosts sessionCosts = new SessionCosts();
    private final RunVerdict verdict;
    private boolean versionChecked;
    private Optional<ClaudeVersion> version = Optional.empty();

    /**
     * @param launcher        starts claude where the workspace is
     * @param workspace       the checkout claude works in (its working directory)
     * @param log             the console
     * @param settings        how to run claude
     * @param credential      Anthropic API key or Claude OAuth token; empty to rely on the agent's own
     *                        configuration (e.g. Bedrock through {@link AgentSettings#environment()})
     * @param masker          every secret of the run; the credential is added to it
     * @param claudeConfigDir the CLI's state directory ({@code CLAUDE_CONFIG_DIR}) on the agent, one per
     *                        run and the same for every round, so {@code --resume} finds the session
     * @param clock           time source for durations and the watchdogs
     * @param artifactDir     workspace-relative directory of the raw stream artifacts, e.g.
     *                        {@value #DEFAULT_ARTIFACT_DIR}
     */
    public ClaudeCodeImplementer(final ProcessLauncher launcher, final Workspace workspace, final BuildLog log,
                                 final AgentSettings settings, final Optional<Secret> credential,
                                 final SecretMasker masker, final String claudeConfigDir, final Clock clock,
                                 final String artifactDir) {
        this.launcher = Objects.requireNonNull(launcher, "launcher");
        this.workspace = Objects.requireNonNull(workspace, "workspace");
        this.log = Objects.requireNonNull(log, "log");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.credential = Objects.requireNonNull(credential, "credential");
        this.masker = masker.with(credential.map(secret -> List.of(secret.reveal())).orElse(List.of()));
        this.claudeConfigDir = Objects.requireNonNull(claudeConfigDir, "claudeConfigDir");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.artifactDir = artifactDir.isEmpty() || artifactDir.endsWith("/") ? artifactDir : artifactDir + "/";
        this.verdict = new RunVerdict(settings, credential, this.masker);
    }

    @Override
    public ImplementerResult implement(final ImplementerRequest request)
            throws ImplementerException, InterruptedException {
        // `claude --version` (a Node start, 0.1-0.3 s; benchmark P4) runs beside the round instead of before it.
        FutureTask<Optional<ClaudeVersion>> versionCheck = startVersionCheck();
        ClaudeInvocation invocation = ClaudeInvocation.of(settings, credential, claudeConfigDir,
                request.resumeSessionId());
        String artifactPath = artifactDir + "implementer-" + request.iteration() + ".stream.jsonl";
        ProgressEcho echo = new ProgressEcho(log, masker, workspace.root(), request.iteration(), artifactPath);
        echo.info(request.resumeSessionId()
                .map(session -> "iteration " + request.iteration() + ": resuming session " + Text.shorten(session, 9))
                .orElse("iteration " + request.iteration() + ": new session")
                + ", permission mode " + settings.permissionMode());
        if ("bypassPermissions".equals(settings.permissionMode())) {
            echo.warn("permission mode bypassPermissions lets the agent run any command unasked; as root the CLI"
                    + " refuses it unless IS_SANDBOX=1 is set, which belongs only in a disposable container");
        }
        Optional.ofNullable(settings.environment().get(ClaudeInvocation.BASE_URL))
                .filter(url -> url.replaceAll("/+$", "").endsWith("/v1"))
                .ifPresent(url -> echo.warn("ANTHROPIC_BASE_URL " + url + " ends with /v1, but Claude Code appends"
                        + " /v1/messages itself: give the host root"));
        RunTranscript transcript = new RunTranscript(workspace.root(), masker);
        MaskedStreamArtifact artifact = openArtifact(artifactPath, echo);
        long startedAt = clock.millis();
        LaunchedProcess process;
        try {
            process = launcher.launch(new ProcessSpec(invocation.command(), invocation.environment(),
                    workspace.root(), request.prompt().getBytes(StandardCharsets.UTF_8), invocation.secrets()));
        } catch (IOException e) {
            closeQuietly(artifact);
            ImplementerException failure = startFailure(e);
            awaitVersion(versionCheck);   // its diagnosis (not installed, exit 127, too old) names the cause best
            throw failure;
        }
        RunningClaude run = new RunningClaude(process, clock, parser, transcript, artifact, echo,
                MAX_PARSED_LINE_CHARS);
        run.startReaders("obra-claude-" + request.iteration());
        Optional<ClaudeVersion> cliVersion;
        try {
            cliVersion = awaitVersion(versionCheck);
        } catch (ImplementerException e) {
            // An old or broken CLI: the round started beside the check stops at once.
            stopBeside(versionCheck, process, run, artifact);
            throw e;
        } catch (InterruptedException e) {
            stopBeside(versionCheck, process, run, artifact);
            echo.warn("interrupted: the claude process tree was killed");
            throw new InterruptedException("the Claude Code run was interrupted; its process tree was killed");
        }
        Stop stop;
        String activityAtStop;
        int exitCode;
        try {
            stop = watch(run, startedAt);
            // Read before the kill's aftermath: a killed CLI may still print a step or two.
            activityAtStop = run.activityAtKill().orElse(transcript.lastActivity());
            exitCode = exitCode(process);
        } catch (InterruptedException e) {
            killAndWait(process);
            run.awaitReaders(Duration.ofSeconds(1));
            closeQuietly(artifact);
            echo.warn("interrupted: the claude process tree was killed");
            throw new InterruptedException("the Claude Code run was interrupted; its process tree was killed");
        }
        // Whatever the agent left running in the background (a dev server, a watcher) goes too.
        process.kill();
        run.awaitReaders(KILL_WAIT);
        closeQuietly(artifact);
        if (artifact.failed()) {
            echo.warn("could not write all of " + artifactPath + "; the run itself is not affected");
        }
        long durationMs = clock.millis() - startedAt;

        Optional<Result> resultLine = transcript.result();
        Optional<Double> roundCost = resultLine.flatMap(result -> sessionCosts.roundCost(
                sessionId(transcript, request), result.totalCostUsd(), request.resumeSessionId().isPresent(),
                cliVersion.map(ClaudeVersion::reportsCumulativeCost).orElse(false)));
        resultLine.ifPresent(result -> echo.done(result, roundCost));
        ImplementerResult partial = result(transcript, request, roundCost, exitCode, durationMs, stop, artifactPath);
        return verdict.decide(partial, resultLine, exitCode, stop, activityAtStop, run.stderrTail());
    }

    /** Polls until stdout ends, the watchdogs fire, or the caller is interrupted. */
    private Stop watch(final RunningClaude run, final long startedAt) throws InterruptedException {
        LaunchedProcess process = run.process();
        long exitedAt = -1;
        while (!run.awaitStdout(POLL)) {
            long now = clock.millis();
            if (now - run.lastOutputMillis() >= settings.stallTimeout().toMillis()) {
                run.kill();
                return Stop.STALLED;
            }
            if (now - startedAt >= settings.timeout().toMillis()) {
                run.kill();
                return Stop.TIMEOUT;
            }
            if (process.isAlive()) {
                exitedAt = -1;
            } else if (exitedAt < 0) {
                exitedAt = now;
            } else if (now - exitedAt >= DRAIN_GRACE.toMillis()) {
                // claude is gone but a process it started still holds its stdout open.
                process.kill();
                return Stop.NONE;
            }
        }
        return Stop.NONE;
    }

    /** Kills the tree and waits (ignoring further interrupts) until the process is gone. */
    static void killAndWait(final LaunchedProcess process) {
        process.kill();
        boolean interrupted = false;
        long deadline = System.nanoTime() + KILL_WAIT.toNanos();
        while (process.isAlive() && System.nanoTime() < deadline) {
            try {
                process.waitFor(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static int exitCode(final LaunchedProcess process) throws InterruptedException {
        if (!process.waitFor(KILL_WAIT)) {
            killAndWait(process);
        }
        return process.isAlive() ? -1 : process.waitFor();
    }

    private ImplementerResult result(final RunTranscript transcript, final ImplementerRequest request,
                                     final Optional<Double> roundCost, final int exitCode, final long durationMs,
                                     final Stop stop, final String artifactPath) {
        Optional<Result> resultLine = transcript.result();
        String subtype = resultLine.map(Result::subtype)
                .orElse(stop == Stop.NONE ? "no_result" : stop.name().toLowerCase(java.util.Locale.ROOT));
        List<String> denials = resultLine.map(result -> result.permissionDenials().stream()
                .map(denial -> masker.mask(ToolCalls.describe(denial.toolName(), denial.toolInput(),
                        workspace.root())))
                .toList()).orElse(List.of());
        return new ImplementerResult(sessionId(transcript, request),
                transcript.init().map(StreamEvent.Init::model).orElse(""),
                resultLine.map(Result::numTurns).orElse(transcript.turns()), roundCost, exitCode, durationMs,
                subtype, masker.mask(resultLine.map(Result::result).orElse("")), denials, transcript.toolsUsed(),
                transcript.filesTouched(), resultLine.map(Result::usage).orElse(ImplementerUsage.ZERO),
                artifactPath);
    }

    private static String sessionId(final RunTranscript transcript, final ImplementerRequest request) {
        return transcript.result().map(Result::sessionId).filter(id -> !id.isEmpty())
                .or(() -> transcript.init().map(StreamEvent.Init::sessionId).filter(id -> !id.isEmpty()))
                .or(request::resumeSessionId)
                .orElse("");
    }

    private static void stopBeside(final FutureTask<Optional<ClaudeVersion>> versionCheck,
                                   final LaunchedProcess process, final RunningClaude run,
                                   final MaskedStreamArtifact artifact) {
        versionCheck.cancel(true);
        killAndWait(process);
        run.awaitReaders(Duration.ofSeconds(1));
        closeQuietly(artifact);
    }

    /** The version check on a thread of its own; already done when an earlier round checked. */
    private FutureTask<Optional<ClaudeVersion>> startVersionCheck() {
        FutureTask<Optional<ClaudeVersion>> check = new FutureTask<>(this::checkVersion);
        if (versionChecked()) {
            check.run();
        } else {
            Thread checker = new Thread(check, "obra-claude-version-check");
            checker.setDaemon(true);
            checker.start();
        }
        return check;
    }

    private synchronized boolean versionChecked() {
        return versionChecked;
    }

    private static Optional<ClaudeVersion> awaitVersion(final FutureTask<Optional<ClaudeVersion>> check)
            throws ImplementerException, InterruptedException {
        try {
            return check.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ImplementerException failure) {
                throw failure;
            }
            if (cause instanceof InterruptedException interrupted) {
                throw interrupted;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("the Claude Code version check failed: " + cause, cause);
        }
    }

    /**
     * Runs {@code claude --version} once per instance: a missing binary fails here with the install
     * hint, an old one with {@link Kind#UNSUPPORTED_VERSION}.
     */
    private synchronized Optional<ClaudeVersion> checkVersion() throws ImplementerException, InterruptedException {
        if (versionChecked) {
            return version;
        }
        String executable = ClaudeInvocation.executable(settings);
        LaunchedProcess process;
        try {
            process = launcher.launch(new ProcessSpec(List.of(executable, "--version"),
                    ClaudeInvocation.versionCheckEnvironment(settings, claudeConfigDir), workspace.root(), null,
                    Set.of()));
        } catch (IOException e) {
            throw startFailure(e);
        }
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        Thread reader = new Thread(() -> copyBounded(process.stdout(), output), "obra-claude-version");
        reader.setDaemon(true);
        reader.start();
        Thread errors = new Thread(() -> copyBounded(process.stderr(), java.io.OutputStream.nullOutputStream()),
                "obra-claude-version-stderr");
        errors.setDaemon(true);
        errors.start();
        try {
            if (!process.waitFor(VERSION_TIMEOUT)) {
                killAndWait(process);
                throw new ImplementerException(Kind.START_FAILED, "`" + executable + " --version` did not answer"
                        + " within " + RunVerdict.human(VERSION_TIMEOUT) + "; the CLI cannot run on this agent");
            }
        } catch (InterruptedException e) {
            killAndWait(process);
            throw e;
        }
        reader.join(KILL_WAIT.toMillis());
        int exit = process.waitFor();
        String text;
        synchronized (output) {
            text = masker.mask(output.toString(StandardCharsets.UTF_8).strip());
        }
        if (exit == 127) {
            throw new ImplementerException(Kind.NOT_INSTALLED, "the Claude Code CLI '" + executable
                    + "' could not be run (exit 127): " + RunVerdict.INSTALL_HINT);
        }
        if (exit != 0) {
            throw new ImplementerException(Kind.UNSUPPORTED_VERSION, "`" + executable + " --version` failed with"
                    + " exit code " + exit + (text.isEmpty() ? "" : " (" + Text.summary(text, 300) + ")")
                    + ": the CLI cannot run on this agent; " + RunVerdict.INSTALL_HINT);
        }
        version = ClaudeVersion.parse(text);
        versionChecked = true;
        if (version.isEmpty()) {
            log.warn(masker.mask("claude: could not read a version from `" + executable + " --version` ("
                    + Text.summary(text, 200) + "); continuing"));
        } else if (version.get().compareTo(ClaudeVersion.MINIMUM) < 0) {
            throw new ImplementerException(Kind.UNSUPPORTED_VERSION, "Claude Code " + version.get() + " ("
                    + executable + ") is older than " + ClaudeVersion.MINIMUM + ", the oldest version Obra supports: "
                    + RunVerdict.INSTALL_HINT);
        } else {
            log.info(masker.mask("claude: Claude Code " + version.get() + " (" + executable + ")"));
        }
        return version;
    }

    private static void copyBounded(final InputStream in, final java.io.OutputStream out) {
        byte[] buffer = new byte[4096];
        long total = 0;
        try (in) {
            int read;
            while ((read = in.read(buffer)) != -1) {
                if (total < 64 * 1024) {
                    synchronized (out) {
                        out.write(buffer, 0, read);
                    }
                }
                total += read;
            }
        } catch (IOException e) {
            // the process went away; keep what was read
        }
    }

    private ImplementerException startFailure(final IOException e) {
        String executable = ClaudeInvocation.executable(settings);
        if (e instanceof NoSuchFileException || String.valueOf(e.getMessage()).contains("error=2")) {
            return new ImplementerException(Kind.NOT_INSTALLED, masker.mask("the Claude Code CLI '" + executable
                    + "' was not found: " + RunVerdict.INSTALL_HINT), null, e);
        }
        return new ImplementerException(Kind.START_FAILED, masker.mask("could not start the Claude Code CLI '"
                + executable + "': " + e.getMessage()), null, e);
    }

    private MaskedStreamArtifact openArtifact(final String path, final ProgressEcho echo) {
        try {
            return new MaskedStreamArtifact(workspace.openForWrite(path), masker);
        } catch (IOException e) {
            echo.warn("could not create " + path + " (" + e.getMessage() + "); the raw stream is not kept");
            return MaskedStreamArtifact.discarding();
        }
    }

    private static void closeQuietly(final MaskedStreamArtifact artifact) {
        try {
            artifact.close();
        } catch (IOException e) {
            // reported through artifact.failed()
        }
    }
}
