package io.obra.privacy;

import io.obra.config.LlmSettings;
import io.obra.config.PrivacySettings;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class PrivacyPolicyTest {

    private static final PrivacySettings DEFAULTS = PrivacySettings.defaults();

    private static PrivacyDecision ollamaAt(final String url) {
        return PrivacyPolicy.decide(LlmSettings.of("ollama", "qwen2.5-coder:32b").withBaseUrl(url), DEFAULTS);
    }

    @Test
    void remoteProvidersGetPrivacyModeByDefault() {
        PrivacyDecision openai = PrivacyPolicy.decide(LlmSettings.of("openai", "gpt-4o-2024-11-20"), DEFAULTS);

        assertThat(openai.enabled()).isTrue();
        assertThat(openai.reason()).isEqualTo(
                "privacy mode on: provider openai sends prompts to a remote service (set privacy.enabled to change)");
    }

    @Test
    void anOpenAiCompatibleServerOnAPrivateAddressIsStillTreatedAsRemote() {
        PrivacyDecision d = PrivacyPolicy.decide(
                LlmSettings.of("openai", "llama3").withBaseUrl("http://10.0.0.5:8000/v1"), DEFAULTS);

        assertThat(d.enabled()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:11434", "http://localhost:11434", "http://10.1.2.3:11434",
            "http://172.16.0.1:11434", "http://172.29.144.1:11434", "http://172.31.255.255",
            "http://192.168.1.20:11434", "http://[::1]:11434", "http://[fd12:3456::7]:11434",
            "http://[fc00::1]:11434", "127.0.0.2:11434"})
    void ollamaOnThisMachineOrAPrivateNetworkRunsWithoutPrivacyMode(final String url) {
        PrivacyDecision d = ollamaAt(url);

        assertThat(d.enabled()).as(url).isFalse();
        assertThat(d.reason()).startsWith("privacy mode off: Ollama at ").endsWith(
                " is on this machine or a private network (set privacy.enabled to change)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://gpu-agent:11434", "https://ollama.example.com", "http://8.8.8.8:11434",
            "http://172.32.0.1:11434", "http://172.15.255.1:11434", "http://100.64.0.1:11434",
            "http://[2001:db8::1]:11434", "http://192.169.0.1", "http://localhost.example.com:11434",
            "http://999.1.1.1:11434"})
    void ollamaAnywhereElseIsRemote(final String url) {
        assertThat(ollamaAt(url).enabled()).as(url).isTrue();
    }

    @Test
    void ollamaWithoutABaseUrlIsOnLocalhost() {
        PrivacyDecision d = PrivacyPolicy.decide("ollama", Optional.empty(), DEFAULTS);

        assertThat(d.enabled()).isFalse();
        assertThat(d.reason()).contains("Ollama at localhost");
    }

    @Test
    void theSettingOverridesTheDefaultBothWays() {
        PrivacySettings on = new PrivacySettings(Optional.of(true), List.of(), List.of());
        PrivacySettings off = new PrivacySettings(Optional.of(false), List.of(), List.of());

        assertThat(PrivacyPolicy.decide("ollama", Optional.of("http://127.0.0.1:11434"), on))
                .isEqualTo(new PrivacyDecision(true, "privacy mode on: set by privacy.enabled"));
        assertThat(PrivacyPolicy.decide("openai", Optional.empty(), off))
                .isEqualTo(new PrivacyDecision(false, "privacy mode off: set by privacy.enabled"));
    }

    @Test
    void hostNamesOtherThanLocalhostAreNeverResolved() {
        assertThat(PrivacyPolicy.isLocalHost("localhost")).isTrue();
        assertThat(PrivacyPolicy.isLocalHost("LOCALHOST")).isTrue();
        assertThat(PrivacyPolicy.isLocalHost("my-gpu-box.internal")).isFalse();
        assertThat(PrivacyPolicy.isLocalHost("zz::1")).isFalse();
    }

    @Test
    void aRemoteFallbackOrShadowTurnsPrivacyModeOnForALocalPrimary() {
        LlmSettings local = LlmSettings.of("ollama", "qwen2.5-coder:32b")
                .withBaseUrl("http://192.168.1.20:11434");
        LlmSettings remote = LlmSettings.of("openai", "gpt-4o-2024-11-20");
        PrivacySettings defaults = PrivacySettings.defaults();

        assertThat(PrivacyPolicy.decide(List.of(local), defaults).enabled()).isFalse();
        PrivacyDecision mixed = PrivacyPolicy.decide(List.of(local, remote), defaults);
        assertThat(mixed.enabled()).isTrue();
        assertThat(mixed.reason()).contains("openai");
    }
}
