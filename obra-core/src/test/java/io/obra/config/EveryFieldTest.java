package io.obra.config;

import io.obra.config.PricingSettings.ModelPrice;
import io.obra.config.RubricSettings.CriterionSettings;
import io.obra.privacy.Secret;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Every key of {@code .obra.yml} reaches its record field; absent keys give the defaults. */
class EveryFieldTest {

    private static final String EVERY_KEY = """
            orchestrator:
              llm:
                provider: OpenAI
                model: gpt-4o-2024-11-20
                fallback_models: [gpt-4o-mini-2024-07-18, gpt-4.1-mini-2025-04-14]
                api_key: ${AZURE_KEY}
                base_url: https://example.openai.azure.com/openai/deployments/gpt4o
                api_version: 2024-10-21
                temperature: 0.2
                reasoning_effort: High
                max_output_tokens: 4096
                num_ctx: 32768
                keep_alive: 300
                options: {seed: 7, stop: ["\\n\\n"], nested: {top_k: 40, on: true}}
                retry:
                  max_attempts: 6
                  initial_backoff: 250ms
                  max_backoff: 1m
                  deadline: 15m
                  connect_timeout: 5
                  read_timeout: 1h30m
              fallback:
                provider: ollama
                model: qwen2.5-coder:32b
                base_url: http://gpu-agent:11434
                keep_alive: 10m
                num_ctx: 16384
              shadow:
                provider: ollama
                model: llama3.3:70b
                retry: {max_attempts: 1}
              optimize_prompt: true
              samples: 3
            agent:
              type: claude_code_local
              executable: /opt/claude/bin/claude
              model: sonnet
              fallback_model: haiku
              max_turns: 12
              allowed_tools: ["Bash(mvn:*)", Edit]
              disallowed_tools: WebFetch
              permission_mode: acceptedits
              append_system_prompt: Keep changes small.
              mcp_config: .mcp.json
              settings_file: .claude/ci-settings.json
              env: {CLAUDE_CODE_USE_BEDROCK: 1, DEBUG: false, REGION: eu-west-1}
              max_retries: 0
              stall_timeout: 2m
              timeout: 45m
            gate:
              min_quality: 85
              min_confidence: "70%"
              on_fail: UNSTABLE
              max_iterations: 5
              verify_command: ./gradlew test
              verify_timeout: 20m
            budget: { per_run_usd: 1.5, monthly_usd: 100, alert_at: 0.9 }
            pricing:
              models:
                gpt-4o-2024-11-20: {input: 2.5, cached_input: 1.25, output: 10}
                qwen2.5-coder:32b: {input: 0, output: 0}
              gpu_usd_per_hour: 1.2
            privacy:
              enabled: false
              exclude: ["**/*.pem"]
              patterns: ["ACME-[0-9]{6}"]
            rubric:
              criteria:
                - {name: correctness, weight: 5}
                - {name: documentation, weight: 1, description: "Are public APIs documented?", min_score: 60}
              weights: {documentation: 2, performance: 0.5}
              extra_criteria:
                - name: performance
                  description: No needless allocations in hot paths?
              instructions: Be strict about tests.
            context: { max_tokens: 48000, verify_tail_lines: 200 }
            """;

    @Test
    void everyKeyReachesItsField() throws ConfigException {
        ConfigLoader loader = new ConfigLoader(Map.of("AZURE_KEY", "azure-test-key-123"));

        ObraConfig config = loader.load(List.of(ConfigSource.yaml(".obra.yml", EVERY_KEY)));

        RetrySettings retry = new RetrySettings(6, Duration.ofMillis(250), Duration.ofMinutes(1),
                Duration.ofMinutes(15), Duration.ofSeconds(5), Duration.ofMinutes(90));
        assertThat(config.orchestrator().llm()).isEqualTo(new LlmSettings("openai", "gpt-4o-2024-11-20",
                List.of("gpt-4o-mini-2024-07-18", "gpt-4.1-mini-2025-04-14"),
                Optional.of(new Secret("environment variable AZURE_KEY", "azure-test-key-123")),
                Optional.of("https://example.openai.azure.com/openai/deployments/gpt4o"), Optional.of("2024-10-21"),
                Optional.of(0.2), Optional.of("high"), Optional.of(4096), Optional.of(32768), Optional.of("300s"),
                Map.of("seed", 7, "stop", List.of("\n\n"), "nested", Map.of("top_k", 40, "on", true)), retry));
        assertThat(config.orchestrator().fallback()).contains(new LlmSettings("ollama", "qwen2.5-coder:32b", List.of(),
                Optional.empty(), Optional.of("http://gpu-agent:11434"), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of(16384), Optional.of("10m"), Map.of(),
                RetrySettings.defaults()));
        assertThat(config.orchestrator().shadow()).hasValueSatisfying(shadow -> {
            assertThat(shadow.model()).isEqualTo("llama3.3:70b");
            assertThat(shadow.retry().maxAttempts()).isEqualTo(1);
        });
        assertThat(config.orchestrator().optimizePrompt()).isTrue();
        assertThat(config.orchestrator().samples()).isEqualTo(3);

        assertThat(config.agent()).isEqualTo(new AgentSettings("claude_code_local",
                Optional.of("/opt/claude/bin/claude"), Optional.of("sonnet"), Optional.of("haiku"), 12,
                List.of("Bash(mvn:*)", "Edit"), List.of("WebFetch"), "acceptEdits",
                Optional.of("Keep changes small."), Optional.of(".mcp.json"), Optional.of(".claude/ci-settings.json"),
                Map.of("CLAUDE_CODE_USE_BEDROCK", "1", "DEBUG", "false", "REGION", "eu-west-1"), 0,
                Duration.ofMinutes(2), Duration.ofMinutes(45)));
        assertThat(config.gate()).isEqualTo(new GateSettings(85, 0.7, OnFail.UNSTABLE, 5, Optional.of("./gradlew test"),
                Duration.ofMinutes(20)));
        assertThat(config.budget()).isEqualTo(new BudgetSettings(Optional.of(1.5), Optional.of(100.0), 0.9));
        assertThat(config.pricing()).isEqualTo(new PricingSettings(Map.of(
                "gpt-4o-2024-11-20", new ModelPrice(2.5, 1.25, 10),
                "qwen2.5-coder:32b", new ModelPrice(0, 0, 0)), Optional.of(1.2)));
        assertThat(config.privacy()).isEqualTo(new PrivacySettings(Optional.of(false), List.of("**/*.pem"),
                List.of("ACME-[0-9]{6}")));
        assertThat(config.rubric()).isEqualTo(new RubricSettings(List.of(
                new CriterionSettings("correctness", 5, "Does the change do what the task asks, without bugs?",
                        Optional.empty()),
                new CriterionSettings("documentation", 2, "Are public APIs documented?", Optional.of(60)),
                new CriterionSettings("performance", 0.5, "No needless allocations in hot paths?", Optional.empty())),
                Optional.of("Be strict about tests.")));
        assertThat(config.context()).isEqualTo(new ContextSettings(48_000, 200));
    }

    @Test
    void absentKeysGiveTheDefaults() throws ConfigException {
        ObraConfig config = new ConfigLoader(Map.of()).load(List.of(ConfigSource.yaml(".obra.yml", """
                orchestrator:
                  llm: {provider: openai, model: gpt-4o-2024-11-20}
                """)));

        assertThat(config).isEqualTo(ConfigDefaults.defaults(LlmSettings.of("openai", "gpt-4o-2024-11-20")));
        assertThat(config.gate().minQuality()).isEqualTo(80);
        assertThat(config.gate().minConfidence()).isEqualTo(0.6);
        assertThat(config.budget().alertAt()).isEqualTo(0.8);
        assertThat(config.agent().permissionMode()).isEqualTo("acceptEdits");
        assertThat(config.privacy().exclude()).containsExactly("**/.env", "**/.env.*", "secrets/**");
        assertThat(config.orchestrator().llm().retry()).isEqualTo(RetrySettings.defaults());
    }

    @Test
    void anEmptyFileOrOneWithOnlyCommentsSetsNothing() throws ConfigException {
        ConfigSource flags = ConfigSource.of("flags",
                Map.of("orchestrator", Map.of("llm", Map.of("provider", "ollama", "model", "qwen2.5-coder:32b"))));
        ConfigLoader loader = new ConfigLoader(Map.of());

        for (String empty : List.of("", "   \n", "# nothing yet\n", "---\n")) {
            ConfigSource file = ConfigSource.yaml(".obra.yml", empty);
            assertThat(loader.validate(file)).isEmpty();
            assertThat(loader.load(List.of(file, flags)))
                    .isEqualTo(ConfigDefaults.defaults(LlmSettings.of("ollama", "qwen2.5-coder:32b")));
        }
    }

    @Test
    void withoutAnyOrchestratorModelTheRunIsRefused() throws ConfigException {
        ConfigException e = org.assertj.core.api.Assertions.catchThrowableOfType(ConfigException.class,
                () -> new ConfigLoader(Map.of()).load(List.of(ConfigSource.yaml(".obra.yml", "gate: {min_quality: 70}"))));

        assertThat(e.path()).isEqualTo("orchestrator.llm.model");
        assertThat(e.problems()).extracting(ConfigProblem::toString).containsExactly(
                ".obra.yml: orchestrator.llm.model: required (e.g. gpt-4o-2024-11-20)",
                ".obra.yml: orchestrator.llm.provider: required (openai or ollama)");
    }

    @Test
    void withNoLayersAtAllTheModelIsStillRequired() {
        ConfigException e = org.assertj.core.api.Assertions.catchThrowableOfType(ConfigException.class,
                () -> new ConfigLoader(Map.of()).load(List.of()));

        assertThat(e.getMessage()).startsWith("configuration: orchestrator.llm.model: required (e.g. gpt-4o-2024-11-20)");
    }

    @Test
    void durationsAcceptTheUsualSpellings() throws ConfigException {
        ConfigLoader loader = new ConfigLoader(Map.of());
        Map<String, Duration> spellings = Map.of("30s", Duration.ofSeconds(30), "5m", Duration.ofMinutes(5),
                "500ms", Duration.ofMillis(500), "1h", Duration.ofHours(1), "2m30s", Duration.ofSeconds(150),
                "90", Duration.ofSeconds(90), "1.5s", Duration.ofMillis(1500));

        for (Map.Entry<String, Duration> spelling : spellings.entrySet()) {
            ObraConfig config = loader.load(List.of(ConfigSource.yaml(".obra.yml",
                    "orchestrator: {llm: {provider: openai, model: m}}\ngate: {verify_timeout: \"" + spelling.getKey()
                            + "\"}\nagent: {timeout: " + spelling.getKey() + "}")));
            assertThat(config.gate().verifyTimeout()).as(spelling.getKey()).isEqualTo(spelling.getValue());
            assertThat(config.agent().timeout()).as(spelling.getKey()).isEqualTo(spelling.getValue());
        }
    }
}
