package io.jenkins.plugins.obra;

import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.domains.Domain;
import hudson.EnvVars;
import hudson.model.Label;
import hudson.slaves.DumbSlave;
import hudson.util.Secret;
import io.jenkins.plugins.obra.tools.ClaudeCodeInstallation;
import org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl;
import org.jvnet.hudson.test.JenkinsRule;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What the integration tests set up in Jenkins: Secret text credentials, the Claude Code CLI that obra-core's
 * build installed (system property {@code obra.test.claude}, set by plugin/pom.xml) as a Jenkins tool, and
 * an agent whose builds reach the loopback Anthropic fake.
 */
final class JenkinsSetup {

    static final String OPENAI_KEY = "sk-obra-test-openai-5f1c2d3e4b";
    static final String ANTHROPIC_KEY = "sk-ant-obra-test-9a8b7c6d5e";
    static final String AGENT_LABEL = "obra";
    static final String CLAUDE_TOOL = "claude-under-test";

    private JenkinsSetup() {
    }

    /** The native claude binary the tests drive. */
    static Path claudeBinary() throws IOException {
        String property = System.getProperty("obra.test.claude");
        if (property == null || !Files.isExecutable(Path.of(property))) {
            throw new IllegalStateException("obra.test.claude must name the claude binary installed by obra-core's "
                    + "build (obra-core/target/claude-code/bin/claude); got " + property);
        }
        return Path.of(property).toRealPath();
    }

    static void addSecretText(final JenkinsRule r, final String id, final String value) throws IOException {
        CredentialsProvider.lookupStores(r.jenkins).iterator().next().addCredentials(Domain.global(),
                new StringCredentialsImpl(CredentialsScope.GLOBAL, id, "test " + id, Secret.fromString(value)));
    }

    /** Registers the CLI under test as the Claude Code installation {@link #CLAUDE_TOOL} (home = dir of bin/). */
    static void addClaudeTool(final JenkinsRule r) throws IOException {
        Path home = Path.of(System.getProperty("obra.test.claude")).toAbsolutePath().getParent().getParent();
        r.jenkins.getDescriptorByType(ClaudeCodeInstallation.DescriptorImpl.class)
                .setInstallations(new ClaudeCodeInstallation(CLAUDE_TOOL, home.toString(), List.of()));
    }

    /** An agent labelled {@link #AGENT_LABEL} whose builds send Claude Code to the fake. */
    static DumbSlave addAgent(final JenkinsRule r, final AnthropicFake anthropic, final String... moreEnvironment)
            throws Exception {
        EnvVars environment = new EnvVars("ANTHROPIC_BASE_URL", anthropic.url(),
                "CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC", "1");
        environment.putAll(new EnvVars(moreEnvironment));
        return r.createOnlineSlave(Label.get(AGENT_LABEL), environment);
    }
}
