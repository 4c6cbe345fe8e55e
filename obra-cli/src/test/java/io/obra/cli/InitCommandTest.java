package io.obra.cli;

import io.obra.config.ConfigLoader;
import io.obra.config.ConfigSource;
import io.obra.config.ObraConfig;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class InitCommandTest {

    private final ConfigLoader loader = new ConfigLoader(Map.of());

    @Test
    void bothTemplatesValidateAndLoadWithTheirDefaults() throws Exception {
        ObraConfig openai = loader.load(List.of(ConfigSource.yaml(".obra.yml",
                InitCommand.render(InitCommand.Provider.OPENAI, null, null))));
        ObraConfig ollama = loader.load(List.of(ConfigSource.yaml(".obra.yml",
                InitCommand.render(InitCommand.Provider.OLLAMA, null, null))));

        assertThat(openai.orchestrator().llm().model()).isEqualTo("gpt-4o-2024-11-20");
        assertThat(openai.orchestrator().llm().fallbackModels()).containsExactly("gpt-4o-mini-2024-07-18");
        assertThat(openai.orchestrator().llm().baseUrl()).isEmpty();
        assertThat(openai.orchestrator().llm().apiKey()).isEmpty();
        assertThat(ollama.orchestrator().llm().provider()).isEqualTo("ollama");
        assertThat(ollama.orchestrator().llm().baseUrl()).contains("http://localhost:11434");
        assertThat(ollama.orchestrator().llm().numCtx()).contains(32768);
        assertThat(ollama.gate().minQuality()).isEqualTo(80);
    }

    @Test
    void modelAndEndpointOptionsAreFilledIn() throws Exception {
        ObraConfig config = loader.load(List.of(ConfigSource.yaml(".obra.yml", InitCommand.render(
                InitCommand.Provider.OPENAI, "gpt-4.1-2025-04-14", "https://llm-gateway.example.com/v1"))));

        assertThat(config.orchestrator().llm().model()).isEqualTo("gpt-4.1-2025-04-14");
        assertThat(config.orchestrator().llm().fallbackModels()).isEmpty();
        assertThat(config.orchestrator().llm().baseUrl()).contains("https://llm-gateway.example.com/v1");
    }

    @Test
    void unusualModelNamesAreQuotedSoYamlReadsThemBack() throws Exception {
        String model = "team: model #1 \"x\"";
        ObraConfig config = loader.load(List.of(ConfigSource.yaml(".obra.yml",
                InitCommand.render(InitCommand.Provider.OLLAMA, model, null))));

        assertThat(config.orchestrator().llm().model()).isEqualTo(model);
        assertThat(InitCommand.quoted("qwen2.5-coder:32b")).isEqualTo("qwen2.5-coder:32b");
    }
}
