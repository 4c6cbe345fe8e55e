package io.obra.config;

import com.fasterxml.jackson.databind.JsonNode;
import io.obra.privacy.Secret;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Layers from YAML text and from the maps adapters build. */
class ConfigSourceTest {

    @Test
    void mapsListsAndScalarsBecomeATree() {
        ConfigSource source = ConfigSource.of("step parameters", Map.of(
                "gate", Map.of("min_quality", 80, "min_confidence", 0.6f, "on_fail", OnFail.UNSTABLE,
                        "verify_timeout", Duration.ofSeconds(90)),
                "orchestrator", Map.of("llm", Map.of("fallback_models", Arrays.asList("a", null, "b")))));

        JsonNode tree = source.tree();
        assertThat(tree.at("/gate/min_quality").intValue()).isEqualTo(80);
        assertThat(tree.at("/gate/on_fail").asText()).isEqualTo("unstable");
        assertThat(tree.at("/gate/verify_timeout").asText()).isEqualTo("90000ms");
        assertThat(tree.at("/orchestrator/llm/fallback_models")).hasSize(2);
    }

    @Test
    void valuesFromAdaptersBindLikeYaml() throws ConfigException {
        ConfigSource step = ConfigSource.of("step parameters", Map.of(
                "orchestrator", Map.of("llm", Map.of("provider", "ollama", "model", "qwen2.5-coder:32b")),
                "gate", Map.of("min_quality", 75L, "min_confidence", 0.7f, "on_fail", OnFail.UNSTABLE,
                        "verify_timeout", Duration.ofSeconds(90), "max_iterations", 2)));

        GateSettings gate = new ConfigLoader(Map.of()).load(List.of(step)).gate();

        assertThat(gate.minQuality()).isEqualTo(75);
        assertThat(gate.minConfidence()).isEqualTo(0.7, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(gate.onFail()).isEqualTo(OnFail.UNSTABLE);
        assertThat(gate.verifyTimeout()).isEqualTo(Duration.ofSeconds(90));
        assertThat(gate.maxIterations()).isEqualTo(2);
    }

    @Test
    void anUnsupportedValueNamesItsPath() {
        assertThatThrownBy(() -> ConfigSource.of("step parameters", Map.of("gate", Map.of("min_quality", new Object()))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("gate.min_quality: unsupported configuration value of type java.lang.Object");
    }

    @Test
    void theTreeCannotBeChangedFromOutside() {
        ConfigSource source = ConfigSource.of("flags", Map.of("gate", Map.of("min_quality", 80)));

        ((com.fasterxml.jackson.databind.node.ObjectNode) source.tree()).remove("gate");

        assertThat(source.tree().has("gate")).isTrue();
    }

    @Test
    void toStringShowsTheNameOnly() throws ConfigException {
        ConfigSource source = ConfigSource.yaml(".obra.yml", "orchestrator: {llm: {api_key: sk-tostring-test}}");

        assertThat(source).hasToString("ConfigSource[.obra.yml]");
        assertThat(ConfigSource.of("step parameters", Map.of("orchestrator", Map.of("llm",
                Map.of("api_key", new Secret("Jenkins credential 'k'", "sk-tostring-test")))))).hasToString(
                "ConfigSource[step parameters]");
    }

    @Test
    void yamlNullsAndEmptySectionsSetNothing() throws ConfigException {
        ConfigSource file = ConfigSource.yaml(".obra.yml", "gate:\nbudget: ~\nprivacy: {enabled: ~}\n");
        ConfigSource flags = ConfigSource.of("flags",
                Map.of("orchestrator", Map.of("llm", Map.of("provider", "openai", "model", "gpt-4o-2024-11-20"))));

        ObraConfig config = new ConfigLoader(Map.of()).load(List.of(file, flags));

        assertThat(config).isEqualTo(ConfigDefaults.defaults(LlmSettings.of("openai", "gpt-4o-2024-11-20")));
    }
}
