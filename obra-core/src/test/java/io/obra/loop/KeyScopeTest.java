package io.obra.loop;

import io.obra.config.LlmSettings;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class KeyScopeTest {

    private static final String SOURCE = "Jenkins credential 'openai-key'";

    @Test
    void keyGoesWithTheProviderAndEndpointItWasConfiguredFor() {
        KeyScope scope = new KeyScope(SOURCE, "openai", Optional.empty());

        assertThat(scope.withheldFrom(LlmSettings.of("openai", "gpt-4o-2024-11-20"))).isEmpty();
    }

    @Test
    void trailingSlashAndCaseOfTheUrlDoNotMatter() {
        KeyScope scope = new KeyScope(SOURCE, "OpenAI", Optional.of("https://Proxy.example.com/v1/"));

        assertThat(scope.withheldFrom(LlmSettings.of("openai", "m").withBaseUrl("https://proxy.example.com/v1")))
                .isEmpty();
    }

    @Test
    void keyIsWithheldWhenAnotherLayerRedirectsTheEndpoint() {
        KeyScope scope = new KeyScope(SOURCE, "openai", Optional.empty());

        Optional<String> reason = scope.withheldFrom(
                LlmSettings.of("openai", "m").withBaseUrl("https://attacker.example/v1"));

        assertThat(reason).get().asString()
                .contains("Jenkins credential 'openai-key'")
                .contains("openai orchestrator at its default endpoint")
                .contains("at https://attacker.example/v1")
                .contains("not sent there");
    }

    @Test
    void keyIsWithheldWhenAnotherLayerSwitchesTheProvider() {
        KeyScope scope = new KeyScope(SOURCE, "openai", Optional.empty());

        assertThat(scope.withheldFrom(LlmSettings.of("ollama", "qwen2.5-coder:32b")
                .withBaseUrl("http://172.29.144.1:11434"))).get().asString()
                .contains("uses the ollama orchestrator at http://172.29.144.1:11434");
    }

    @Test
    void blankBaseUrlMeansTheDefaultEndpoint() {
        KeyScope scope = new KeyScope(SOURCE, "openai", Optional.of("  "));

        assertThat(scope.withheldFrom(LlmSettings.of("openai", "m"))).isEmpty();
        assertThat(scope.withheldFrom(LlmSettings.of("openai", "m").withBaseUrl(" "))).isEmpty();
    }
}
