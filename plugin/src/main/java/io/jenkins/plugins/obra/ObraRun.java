package io.jenkins.plugins.obra;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.AbortException;
import hudson.EnvVars;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.Computer;
import hudson.model.Node;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.slaves.WorkspaceList;
import io.jenkins.plugins.obra.agent.AgentProcessLauncher;
import io.jenkins.plugins.obra.agent.AgentWorkspace;
import io.jenkins.plugins.obra.agent.ConsoleBuildLog;
import io.jenkins.plugins.obra.config.ObraGlobalConfiguration;
import io.jenkins.plugins.obra.credentials.SecretTextCredentials;
import io.jenkins.plugins.obra.orchestrator.OrchestratorConfiguration;
import io.jenkins.plugins.obra.report.ReportPublication;
import io.jenkins.plugins.obra.tools.ClaudeCodeInstallation;
import io.jenkins.plugins.obra.util.JenkinsFacade;
import io.obra.config.ConfigException;
import io.obra.config.ConfigLoader;
import io.obra.config.ConfigSource;
import io.obra.config.ObraConfig;
import io.obra.cost.FileUsageLedger;
import io.obra.loop.BuildVerdict;
import io.obra.loop.KeyScope;
import io.obra.loop.OrchestrationLoop;
import io.obra.loop.ReviewBase;
import io.obra.loop.RunEnvironment;
import io.obra.loop.RunRequest;
import io.obra.loop.RunResult;
import io.obra.privacy.Secret;
import org.jenkinsci.plugins.workflow.steps.StepContext;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One Obra run inside a build, shared by the Pipeline step and the freestyle build step: resolves
 * credentials and configuration layers, adapts the agent (launcher, workspace, masked console) to the
 * engine's ports, runs the orchestration loop and applies its verdict to the build. All decisions are
 * the engine's; this class only translates between Jenkins and obra-core.
 */
final class ObraRun {

    private static final Logger LOGGER = Logger.getLogger(ObraRun.class.getName());

    /** The name of the claude binary the engine runs when no tool is given. */
    private static final String CLAUDE_ON_PATH = "claude";

    private final JenkinsFacade jenkins;
    private volatile AgentProcessLauncher processes;

    ObraRun(final JenkinsFacade jenkins) {
        this.jenkins = jenkins;
    }

    /**
     * Runs to the end.
     *
     * @return the step's result map (JDK types only)
     * @throws AbortException       for a configuration, credential or run error, or a failed gate with
     *                              {@code onFail: FAILURE}; the message says what happened and how to fix it
     * @param context the Pipeline step's context (for {@code withChecks}); null in a freestyle build
     * @throws InterruptedException when the build was aborted; every process was killed
     */
    Map<String, Object> execute(final Run<?, ?> run, final FilePath workspace, final EnvVars environment,
                                final Launcher launcher, final TaskListener listener, final RunParameters parameters,
                                final BuildResultHandler results, @CheckForNull final StepContext context)
            throws IOException, InterruptedException {
        ObraGlobalConfiguration global = jenkins.lookupSingleton(ObraGlobalConfiguration.class);

        OrchestratorConfiguration orchestrator = parameters.getOrchestrator() != null
                ? parameters.getOrchestrator() : global.getOrchestrator();
        Optional<Secret> orchestratorKey = orchestrator == null ? Optional.empty()
                : SecretTextCredentials.lookup(orchestrator.getCredentialsId(), run);
        String claudeCredentialsId = parameters.getClaudeCredentialsId() != null
                ? parameters.getClaudeCredentialsId() : global.getClaudeCredentialsId();
        Optional<Secret> claudeCredential = SecretTextCredentials.lookup(claudeCredentialsId, run);
        List<Secret> secrets = new ArrayList<>();
        orchestratorKey.ifPresent(secrets::add);
        claudeCredential.ifPresent(secrets::add);

        ConsoleBuildLog console = ConsoleBuildLog.masking(listener, secrets);
        ObraConfig config = configure(global, workspace, environment, parameters);
        if (orchestrator != null && orchestratorKey.isPresent()) {
            config = withKey(config, orchestrator, orchestratorKey.get(), console);
        }
        if (parameters.getClaudeTool() != null) {
            String claude = ClaudeCodeInstallation.executableOn(parameters.getClaudeTool(),
                    jenkins.getDescriptorByType(ClaudeCodeInstallation.DescriptorImpl.class).installations(),
                    nodeOf(workspace), environment, listener, launcher.isUnix());
            config = config.withAgent(config.agent().withExecutable(claude));
        }
        console.info(Messages.ObraRun_Starting(parameters.task().isPresent() ? Messages.ObraRun_TaskMode()
                        : Messages.ObraRun_ReviewMode(), config.agent().executable().orElse(CLAUDE_ON_PATH),
                config.orchestrator().llm().provider(), config.orchestrator().llm().model(),
                parameters.getReportDir()));

        FilePath claudeConfigDir = WorkspaceList.tempDir(workspace).child("obra-claude-" + UUID.randomUUID());
        claudeConfigDir.mkdirs();
        processes = new AgentProcessLauncher(launcher, workspace, environment);
        try {
            RunEnvironment runEnvironment = new RunEnvironment(processes, new AgentWorkspace(workspace), console,
                    jenkins.getHttpClient(), new FileUsageLedger(global.getLedgerPath(), console), Clock.systemUTC(),
                    claudeCredential, secrets, claudeConfigDir.getRemote());
            RunRequest request = new RunRequest(parameters.task(),
                    ReviewBase.resolve(parameters.baseRef(), parameters.task(), environment), config,
                    parameters.getReportDir(), run.getExternalizableId(), run.getParent().getFullName());
            RunResult result = new OrchestrationLoop(runEnvironment).run(request);
            // Before the verdict may stop the build: a failed gate's report matters most.
            new ReportPublication(jenkins).publish(run, workspace, launcher, listener, context, result.reportPath(),
                    console);
            return apply(BuildVerdict.of(result, config.gate()), result, console, results);
        } finally {
            processes.killAll();
            deleteQuietly(claudeConfigDir);
        }
    }

    /** Kills every process of the run on the agent (the build is being aborted). */
    void abort() {
        AgentProcessLauncher current = processes;
        if (current != null) {
            current.killAll();
        }
    }

    private ObraConfig configure(final ObraGlobalConfiguration global, final FilePath workspace,
                                 final EnvVars environment, final RunParameters parameters)
            throws IOException, InterruptedException {
        List<ConfigSource> layers = new ArrayList<>();
        try {
            layers.add(ConfigSource.of(Messages.ObraRun_GlobalLayer(), global.toConfigLayer()));
            FilePath file = workspace.child(parameters.getConfigFile());
            if (file.exists()) {
                ConfigSource repository = ConfigSource.yaml(parameters.getConfigFile(), readText(file));
                layers.add(ReviewBase.isPullRequest(environment) ? repository.untrusted() : repository);
            } else if (parameters.isConfigFileGiven()) {
                throw new AbortException(Messages.ObraRun_ConfigFileMissing(parameters.getConfigFile(),
                        workspace.getRemote()));
            }
            layers.add(ConfigSource.of(Messages.ObraRun_StepLayer(), parameters.toConfigLayer()));
            return new ConfigLoader(environment).load(layers);
        } catch (ConfigException e) {
            throw new AbortException(Messages.ObraRun_ConfigError(e.getMessage()));
        }
    }

    private static ObraConfig withKey(final ObraConfig config, final OrchestratorConfiguration orchestrator,
                                      final Secret key, final ConsoleBuildLog console) {
        KeyScope scope = new KeyScope(key.source(), orchestrator.getProvider(),
                Optional.ofNullable(orchestrator.getBaseUrl()));
        Optional<String> withheld = scope.withheldFrom(config.orchestrator().llm());
        if (withheld.isPresent()) {
            console.warn(withheld.get());
            return config;
        }
        return config.withOrchestrator(config.orchestrator().withLlm(config.orchestrator().llm().withApiKey(key)));
    }

    private static Map<String, Object> apply(final BuildVerdict verdict, final RunResult result,
                                             final ConsoleBuildLog console, final BuildResultHandler results)
            throws AbortException {
        if (verdict.stopsBuild()) {
            throw new AbortException(verdict.message());
        }
        console.info(verdict.message());
        if (verdict.status() == BuildVerdict.Status.UNSTABLE) {
            results.markUnstable(verdict.message());
        }
        return result.asMap();
    }

    private static Node nodeOf(final FilePath workspace) throws AbortException {
        Computer computer = workspace.toComputer();
        Node node = computer == null ? null : computer.getNode();
        if (node == null) {
            throw new AbortException(Messages.ObraRun_AgentOffline(workspace.getRemote()));
        }
        return node;
    }

    private static String readText(final FilePath file) throws IOException, InterruptedException {
        try (InputStream in = file.read()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Best effort: an aborted build may leave the directory in the workspace's @tmp. */
    private static void deleteQuietly(final FilePath directory) {
        try {
            directory.deleteRecursive();
        } catch (IOException e) {
            LOGGER.log(Level.FINE, "Could not delete " + directory.getRemote(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
