package io.obra.config;

import io.obra.privacy.Secret;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** A recognisable fake key never shows in a problem, a warning, an exception or a toString. */
class SecretLeakTest {

    private static final String KEY = "sk-FAKE-0123456789-do-not-print";
    private static final ConfigLoader LOADER = new ConfigLoader(Map.of("OPENAI_API_KEY", KEY, "SECRET_NUMBER", KEY));

    @ParameterizedTest
    @ValueSource(strings = {
        "orchestrator: {llm: {api_key: [" + KEY + "]}}",          // a list where a string belongs
        "orchestrator: {llm: {api_key: {" + KEY + ": 1}}}",        // a map
        "orchestrator:\n  llm:\n    api_key: " + KEY + ": oops\n", // malformed YAML on the key's line
        "orchestrator:\n  llm:\n    api_key: \"" + KEY + "\n",     // unterminated quote
        "orchestrator: {llm: {api_key: " + KEY + ", api_key: " + KEY + "}}", // duplicate key
        "gate: {min_quality: \"${OPENAI_API_KEY}\"}",               // the key's variable in a number field
        "gate: {on_fail: \"${SECRET_NUMBER}\"}",                    // ... in a choice
        "orchestrator: {llm: {base_url: \"${OPENAI_API_KEY}\"}}",  // ... in a URL
        "agent: {stall_timeout: \"x${OPENAI_API_KEY}\"}",          // ... in a duration
        "orchestrator: {llm: {provider: \"${OPENAI_API_KEY}\"}}",  // ... as the provider
        "orchestrator: {llm: {api_key: \"${" + KEY + "}\"}}",       // the key typed in as a variable name
        "orchestrator: {llm: {api_key: \"x${" + KEY + "\"}}",       // ... unterminated
    })
    void problemsNeverQuoteTheKey(final String yaml) {
        List<String> messages = new ArrayList<>();
        try {
            ConfigSource source = ConfigSource.yaml(".obra.yml", yaml);
            messages.add(source.toString());
            messages.addAll(LOADER.validate(source));
            ConfigException e = catchThrowableOfType(ConfigException.class, () -> LOADER.load(List.of(source)));
            messages.add(e.getMessage());
            messages.add(e.toString());
        } catch (ConfigException e) {
            messages.add(e.getMessage());
            messages.add(e.toString());
        }

        assertThat(messages).isNotEmpty().noneMatch(message -> message.contains(KEY))
                .noneMatch(message -> message.contains("0123456789"));
    }

    @Test
    void aLoadedConfigurationPrintsTheKeysSourceOnly() throws ConfigException {
        ConfigSource file = ConfigSource.yaml(".obra.yml", """
                orchestrator:
                  llm: {provider: openai, model: gpt-4o-2024-11-20, api_key: "${OPENAI_API_KEY}"}
                  fallback: {provider: openai, model: gpt-4o-mini-2024-07-18, api_key: %s}
                """.formatted(KEY));

        LoadedConfig loaded = LOADER.loadWithWarnings(List.of(file));

        assertThat(loaded.config().orchestrator().llm().apiKey().orElseThrow().reveal()).isEqualTo(KEY);
        assertThat(loaded.toString()).doesNotContain(KEY).contains("Secret[environment variable OPENAI_API_KEY]");
        assertThat(loaded.warnings()).isNotEmpty().noneMatch(warning -> warning.contains(KEY));
        assertThat(file.toString()).doesNotContain(KEY);
    }

    @Test
    void aSecretHandedInIsNotQuotedWhenMisplaced() {
        ConfigSource step = ConfigSource.of("step parameters",
                Map.of("gate", Map.of("verify_command", new Secret("Jenkins credential 'x'", KEY))));

        List<String> problems = LOADER.validate(step);

        assertThat(problems).containsExactly("step parameters: gate.verify_command: expected a string, got a secret");
    }
}
