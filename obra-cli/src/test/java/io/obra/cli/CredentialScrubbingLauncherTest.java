package io.obra.cli;

import io.obra.port.LaunchedProcess;
import io.obra.port.ProcessSpec;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class CredentialScrubbingLauncherTest {

    private final List<ProcessSpec> launched = new ArrayList<>();
    private final CredentialScrubbingLauncher launcher = new CredentialScrubbingLauncher(spec -> {
        launched.add(spec);
        return (LaunchedProcess) null;
    }, EnvironmentSecrets.obraCredentialVariables(List.of("openai", "ollama"), true));

    @Test
    void obrasKeysAreBlankedForEveryProcess() throws Exception {
        launcher.launch(new ProcessSpec(List.of("sh", "-c", "mvn -q test"), Map.of("CI", "true"), "/work", null,
                Set.of()));

        assertThat(launched.get(0).environment()).containsEntry("OPENAI_API_KEY", "")
                .containsEntry("OLLAMA_API_KEY", "").containsEntry("ANTHROPIC_API_KEY", "")
                .containsEntry("CLAUDE_CODE_OAUTH_TOKEN", "").containsEntry("ANTHROPIC_AUTH_TOKEN", "")
                .containsEntry("CI", "true");
        assertThat(launched.get(0).command()).containsExactly("sh", "-c", "mvn -q test");
    }

    @Test
    void aCredentialTheLaunchSetsItselfIsKept() throws Exception {
        launcher.launch(new ProcessSpec(List.of("claude", "-p"), Map.of("ANTHROPIC_API_KEY", "sk-ant-api03-x"), "/work",
                "prompt".getBytes(), Set.of("sk-ant-api03-x")));

        assertThat(launched.get(0).environment()).containsEntry("ANTHROPIC_API_KEY", "sk-ant-api03-x")
                .containsEntry("OPENAI_API_KEY", "");
        assertThat(launched.get(0).secretValues()).containsExactly("sk-ant-api03-x");
        assertThat(new String(launched.get(0).stdin())).isEqualTo("prompt");
    }

    @Test
    void withoutAClaudeCredentialTheGatewayTokenStaysForClaude() {
        assertThat(EnvironmentSecrets.obraCredentialVariables(List.of("openai"), false))
                .doesNotContain("ANTHROPIC_AUTH_TOKEN").contains("ANTHROPIC_API_KEY", "OPENAI_API_KEY");
    }
}
