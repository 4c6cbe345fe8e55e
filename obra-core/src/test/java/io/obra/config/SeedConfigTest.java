package io.obra.config;

import io.obra.testing.Seeds;

import io.obra.privacy.Secret;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The two {@code .obra.yml} shapes users already have load as they are. */
class SeedConfigTest {



    @Test
    void openAiSeedLoadsAsIs() throws ConfigException {
        ConfigLoader loader = new ConfigLoader(Map.of("OPENAI_API_KEY", "sk-test-seed-key"));

        LoadedConfig loaded = loader.loadWithWarnings(List.of(ConfigSource.yaml(".obra.yml", Seeds.OPENAI)));
        ObraConfig config = loaded.config();

        LlmSettings llm = config.orchestrator().llm();
        assertThat(llm.provider()).isEqualTo("openai");
        assertThat(llm.model()).isEqualTo("gpt-4o-2024-11-20");
        assertThat(llm.fallbackModels()).containsExactly("gpt-4o-mini-2024-07-18");
        assertThat(llm.apiKey()).contains(new Secret("environment variable OPENAI_API_KEY", "sk-test-seed-key"));
        assertThat(llm.baseUrl()).contains("http://172.29.144.1:11434");
        assertSharedSeedSections(config);
        assertThat(loaded.warnings()).isEmpty();
    }

    @Test
    void ollamaSeedLoadsAsIsWithoutKey() throws ConfigException {
        ObraConfig config = new ConfigLoader(Map.of()).load(List.of(ConfigSource.yaml(".obra.yml", Seeds.OLLAMA)));

        LlmSettings llm = config.orchestrator().llm();
        assertThat(llm.provider()).isEqualTo("ollama");
        assertThat(llm.model()).isEqualTo("qwen2.5-coder:32b");
        assertThat(llm.apiKey()).isEmpty();
        assertThat(llm.fallbackModels()).isEmpty();
        assertThat(llm.baseUrl()).contains("http://172.29.144.1:11434");
        assertSharedSeedSections(config);
    }

    @Test
    void seedsValidateWithoutProblems() throws ConfigException {
        ConfigLoader loader = new ConfigLoader(Map.of("OPENAI_API_KEY", "sk-test-seed-key"));

        assertThat(loader.validate(ConfigSource.yaml(".obra.yml", Seeds.OPENAI))).isEmpty();
        assertThat(loader.validate(ConfigSource.yaml(".obra.yml", Seeds.OLLAMA))).isEmpty();
    }

    @Test
    void openAiSeedWithoutTheVariableNamesIt() throws ConfigException {
        ConfigSource seed = ConfigSource.yaml(".obra.yml", Seeds.OPENAI);

        assertThat(new ConfigLoader(Map.of()).validate(seed)).containsExactly(
                ".obra.yml: orchestrator.llm.api_key: environment variable OPENAI_API_KEY is not set");
    }

    private static void assertSharedSeedSections(final ObraConfig config) {
        assertThat(config.agent().type()).isEqualTo("claude_code_local");
        assertThat(config.agent().model()).contains("sonnet");
        assertThat(config.agent().maxTurns()).isEqualTo(30);
        assertThat(config.gate()).isEqualTo(new GateSettings(80, 0.6, OnFail.FAILURE, 3, Optional.of("mvn -q test"),
                Duration.ofMinutes(30)));
        assertThat(config.budget()).isEqualTo(new BudgetSettings(Optional.of(2.0), Optional.of(200.0), 0.8));
        assertThat(config.privacy()).isEqualTo(new PrivacySettings(Optional.of(true), List.of("**/.env", "secrets/**"),
                List.of()));
        assertThat(config.rubric()).isEqualTo(RubricSettings.defaults());
        assertThat(config.context()).isEqualTo(ContextSettings.defaults());
        assertThat(config.pricing()).isEqualTo(PricingSettings.defaults());
    }
}
