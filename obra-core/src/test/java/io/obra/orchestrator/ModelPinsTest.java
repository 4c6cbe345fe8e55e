package io.obra.orchestrator;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ModelPinsTest {

    @ParameterizedTest
    @ValueSource(strings = {"gpt-4o", "gpt-4o-mini", "gpt-4.1", "o3-mini", "o1", "o4-mini", "gpt-5", "gpt-5-mini",
            "chatgpt-4o-latest", "gpt-4-turbo", "gpt-3.5-turbo-16k", " GPT-4o "})
    void openAiAliasesAreUnpinned(final String model) {
        assertThat(ModelPins.isOpenAiAlias(model)).isTrue();
        assertThat(ModelPins.openAiWarning(model)).get().asString().contains("'" + model + "' is an alias");
    }

    @ParameterizedTest
    @ValueSource(strings = {"gpt-4o-2024-11-20", "gpt-4o-mini-2024-07-18", "gpt-4.1-2025-04-14",
            "o3-mini-2025-01-31", "gpt-5-2025-08-07", "gpt-4-0613", "gpt-3.5-turbo-0125",
            "ft:gpt-4o-mini-2024-07-18:acme::9abc", "Qwen/Qwen2.5-Coder-32B-Instruct", "my-azure-deployment"})
    void datedSnapshotsAndForeignNamesAreNotFlagged(final String model) {
        assertThat(ModelPins.isOpenAiAlias(model)).isFalse();
        assertThat(ModelPins.openAiWarning(model)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"llama3", "qwen2.5-coder", "llama3:latest", "registry.local:5000/team/judge",
            "hf.co/bartowski/Qwen2.5-Coder-32B-Instruct-GGUF:LATEST"})
    void ollamaNamesWithoutATagOrWithLatestAreUnpinned(final String model) {
        assertThat(ModelPins.isOllamaAlias(model)).isTrue();
        assertThat(ModelPins.ollamaWarning(model)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"qwen2.5-coder:32b", "llama3.1:8b-instruct-q4_K_M",
            "registry.local:5000/team/judge:2026-07", "hf.co/bartowski/Qwen2.5-Coder-32B-Instruct-GGUF:Q4_K_M"})
    void ollamaNamesWithATagArePinned(final String model) {
        assertThat(ModelPins.isOllamaAlias(model)).isFalse();
        assertThat(ModelPins.ollamaWarning(model)).isEmpty();
    }
}
