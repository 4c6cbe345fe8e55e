package io.obra.config;

import io.obra.privacy.Secret;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** {@code ${NAME}} and {@code ${NAME:-default}} in any string of any layer. */
class InterpolationTest {

    private static final ConfigSource FLAGS = ConfigSource.of("flags",
            Map.of("orchestrator", Map.of("llm", Map.of("provider", "openai", "model", "gpt-4o-2024-11-20"))));

    private static ObraConfig load(final Map<String, String> environment, final String yaml) throws ConfigException {
        return new ConfigLoader(environment).load(List.of(ConfigSource.yaml(".obra.yml", yaml), FLAGS));
    }

    @Test
    void variablesAreReplacedInAnyString() throws ConfigException {
        ObraConfig config = load(Map.of("GOAL", "verify", "TOOL", "mvn:*", "MODEL", "opus"), """
                gate: {verify_command: "mvn -q ${GOAL}"}
                agent: {allowed_tools: ["Bash(${TOOL})"], model: "${MODEL}", env: {PHASE: "${GOAL}-1"}}
                """);

        assertThat(config.gate().verifyCommand()).contains("mvn -q verify");
        assertThat(config.agent().allowedTools()).containsExactly("Bash(mvn:*)");
        assertThat(config.agent().model()).contains("opus");
        assertThat(config.agent().environment()).containsEntry("PHASE", "verify-1");
    }

    @Test
    void defaultsApplyWhenTheVariableIsUnsetOrEmpty() throws ConfigException {
        String yaml = "orchestrator: {llm: {base_url: \"${OLLAMA_URL:-http://localhost:11434}\"}}\n";

        assertThat(load(Map.of(), yaml).orchestrator().llm().baseUrl()).contains("http://localhost:11434");
        assertThat(load(Map.of("OLLAMA_URL", ""), yaml).orchestrator().llm().baseUrl()).contains("http://localhost:11434");
        assertThat(load(Map.of("OLLAMA_URL", "http://gpu:11434"), yaml).orchestrator().llm().baseUrl())
                .contains("http://gpu:11434");
    }

    @Test
    void anEmptyDefaultLeavesAnOptionalValueUnset() throws ConfigException {
        ObraConfig config = load(Map.of(), "gate: {verify_command: \"${VERIFY:-}\"}\n");

        assertThat(config.gate().verifyCommand()).isEmpty();
    }

    @Test
    void numbersBooleansAndDurationsMayComeFromTheEnvironment() throws ConfigException {
        ObraConfig config = load(Map.of("MIN_Q", "85", "PRIVACY", "false", "LIMIT", "90s"), """
                gate: {min_quality: "${MIN_Q}", verify_timeout: "${LIMIT}"}
                privacy: {enabled: "${PRIVACY}"}
                """);

        assertThat(config.gate().minQuality()).isEqualTo(85);
        assertThat(config.gate().verifyTimeout()).hasSeconds(90);
        assertThat(config.privacy().enabled()).contains(false);
    }

    @Test
    void dollarDollarBraceIsALiteral() throws ConfigException {
        ObraConfig config = load(Map.of("HOME", "/root"), "gate: {verify_command: \"echo $${HOME} $HOME ${HOME}\"}\n");

        assertThat(config.gate().verifyCommand()).contains("echo ${HOME} $HOME /root");
    }

    @Test
    void anUnsetVariableNamesPathAndVariable() throws ConfigException {
        ConfigException e = catchThrowableOfType(ConfigException.class,
                () -> load(Map.of(), "orchestrator: {llm: {api_key: \"${OPENAI_API_KEY}\"}}\n"));

        assertThat(e.getMessage())
                .isEqualTo(".obra.yml: orchestrator.llm.api_key: environment variable OPENAI_API_KEY is not set");
        assertThat(e.path()).isEqualTo("orchestrator.llm.api_key");
    }

    @Test
    void aKeyFromTheEnvironmentNamesTheVariableAsItsSource() throws ConfigException {
        LlmSettings llm = load(Map.of("OPENAI_API_KEY", "sk-env-test-key"),
                "orchestrator: {llm: {api_key: \"${OPENAI_API_KEY}\"}}\n").orchestrator().llm();

        assertThat(llm.apiKey()).contains(new Secret("environment variable OPENAI_API_KEY", "sk-env-test-key"));
        assertThat(llm.apiKey().orElseThrow()).hasToString("Secret[environment variable OPENAI_API_KEY]");
    }

    @Test
    void aLiteralKeyIsAcceptedWithAWarning() throws ConfigException {
        LoadedConfig loaded = new ConfigLoader(Map.of()).loadWithWarnings(List.of(ConfigSource.yaml(".obra.yml",
                "orchestrator: {llm: {api_key: sk-literal-test-key}}\n"), FLAGS));

        assertThat(loaded.config().orchestrator().llm().apiKey())
                .contains(new Secret(".obra.yml orchestrator.llm.api_key", "sk-literal-test-key"));
        assertThat(loaded.warnings()).containsExactly(".obra.yml: orchestrator.llm.api_key: the key is written"
                + " literally here; write ${OPENAI_API_KEY} and set the variable (or use a Jenkins credential) so that"
                + " it stays out of version control");
    }

    @Test
    void warningsOfAFileAreAvailableForValidateConfig() throws ConfigException {
        ConfigSource file = ConfigSource.yaml(".obra.yml",
                "orchestrator: {llm: {provider: ollama, api_key: literal-ollama-token}}\n");

        List<String> warnings = new ConfigLoader(Map.of()).warnings(file);

        assertThat(warnings).singleElement().asString().startsWith(".obra.yml: orchestrator.llm.api_key: the key is"
                + " written literally here; write ${OLLAMA_API_KEY}");
    }

    @Test
    void aPartlyLiteralKeyNamesTheFileAsItsSource() throws ConfigException {
        LlmSettings llm = load(Map.of("KEY_TAIL", "abc123"),
                "orchestrator: {llm: {api_key: \"sk-${KEY_TAIL}\"}}\n").orchestrator().llm();

        assertThat(llm.apiKey().orElseThrow().source()).isEqualTo(".obra.yml orchestrator.llm.api_key");
        assertThat(llm.apiKey().orElseThrow().reveal()).isEqualTo("sk-abc123");
    }
}
