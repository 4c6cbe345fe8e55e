package io.obra.cli;

import io.obra.privacy.Secret;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class EnvironmentSecretsTest {

    @Test
    void credentialLikeVariablesAreSecretsNamedByTheirVariable() {
        CliEnvironment env = Flags.environment(Path.of("/tmp"), Map.of("OPENAI_API_KEY", "sk-0123456789",
                "GITHUB_TOKEN", "ghp_0123456789abcdef", "DB_PASSWORD", "hunter2hunter2", "PATH", "/usr/bin:/bin",
                "TOKENIZERS_PARALLELISM", "false", "SHORT_TOKEN", "abc", "FEATURE_SECRET", "true"));

        assertThat(EnvironmentSecrets.all(env)).extracting(Secret::source).containsExactly(
                "environment variable DB_PASSWORD", "environment variable GITHUB_TOKEN",
                "environment variable OPENAI_API_KEY");
    }

    @Test
    void providerVariables() {
        assertThat(EnvironmentSecrets.keyVariable("openai")).isEqualTo("OPENAI_API_KEY");
        assertThat(EnvironmentSecrets.keyVariable("ollama")).isEqualTo("OLLAMA_API_KEY");
        assertThat(EnvironmentLayer.baseUrlVariable("ollama")).isEqualTo("OBRA_OLLAMA_BASE_URL");
        assertThat(EnvironmentLayer.baseUrlVariable("azure-openai")).isEqualTo("OBRA_AZURE_OPENAI_BASE_URL");
    }
}
