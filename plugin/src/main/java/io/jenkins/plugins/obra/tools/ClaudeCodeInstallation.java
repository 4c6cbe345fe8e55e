package io.jenkins.plugins.obra.tools;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.AbortException;
import hudson.EnvVars;
import hudson.Extension;
import hudson.Util;
import hudson.model.EnvironmentSpecific;
import hudson.model.Node;
import hudson.model.TaskListener;
import hudson.slaves.NodeSpecific;
import hudson.tools.ToolDescriptor;
import hudson.tools.ToolInstallation;
import hudson.tools.ToolInstaller;
import hudson.tools.ToolProperty;
import io.obra.loop.ClaudeCodePackage;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundConstructor;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The Claude Code CLI as a Jenkins tool (Manage Jenkins » Tools » Claude Code), installed on each agent
 * by {@link ClaudeCodeInstaller} from npm at a pinned version, or found at a given home. The step's
 * {@code claudeTool:} names one; its executable is {@code <home>/bin/claude}.
 */
public class ClaudeCodeInstallation extends ToolInstallation
        implements NodeSpecific<ClaudeCodeInstallation>, EnvironmentSpecific<ClaudeCodeInstallation> {

    private static final long serialVersionUID = 1L;

    /**
     * @param name       the name steps refer to with {@code claudeTool:}
     * @param home       the directory holding {@code bin/claude}; empty to let an installer choose
     * @param properties tool properties, typically the installers
     */
    @DataBoundConstructor
    public ClaudeCodeInstallation(final String name, final String home,
                                  final List<? extends ToolProperty<?>> properties) {
        super(Util.fixEmptyAndTrim(name), Util.fixEmptyAndTrim(home), properties);
    }

    @Override
    public ClaudeCodeInstallation forNode(@NonNull final Node node, final TaskListener log)
            throws IOException, InterruptedException {
        return new ClaudeCodeInstallation(getName(), translateFor(node, log), getProperties().toList());
    }

    @Override
    public ClaudeCodeInstallation forEnvironment(final EnvVars environment) {
        return new ClaudeCodeInstallation(getName(), environment.expand(getHome()), getProperties().toList());
    }

    /**
     * The path of the {@code claude} binary on the agent, for an installation already translated for that
     * agent ({@link #forNode}).
     *
     * @param unix whether the agent is a Unix (from its launcher)
     */
    public String getExecutable(final boolean unix) throws AbortException {
        String home = Util.fixEmptyAndTrim(getHome());
        if (home == null) {
            throw new AbortException(Messages.ClaudeCodeInstallation_NoHome(getName()));
        }
        String separator = unix ? "/" : "\\";
        String relative = ClaudeCodePackage.executable(!unix).replace("/", separator);
        return home.endsWith(separator) ? home + relative : home + separator + relative;
    }

    /**
     * Finds the installation named {@code name}, installs it on the node if needed and returns the path of
     * its {@code claude} binary there.
     */
    public static String executableOn(final String name, final List<ClaudeCodeInstallation> installations,
                                      final Node node, final EnvVars environment, final TaskListener listener,
                                      final boolean unix) throws IOException, InterruptedException {
        ClaudeCodeInstallation installation = installations.stream()
                .filter(candidate -> name.equals(candidate.getName()))
                .findFirst()
                .orElseThrow(() -> new AbortException(Messages.ClaudeCodeInstallation_Unknown(name,
                        installations.isEmpty() ? Messages.ClaudeCodeInstallation_None()
                                : installations.stream().map(ClaudeCodeInstallation::getName)
                                        .collect(Collectors.joining(", ")))));
        return installation.forNode(node, listener).forEnvironment(environment).getExecutable(unix);
    }

    /** {@code claudeCode} in JCasC ({@code tool: claudeCode: installations: ...}). */
    @Extension
    @Symbol("claudeCode")
    public static class DescriptorImpl extends ToolDescriptor<ClaudeCodeInstallation> {

        /** Loads the configured installations. */
        public DescriptorImpl() {
            super();
            load();
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.ClaudeCodeInstallation_DisplayName();
        }

        @Override
        public List<? extends ToolInstaller> getDefaultInstallers() {
            return List.of(new ClaudeCodeInstaller(null, ClaudeCodeInstaller.DEFAULT_VERSION));
        }

        /** Saves, whether the installations come from the form or from JCasC. */
        @Override
        public void setInstallations(final ClaudeCodeInstallation... installations) {
            super.setInstallations(installations);
            save();
        }

        /** The configured installations, as a list. */
        public List<ClaudeCodeInstallation> installations() {
            return Arrays.asList(getInstallations());
        }
    }
}
