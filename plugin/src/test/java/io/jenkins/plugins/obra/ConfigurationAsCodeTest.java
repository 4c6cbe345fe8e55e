package io.jenkins.plugins.obra;

import hudson.tools.InstallSourceProperty;
import io.jenkins.plugins.casc.misc.junit.jupiter.AbstractRoundTripTest;
import io.jenkins.plugins.obra.config.ObraGlobalConfiguration;
import io.jenkins.plugins.obra.config.PrivacyMode;
import io.jenkins.plugins.obra.orchestrator.OpenAiOrchestrator;
import io.jenkins.plugins.obra.tools.ClaudeCodeInstallation;
import io.jenkins.plugins.obra.tools.ClaudeCodeInstaller;
import org.jvnet.hudson.test.JenkinsRule;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * JCasC: {@code unclassified: obra:} and {@code tool: claudeCode:} configure Obra, survive the web UI's
 * apply and a restart (configuration-as-code's round-trip harness), and become the lowest configuration
 * layer of every run.
 */
class ConfigurationAsCodeTest extends AbstractRoundTripTest {

    @Override
    protected void assertConfiguredAsExpected(final JenkinsRule j, final String configContent) {
        ObraGlobalConfiguration obra = ObraGlobalConfiguration.get();
        assertThat(obra.getOrchestrator()).isInstanceOf(OpenAiOrchestrator.class);
        OpenAiOrchestrator openai = (OpenAiOrchestrator) obra.getOrchestrator();
        assertThat(openai.getCredentialsId()).isEqualTo("openai-key");
        assertThat(openai.getModel()).isEqualTo("gpt-4o-2024-11-20");
        assertThat(openai.getFallbackModels()).containsExactly("gpt-4o-mini-2024-07-18");
        assertThat(obra.getClaudeCredentialsId()).isEqualTo("anthropic-casc");
        assertThat(obra.getMonthlyBudgetUsd()).isEqualTo(200.0);
        assertThat(obra.getBudgetAlertAt()).isEqualTo(0.75);
        assertThat(obra.getPrivacyMode()).isEqualTo(PrivacyMode.ALWAYS);
        assertThat(obra.getPrices()).singleElement().satisfies(price -> {
            assertThat(price.getModel()).isEqualTo("gpt-4o-2024-11-20");
            assertThat(price.getInput()).isEqualTo(2.5);
            assertThat(price.getCachedInput()).isEqualTo(1.25);
            assertThat(price.getOutput()).isEqualTo(10.0);
        });
        assertThat(obra.toConfigLayer()).containsEntry("budget", Map.of("monthly_usd", 200.0, "alert_at", 0.75));

        List<ClaudeCodeInstallation> tools = j.jenkins.getDescriptorByType(ClaudeCodeInstallation.DescriptorImpl.class)
                .installations();
        assertThat(tools).singleElement().satisfies(tool -> {
            assertThat(tool.getName()).isEqualTo("claude");
            InstallSourceProperty source = tool.getProperties().get(InstallSourceProperty.class);
            assertThat(source.installers.get(ClaudeCodeInstaller.class).getVersion()).isEqualTo("2.1.197");
        });
    }

    @Override
    protected String stringInLogExpected() {
        return "claudeCredentialsId = anthropic-casc";
    }
}
