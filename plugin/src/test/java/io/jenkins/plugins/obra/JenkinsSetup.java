package io.jenkins.plugins.obra;

import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.domains.Domain;
import hudson.EnvVars;
import hudson.model.Label;
import hudson.slaves.DumbSlave;
import hudson.util.Secret;
import io.jenkins.plugins.obra.tools.ClaudeCodeInstallation;
import io.obra.testing.FakeAnthropic;
import io.obra.testing.TestClaude;
import org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl;
import org.jvnet.hudson.test.JenkinsRule;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What the integration tests set up in Jenkins: Secret text credentials, the Claude Code CLI that obra-core's
 * build installed ({@link TestClaude}, system property {@code obra.test.claude} set by plugin/pom.xml) as a
 * Jenkins tool, and an agent whose builds reach obra-core's loopback {@link FakeAnthropic}.
 */
final class JenkinsSetup {

    static final String OPENAI_KEY = "sk-obra-test-openai-5f1c2d3e4b";
    static final String ANTHROPIC_KEY = "sk-ant-obra-test-9a8b7c6d5e";
    static final String AGENT_LABEL = "obra";
    static final String CLAUDE_TOOL = "claude-under-test";

    private JenkinsSetup() {
    }

    /** The Anthropic fake as the tests use it: every agent-loop request is answered with one short text. */
    static FakeAnthropic anthropic() throws IOException {
        return FakeAnthropic.start().whenQueueEmpty(FakeAnthropic.text("Done: the change is in place."));
    }

    /** Waits until Claude Code has sent its first agent-loop request to {@code anthropic}. */
    static boolean awaitFirstRequest(final FakeAnthropic anthropic, final Duration timeout)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (anthropic.mainRequests().isEmpty() && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        return !anthropic.mainRequests().isEmpty();
    }

    /** The native claude binary the tests drive. */
    static Path claudeBinary() throws IOException {
        return Path.of(TestClaude.binary()).toRealPath();
    }

    static void addSecretText(final JenkinsRule r, final String id, final String value) throws IOException {
        CredentialsProvider.lookupStores(r.jenkins).iterator().next().addCredentials(Domain.global(),
                new StringCredentialsImpl(CredentialsScope.GLOBAL, id, "test " + id, Secret.fromString(value)));
    }

    /** Registers the CLI under test as the Claude Code installation {@link #CLAUDE_TOOL} (home = dir of bin/). */
    static void addClaudeTool(final JenkinsRule r) throws IOException {
        Path home = Path.of(TestClaude.binary()).toAbsolutePath().getParent().getParent();
        r.jenkins.getDescriptorByType(ClaudeCodeInstallation.DescriptorImpl.class)
                .setInstallations(new ClaudeCodeInstallation(CLAUDE_TOOL, home.toString(), List.of()));
    }

    /** An agent labelled {@link #AGENT_LABEL} whose builds send Claude Code to the fake. */
    static DumbSlave addAgent(final JenkinsRule r, final FakeAnthropic anthropic, final String... moreEnvironment)
            throws Exception {
        EnvVars environment = new EnvVars("ANTHROPIC_BASE_URL", anthropic.baseUrl(),
                "CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC", "1");
        environment.putAll(new EnvVars(moreEnvironment));
        return r.createOnlineSlave(Label.get(AGENT_LABEL), environment);
    }
}
