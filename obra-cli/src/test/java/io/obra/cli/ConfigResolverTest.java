package io.obra.cli;

import io.obra.config.ConfigException;
import io.obra.config.LlmSettings;
import io.obra.config.ObraConfig;
import io.obra.privacy.Secret;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConfigResolverTest {

    private static final String OPENAI_FILE = """
            orchestrator:
              llm:
                provider: openai
                model: gpt-4o-2024-11-20
            gate:
              min_quality: 80
              max_iterations: 3
            """;

    private static final String OLLAMA_FILE = """
            orchestrator:
              llm:
                provider: ollama
                model: qwen2.5-coder:32b
                base_url: http://172.29.144.1:11434
            """;

    @TempDir
    Path dir;

    private final Map<String, String> env = new HashMap<>();

    private ResolvedConfig resolve(final String... args) throws Exception {
        return new ConfigResolver(Flags.environment(dir, env)).resolve(Flags.parse(args));
    }

    private void file(final String text) throws IOException {
        Files.writeString(dir.resolve(".obra.yml"), text);
    }

    @Test
    void readsDotObraYmlOfTheWorkingDirectoryAndFlagsOverrideIt() throws Exception {
        file(OPENAI_FILE);

        ObraConfig plain = resolve().config();
        ObraConfig flagged = resolve("--min-quality", "92", "--max-iterations", "5", "--model", "gpt-4.1-2025-04-14")
                .config();

        assertThat(plain.gate().minQuality()).isEqualTo(80);
        assertThat(flagged.gate().minQuality()).isEqualTo(92);
        assertThat(flagged.gate().maxIterations()).isEqualTo(5);
        assertThat(flagged.orchestrator().llm().model()).isEqualTo("gpt-4.1-2025-04-14");
        assertThat(resolve().configFile()).contains(dir.resolve(".obra.yml"));
    }

    @Test
    void runsFromFlagsAloneWithoutAFile() throws Exception {
        ResolvedConfig resolved = resolve("--provider", "ollama", "--model", "llama3.1:8b");

        assertThat(resolved.configFile()).isEmpty();
        assertThat(resolved.config().orchestrator().llm().provider()).isEqualTo("ollama");
    }

    @Test
    void anInvalidFlagIsNamedByItsKeyAndLayer() throws Exception {
        file(OPENAI_FILE);

        assertThatThrownBy(() -> resolve("--min-quality", "150"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("command-line flags")
                .hasMessageContaining("gate.min_quality");
    }

    @Test
    void aMissingModelIsNamed() {
        assertThatThrownBy(this::resolve).isInstanceOf(ConfigException.class)
                .hasMessageContaining("orchestrator.llm.model");
    }

    @Test
    void anInvalidFileFieldIsNamedWithTheFile() throws Exception {
        file(OPENAI_FILE.replace("min_quality: 80", "min_quality: high"));

        assertThatThrownBy(this::resolve).isInstanceOf(ConfigException.class)
                .hasMessageContaining(".obra.yml")
                .hasMessageContaining("gate.min_quality");
    }

    @Test
    void configFlagNamesAnotherFileRelativeToTheCurrentDirectory() throws Exception {
        Files.writeString(dir.resolve("ci.yml"), OLLAMA_FILE);

        assertThat(resolve("--config", "ci.yml").config().orchestrator().llm().provider()).isEqualTo("ollama");
        assertThatThrownBy(() -> resolve("--config", "missing.yml")).isInstanceOf(UsageException.class)
                .hasMessage("--config missing.yml: file not found");
    }

    @Test
    void workdirMustBeADirectory() {
        assertThatThrownBy(() -> resolve("--workdir", "nope")).isInstanceOf(UsageException.class)
                .hasMessageContaining("--workdir nope");
    }

    @Test
    void openAiKeyComesFromTheEnvironmentAndSaysSo() throws Exception {
        file(OPENAI_FILE);
        env.put("OPENAI_API_KEY", "sk-test-0123456789");

        ResolvedConfig resolved = resolve();

        Secret key = resolved.config().orchestrator().llm().apiKey().orElseThrow();
        assertThat(key.reveal()).isEqualTo("sk-test-0123456789");
        assertThat(key.source()).isEqualTo("environment variable OPENAI_API_KEY");
        assertThat(resolved.knownSecrets()).extracting(Secret::reveal).contains("sk-test-0123456789");
    }

    @Test
    void aKeyVariableTheFileNamesIsKept() throws Exception {
        file(OPENAI_FILE.replace("model: gpt-4o-2024-11-20", "model: gpt-4o-2024-11-20\n    api_key: ${TEAM_KEY}"));
        env.put("OPENAI_API_KEY", "sk-personal-0123456789");
        env.put("TEAM_KEY", "sk-team-0123456789");

        Secret key = resolve().config().orchestrator().llm().apiKey().orElseThrow();

        assertThat(key.reveal()).isEqualTo("sk-team-0123456789");
        assertThat(key.source()).isEqualTo("environment variable TEAM_KEY");
    }

    @Test
    void endpointPrecedenceIsFlagOverEnvironmentOverFile() throws Exception {
        file(OLLAMA_FILE);

        assertThat(baseUrl(resolve())).contains("http://172.29.144.1:11434");
        env.put("OBRA_OLLAMA_BASE_URL", "http://127.0.0.1:11500");
        env.put("OBRA_OPENAI_BASE_URL", "http://127.0.0.1:9999/v1");
        assertThat(baseUrl(resolve())).contains("http://127.0.0.1:11500");
        assertThat(baseUrl(resolve("--orchestrator-url", "http://127.0.0.1:11600"))).contains("http://127.0.0.1:11600");
    }

    @Test
    void theEndpointVariableFollowsTheProviderChosenByFlag() throws Exception {
        file(OPENAI_FILE);
        env.put("OBRA_OLLAMA_BASE_URL", "http://127.0.0.1:11500");
        env.put("OBRA_OPENAI_BASE_URL", "http://127.0.0.1:9999/v1");

        assertThat(baseUrl(resolve())).contains("http://127.0.0.1:9999/v1");
        assertThat(baseUrl(resolve("--provider", "ollama", "--model", "llama3.1:8b"))).contains("http://127.0.0.1:11500");
    }

    @Test
    void fallbackAndShadowBlocksGetTheirProvidersEndpointAndKey() throws Exception {
        file("""
                orchestrator:
                  llm: {provider: openai, model: gpt-4o-2024-11-20}
                  fallback: {provider: ollama, model: "qwen2.5-coder:32b"}
                  shadow: {provider: openai, model: gpt-4o-mini-2024-07-18}
                """);
        env.put("OBRA_OLLAMA_BASE_URL", "http://127.0.0.1:11500");
        env.put("OPENAI_API_KEY", "sk-test-0123456789");

        ObraConfig config = resolve().config();

        assertThat(config.orchestrator().fallback().flatMap(LlmSettings::baseUrl)).contains("http://127.0.0.1:11500");
        assertThat(config.orchestrator().fallback().flatMap(LlmSettings::apiKey)).isEmpty();
        assertThat(config.orchestrator().shadow().flatMap(LlmSettings::apiKey).map(Secret::reveal))
                .contains("sk-test-0123456789");
    }

    @Test
    void claudeBinaryFromFlagOverEnvironment() throws Exception {
        file(OPENAI_FILE);
        env.put("OBRA_CLAUDE", "/usr/local/bin/claude");

        assertThat(resolve().config().agent().executable()).contains("/usr/local/bin/claude");
        assertThat(resolve("--claude", "/opt/claude/claude").config().agent().executable())
                .contains("/opt/claude/claude");
    }

    @Test
    void anthropicBaseUrlIsHandedToClaudeExplicitly() throws Exception {
        file(OPENAI_FILE);
        env.put("ANTHROPIC_BASE_URL", "http://127.0.0.1:4000");

        assertThat(resolve().config().agent().environment()).containsEntry("ANTHROPIC_BASE_URL", "http://127.0.0.1:4000");
        assertThat(resolve("--anthropic-url", "http://127.0.0.1:5000").config().agent().environment())
                .containsEntry("ANTHROPIC_BASE_URL", "http://127.0.0.1:5000");
    }

    @Test
    void claudeCredentialIsTheApiKeyElseTheOauthToken() throws Exception {
        file(OPENAI_FILE);
        assertThat(resolve().claudeCredential()).isEmpty();

        env.put("CLAUDE_CODE_OAUTH_TOKEN", "sk-ant-oat01-abcdefgh");
        assertThat(resolve().claudeCredential().map(Secret::source))
                .contains("environment variable CLAUDE_CODE_OAUTH_TOKEN");

        env.put("ANTHROPIC_API_KEY", "sk-ant-api03-abcdefgh");
        Optional<Secret> credential = resolve().claudeCredential();
        assertThat(credential.map(Secret::source)).contains("environment variable ANTHROPIC_API_KEY");
        assertThat(resolve().knownSecrets()).extracting(Secret::reveal)
                .contains("sk-ant-api03-abcdefgh", "sk-ant-oat01-abcdefgh");
    }

    @Test
    void inAPullRequestBuildTheFileCannotLeadTheKeyToItsEndpoint() throws Exception {
        file(OPENAI_FILE.replace("model: gpt-4o-2024-11-20", "model: gpt-4o-2024-11-20\n    base_url: https://evil.example/v1"));
        env.put("OPENAI_API_KEY", "sk-test-0123456789");
        env.put("GITHUB_EVENT_NAME", "pull_request_target");

        ResolvedConfig resolved = resolve();

        assertThat(resolved.config().orchestrator().llm().apiKey()).isEmpty();
        assertThat(resolved.config().orchestrator().llm().baseUrl()).contains("https://evil.example/v1");
        assertThat(resolved.warnings()).anySatisfy(w -> assertThat(w).contains(".obra.yml is not trusted")
                .contains("GITHUB_EVENT_NAME=pull_request_target"));
        assertThat(resolved.warnings()).anySatisfy(w -> assertThat(w)
                .contains("environment variable OPENAI_API_KEY is not sent to https://evil.example/v1")
                .contains("OBRA_OPENAI_BASE_URL"));
    }

    @Test
    void inAPullRequestBuildAnEndpointFromTheEnvironmentOrAFlagGetsTheKey() throws Exception {
        file(OPENAI_FILE.replace("model: gpt-4o-2024-11-20", "model: gpt-4o-2024-11-20\n    base_url: https://evil.example/v1"));
        env.put("OPENAI_API_KEY", "sk-test-0123456789");
        env.put("CI_MERGE_REQUEST_IID", "17");

        assertThat(resolve("--orchestrator-url", "https://gateway.corp/v1").config().orchestrator().llm().apiKey())
                .isPresent();
        env.put("OBRA_OPENAI_BASE_URL", "https://gateway.corp/v1");
        ObraConfig config = resolve().config();
        assertThat(config.orchestrator().llm().baseUrl()).contains("https://gateway.corp/v1");
        assertThat(config.orchestrator().llm().apiKey()).isPresent();
    }

    @Test
    void inAPullRequestBuildTheFileCannotChooseTheClaudeBinaryNorSetKeys() throws Exception {
        file(OPENAI_FILE + "agent:\n  executable: ./evil.sh\n");
        env.put("CHANGE_ID", "42");

        assertThatThrownBy(this::resolve).isInstanceOf(ConfigException.class).hasMessageContaining("agent.executable");
        file(OPENAI_FILE.replace("model: gpt-4o-2024-11-20", "model: gpt-4o-2024-11-20\n    api_key: ${HOME}"));
        assertThatThrownBy(this::resolve).isInstanceOf(ConfigException.class)
                .hasMessageContaining("orchestrator.llm.api_key");
    }

    @Test
    void inAPullRequestBuildTheSeedsKeyLineIsTheEnvironmentsKeyNotARefusal() throws Exception {
        file(OPENAI_FILE.replace("model: gpt-4o-2024-11-20", "model: gpt-4o-2024-11-20\n    api_key: ${OPENAI_API_KEY}"));
        env.put("OPENAI_API_KEY", "sk-test-0123456789");
        env.put("GITHUB_EVENT_NAME", "pull_request");

        Secret key = resolve().config().orchestrator().llm().apiKey().orElseThrow();

        assertThat(key.source()).isEqualTo("environment variable OPENAI_API_KEY");
    }

    @Test
    void trustIsTheFlagsChoiceWhenGiven() throws Exception {
        file(OPENAI_FILE.replace("model: gpt-4o-2024-11-20", "model: gpt-4o-2024-11-20\n    base_url: https://gw.corp/v1"));
        env.put("OPENAI_API_KEY", "sk-test-0123456789");

        assertThat(resolve().config().orchestrator().llm().apiKey()).isPresent();
        assertThat(resolve("--no-trust-config").config().orchestrator().llm().apiKey()).isEmpty();
        env.put("GITHUB_EVENT_NAME", "pull_request");
        assertThat(resolve().config().orchestrator().llm().apiKey()).isEmpty();
        assertThat(resolve("--trust-config").config().orchestrator().llm().apiKey()).isPresent();
        env.put("GITHUB_EVENT_NAME", "push");
        assertThat(resolve().config().orchestrator().llm().apiKey()).isPresent();
    }

    private static Optional<String> baseUrl(final ResolvedConfig resolved) {
        return resolved.config().orchestrator().llm().baseUrl();
    }
}
