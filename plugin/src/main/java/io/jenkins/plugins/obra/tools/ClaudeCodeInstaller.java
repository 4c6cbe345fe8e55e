package io.jenkins.plugins.obra.tools;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.AbortException;
import hudson.Extension;
import hudson.FilePath;
import hudson.Launcher;
import hudson.Util;
import hudson.model.Node;
import hudson.model.TaskListener;
import hudson.tools.ToolInstallation;
import hudson.tools.ToolInstaller;
import hudson.tools.ToolInstallerDescriptor;
import hudson.util.FormValidation;
import io.jenkins.plugins.obra.util.JenkinsFacade;
import io.obra.loop.ClaudeCodePackage;
import jenkins.model.Jenkins;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Installs a pinned {@code @anthropic-ai/claude-code} on the agent with the agent's {@code npm}
 * ({@code npm install --prefix <tool home> @anthropic-ai/claude-code@<version>}, scripts skipped), then
 * links the native binary npm chose for the agent's platform to {@code <tool home>/bin/claude}. A marker
 * file records the version, so the next build on that agent reuses the installation.
 */
public class ClaudeCodeInstaller extends ToolInstaller {

    /** The version installed by default: the one this plugin is tested with. */
    public static final String DEFAULT_VERSION = "2.1.197";

    private final String version;

    /**
     * @param label   the agents this installer applies to (empty: all)
     * @param version the exact npm version, e.g. {@code 2.1.197}
     */
    @DataBoundConstructor
    public ClaudeCodeInstaller(final String label, final String version) {
        super(label);
        this.version = Util.fixEmptyAndTrim(version) == null ? DEFAULT_VERSION : version.trim();
    }

    public String getVersion() {
        return version;
    }

    @Override
    public FilePath performInstallation(final ToolInstallation tool, final Node node, final TaskListener log)
            throws IOException, InterruptedException {
        Optional<String> problem = ClaudeCodePackage.checkVersion(version);
        if (problem.isPresent()) {
            throw new AbortException(problem.get());
        }
        FilePath home = preferredLocation(tool, node);
        Launcher launcher = node.createLauncher(log);
        boolean unix = launcher.isUnix();
        FilePath executable = home.child(ClaudeCodePackage.executable(!unix));
        FilePath marker = home.child(ClaudeCodePackage.VERSION_MARKER);
        if (executable.exists() && marker.exists() && version.equals(readText(marker).trim())) {
            return home;
        }
        log.getLogger().println(Messages.ClaudeCodeInstaller_Installing(version, node.getDisplayName(), home.getRemote()));
        home.mkdirs();
        List<String> command = new ArrayList<>();
        command.add(unix ? "npm" : "npm.cmd");
        command.addAll(ClaudeCodePackage.npmInstallArguments(home.getRemote(), version));
        int exit = launcher.launch().cmds(command).pwd(home).stdout(log).join();
        if (exit != 0) {
            throw new AbortException(Messages.ClaudeCodeInstaller_NpmFailed(version, node.getDisplayName(), exit));
        }
        String binary = ClaudeCodePackage.pickNativeBinary(relativePaths(home), unix && isMusl(home))
                .orElseThrow(() -> new AbortException(Messages.ClaudeCodeInstaller_NoNativeBinary(version,
                        node.getDisplayName())));
        FilePath nativeBinary = home.child(binary);
        executable.getParent().mkdirs();
        executable.delete();
        if (unix) {
            nativeBinary.chmod(0755);
            executable.symlinkTo(nativeBinary.getRemote(), log);
        } else {
            nativeBinary.copyTo(executable);
        }
        marker.write(version, StandardCharsets.UTF_8.name());
        return home;
    }

    private static List<String> relativePaths(final FilePath home) throws IOException, InterruptedException {
        List<String> paths = new ArrayList<>();
        String root = home.getRemote();
        for (FilePath match : home.list(ClaudeCodePackage.NATIVE_BINARY_GLOB)) {
            String path = match.getRemote();
            paths.add(path.startsWith(root) ? path.substring(root.length() + 1) : path);
        }
        return paths;
    }

    /** A musl system (e.g. Alpine) has its dynamic loader at /lib/ld-musl-*. */
    private static boolean isMusl(final FilePath onAgent) throws IOException, InterruptedException {
        FilePath lib = new FilePath(onAgent.getChannel(), "/lib");
        return lib.isDirectory() && lib.list("ld-musl-*").length > 0;
    }

    private static String readText(final FilePath file) throws IOException, InterruptedException {
        try (InputStream in = file.read()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The installer's form and JCasC symbol. */
    @Extension
    @Symbol("claudeCodeInstaller")
    public static class DescriptorImpl extends ToolInstallerDescriptor<ClaudeCodeInstaller> {

        private final transient JenkinsFacade jenkins = new JenkinsFacade();

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.ClaudeCodeInstaller_DisplayName();
        }

        @Override
        public boolean isApplicable(final Class<? extends ToolInstallation> toolType) {
            return toolType == ClaudeCodeInstallation.class;
        }

        @POST
        public FormValidation doCheckVersion(@QueryParameter final String value) {
            if (!jenkins.hasPermission(Jenkins.ADMINISTER)) {
                return FormValidation.ok();
            }
            return ClaudeCodePackage.checkVersion(value).map(FormValidation::error).orElse(FormValidation.ok());
        }
    }
}
