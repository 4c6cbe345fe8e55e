package io.jenkins.plugins.obra.agent;

import hudson.EnvVars;
import hudson.FilePath;
import hudson.Launcher;
import hudson.Proc;
import io.obra.port.LaunchedProcess;
import io.obra.port.ProcessLauncher;
import io.obra.port.ProcessSpec;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Starts the engine's processes (claude, git, the verify command) on the agent through the build's
 * {@link Launcher}, so that they run where the workspace is, inside {@code container()} blocks, with the
 * build's environment; secrets travel only in the environment. Remembers what it started, so that an
 * aborted build can kill every process tree at once.
 */
public final class AgentProcessLauncher implements ProcessLauncher {

    private final Launcher launcher;
    private final FilePath workspace;
    private final EnvVars buildEnvironment;
    private final Set<AgentProcess> running = ConcurrentHashMap.newKeySet();

    /**
     * @param launcher          the build's launcher on the agent
     * @param workspace         the workspace, for the agent's channel
     * @param buildEnvironment  the build's environment, under the process's own additions
     */
    public AgentProcessLauncher(final Launcher launcher, final FilePath workspace, final EnvVars buildEnvironment) {
        this.launcher = launcher;
        this.workspace = workspace;
        this.buildEnvironment = new EnvVars(buildEnvironment);
    }

    @Override
    public LaunchedProcess launch(final ProcessSpec spec) throws IOException {
        EnvVars environment = new EnvVars(buildEnvironment);
        environment.putAll(spec.environment());
        boolean[] masks = new boolean[spec.command().size()];
        for (int i = 0; i < masks.length; i++) {
            masks[i] = spec.secretValues().contains(spec.command().get(i));
        }
        byte[] stdin = spec.stdin();
        Launcher.ProcStarter starter = launcher.launch()
                .cmds(spec.command())
                .masks(masks)
                .envs(environment)
                .pwd(workspace.child(spec.workingDirectory()))
                .stdin(stdin.length == 0 ? null : new ByteArrayInputStream(stdin))
                .readStdout()
                .readStderr()
                .quiet(true);
        // A missing binary fails here with the agent's "Cannot run program ... error=2", which the engine
        // turns into its "not installed" advice (naming the Jenkins tool).
        Proc proc = starter.start();
        AgentProcess process = new AgentProcess(proc, running::remove);
        running.add(process);
        return process;
    }

    /** Kills every process this launcher started that is still running, with its children. */
    public void killAll() {
        for (AgentProcess process : running) {
            process.kill();
        }
    }
}
