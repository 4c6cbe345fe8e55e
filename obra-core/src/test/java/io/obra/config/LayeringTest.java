package io.obra.config;

import io.obra.privacy.Secret;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Step parameters beat {@code .obra.yml}, which beats the global configuration, which beats the defaults. */
class LayeringTest {

    private static final ConfigLoader LOADER = new ConfigLoader(Map.of("OPENAI_API_KEY", "sk-layer-test-key"));

    private static final ConfigSource GLOBAL = ConfigSource.of("global configuration", Map.of(
            "orchestrator", Map.of("llm", Map.of("provider", "openai", "model", "gpt-4o-2024-11-20",
                    "api_key", "${OPENAI_API_KEY}", "api_version", "2024-10-21",
                    "fallback_models", List.of("gpt-4o-mini-2024-07-18"))),
            "gate", Map.of("min_quality", 70, "min_confidence", 0.5, "on_fail", "unstable"),
            "budget", Map.of("monthly_usd", 500),
            "pricing", Map.of("models", Map.of("gpt-4o-2024-11-20", Map.of("input", 2.5, "output", 10)))));

    private static ConfigSource file(final String yaml) throws ConfigException {
        return ConfigSource.yaml(".obra.yml", yaml);
    }

    @Test
    void stepParametersBeatTheFileWhichBeatsTheGlobalConfiguration() throws ConfigException {
        ConfigSource file = file("gate: {min_quality: 80, max_iterations: 4}\n");
        ConfigSource step = ConfigSource.of("step parameters", Map.of("gate", Map.of("min_quality", 90)));

        ObraConfig config = LOADER.load(List.of(GLOBAL, file, step));

        assertThat(config.gate().minQuality()).as("step parameter").isEqualTo(90);
        assertThat(config.gate().maxIterations()).as("file").isEqualTo(4);
        assertThat(config.gate().minConfidence()).as("global").isEqualTo(0.5);
        assertThat(config.gate().onFail()).as("global").isEqualTo(OnFail.UNSTABLE);
        assertThat(config.gate().verifyTimeout()).as("default").isEqualTo(Duration.ofMinutes(30));
        assertThat(config.budget().monthlyUsd()).as("global").contains(500.0);
    }

    @Test
    void theOrderOfTheListDecidesNotTheNames() throws ConfigException {
        ConfigSource file = file("gate: {min_quality: 80}\n");
        ConfigSource step = ConfigSource.of("step parameters", Map.of("gate", Map.of("min_quality", 90)));

        assertThat(LOADER.load(List.of(GLOBAL, step, file)).gate().minQuality()).isEqualTo(80);
    }

    @Test
    void mapsMergeButListsReplace() throws ConfigException {
        ConfigSource file = file("""
                orchestrator:
                  llm:
                    fallback_models: [gpt-4.1-mini-2025-04-14]
                    options: {seed: 1}
                privacy: {exclude: ["build/**"]}
                pricing:
                  models:
                    gpt-4o-mini-2024-07-18: {input: 0.15, output: 0.6}
                """);

        ObraConfig config = LOADER.load(List.of(GLOBAL, file));

        LlmSettings llm = config.orchestrator().llm();
        assertThat(llm.model()).as("kept from global").isEqualTo("gpt-4o-2024-11-20");
        assertThat(llm.apiVersion()).as("kept from global").contains("2024-10-21");
        assertThat(llm.fallbackModels()).as("list replaced").containsExactly("gpt-4.1-mini-2025-04-14");
        assertThat(config.privacy().exclude()).as("list replaced, defaults too").containsExactly("build/**");
        assertThat(config.pricing().models()).as("map merged")
                .containsOnlyKeys("gpt-4o-2024-11-20", "gpt-4o-mini-2024-07-18");
    }

    @Test
    void switchingProviderDropsTheLowerProvidersSettings() throws ConfigException {
        ConfigSource step = ConfigSource.of("step parameters", Map.of("orchestrator", Map.of("llm", Map.of(
                "provider", "ollama", "model", "qwen2.5-coder:32b", "base_url", "http://gpu-agent:11434"))));

        LlmSettings llm = LOADER.load(List.of(GLOBAL, step)).orchestrator().llm();

        assertThat(llm.provider()).isEqualTo("ollama");
        assertThat(llm.apiKey()).as("the OpenAI key must not go to Ollama").isEmpty();
        assertThat(llm.apiVersion()).isEmpty();
        assertThat(llm.fallbackModels()).isEmpty();
        assertThat(llm.baseUrl()).contains("http://gpu-agent:11434");
    }

    @Test
    void sameProviderInAHigherLayerStillMerges() throws ConfigException {
        ConfigSource step = ConfigSource.of("step parameters", Map.of("orchestrator", Map.of("llm", Map.of(
                "provider", "OpenAI", "model", "gpt-4.1-2025-04-14"))));

        LlmSettings llm = LOADER.load(List.of(GLOBAL, step)).orchestrator().llm();

        assertThat(llm.model()).isEqualTo("gpt-4.1-2025-04-14");
        assertThat(llm.apiKey()).contains(new Secret("environment variable OPENAI_API_KEY", "sk-layer-test-key"));
    }

    @Test
    void unsetStepParametersDoNotOverride() throws ConfigException {
        Map<String, Object> gate = new HashMap<>();
        gate.put("min_quality", null);
        gate.put("verify_command", "mvn -q verify");
        ConfigSource step = ConfigSource.of("step parameters", Map.of("gate", gate));

        GateSettings result = LOADER.load(List.of(GLOBAL, step)).gate();

        assertThat(result.minQuality()).isEqualTo(70);
        assertThat(result.verifyCommand()).contains("mvn -q verify");
    }

    @Test
    void aJenkinsCredentialHandedInAsSecretKeepsItsSource() throws ConfigException {
        Secret credential = new Secret("Jenkins credential 'openai-key'", "sk-from-jenkins-credential");
        ConfigSource step = ConfigSource.of("step parameters",
                Map.of("orchestrator", Map.of("llm", Map.of("api_key", credential))));

        LoadedConfig loaded = LOADER.loadWithWarnings(List.of(GLOBAL, step));

        assertThat(loaded.config().orchestrator().llm().apiKey()).containsSame(credential);
        assertThat(loaded.warnings()).isEmpty();
    }

    @Test
    void eachProblemNamesTheLayerThatHasIt() throws ConfigException {
        ConfigSource global = ConfigSource.of("global configuration", Map.of("budget", Map.of("alert_at", 5)));
        ConfigSource file = file("gate: {on_fail: abort}\n");
        ConfigSource step = ConfigSource.of("step parameters", Map.of("gate", Map.of("min_quality", 101)));

        ConfigException e = catchThrowableOfType(ConfigException.class, () -> LOADER.load(List.of(global, file, step)));

        assertThat(e.problems()).extracting(ConfigProblem::toString).containsExactly(
                "global configuration: budget.alert_at: expected a number above 0, at most 1, got 5;"
                        + " for 5 % write 0.05 or \"5%\"",
                ".obra.yml: gate.on_fail: expected failure or unstable, got \"abort\"",
                "step parameters: gate.min_quality: expected a number 0–100, got 101");
        assertThat(e.getMessage()).isEqualTo(String.join("\n",
                e.problems().stream().map(ConfigProblem::toString).toList()));
    }

    @Test
    void aBrokenLowerLayerIsReportedEvenWhenAHigherOneOverridesTheKey() throws ConfigException {
        ConfigSource file = file("gate: {min_quality: high}\n");
        ConfigSource step = ConfigSource.of("step parameters", Map.of("gate", Map.of("min_quality", 80)));

        ConfigException e = catchThrowableOfType(ConfigException.class, () -> LOADER.load(List.of(GLOBAL, file, step)));

        assertThat(e.source()).isEqualTo(".obra.yml");
        assertThat(e.path()).isEqualTo("gate.min_quality");
    }

    @Test
    void aMissingModelNamesEveryLayerThatCouldHaveSetIt() throws ConfigException {
        ConfigSource global = ConfigSource.of("global configuration", Map.of("gate", Map.of("min_quality", 60)));
        ConfigSource step = ConfigSource.of("step parameters", Map.of());

        ConfigException e = catchThrowableOfType(ConfigException.class,
                () -> LOADER.load(List.of(global, file("agent: {max_turns: 5}"), step)));

        assertThat(e.problems().get(0)).hasToString("global configuration + .obra.yml + step parameters:"
                + " orchestrator.llm.model: required (e.g. gpt-4o-2024-11-20)");
    }

    @Test
    void combinationsAreCheckedAfterMerging() throws ConfigException {
        ConfigSource global = ConfigSource.of("global configuration", Map.of("orchestrator", Map.of("llm", Map.of(
                "provider", "openai", "model", "gpt-4o-2024-11-20", "retry", Map.of("max_backoff", "2s")))));
        ConfigSource file = file("orchestrator: {llm: {retry: {initial_backoff: 3s}}}\n");

        ConfigException e = catchThrowableOfType(ConfigException.class, () -> LOADER.load(List.of(global, file)));

        assertThat(e.problems()).extracting(ConfigProblem::toString).containsExactly(".obra.yml:"
                + " orchestrator.llm.retry.initial_backoff: 3s is longer than max_backoff 2s; raise max_backoff or"
                + " lower initial_backoff");
    }

    @Test
    void rubricWeightsMayNameCriteriaOfALowerLayer() throws ConfigException {
        ConfigSource global = ConfigSource.of("global configuration", Map.of(
                "orchestrator", Map.of("llm", Map.of("provider", "openai", "model", "gpt-4o-2024-11-20")),
                "rubric", Map.of("extra_criteria", List.of(Map.of("name", "accessibility",
                        "description", "Usable with a screen reader?")))));
        ConfigSource file = file("rubric: {weights: {accessibility: 4}}\n");

        RubricSettings rubric = LOADER.load(List.of(global, file)).rubric();

        assertThat(rubric.criteria()).filteredOn(c -> c.name().equals("accessibility"))
                .singleElement().satisfies(c -> assertThat(c.weight()).isEqualTo(4.0));
        assertThat(rubric.criteria()).hasSize(RubricSettings.defaults().criteria().size() + 1);
    }
}
