package io.obra.config;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** {@code obra validate-config} sees every problem of a file at once. */
class ValidateConfigTest {

    private static final String SEVERAL_MISTAKES = """
            orchestrator:
              llm:
                provider: openia
                model: gpt-4o-2024-11-20
                base_url: localhost:11434
            agent:
              type: claude_code_local
              max_turn: 30
            gate:
              min_quality: high
              min_confidence: 60
              on_fail: abort
            budget: { per_run_usd: -2.0, monthly_usd: 200, alert_at: 1.5 }
            privacy: { enabled: maybe, exclude: ["**/.env", "secrets/**"] }
            contxt: {}
            """;

    @Test
    void listsEveryProblemOfTheFileInOrder() throws ConfigException {
        List<String> problems = new ConfigLoader(Map.of()).validate(ConfigSource.yaml(".obra.yml", SEVERAL_MISTAKES));

        assertThat(problems).containsExactly(
                ".obra.yml: contxt: unknown key; did you mean context?",
                ".obra.yml: orchestrator.llm.provider: unknown provider \"openia\"; known providers: openai, ollama",
                ".obra.yml: orchestrator.llm.base_url: expected an http(s) URL such as http://gpu-host:11434 or"
                        + " https://api.openai.com/v1, got \"localhost:11434\"",
                ".obra.yml: agent.max_turn: unknown key; did you mean max_turns?",
                ".obra.yml: gate.min_quality: expected a number 0–100, got \"high\"",
                ".obra.yml: gate.min_confidence: expected a number 0–1, got 60; for 60 % write 0.6 or \"60%\"",
                ".obra.yml: gate.on_fail: expected failure or unstable, got \"abort\"",
                ".obra.yml: budget.per_run_usd: expected an amount in USD above 0 (leave the key out for no limit),"
                        + " got -2.0",
                ".obra.yml: budget.alert_at: expected a number above 0, at most 1, got 1.5",
                ".obra.yml: privacy.enabled: expected true or false, got \"maybe\"");
    }

    @Test
    void loadReportsTheSameProblemsInOneException() throws ConfigException {
        ConfigSource file = ConfigSource.yaml(".obra.yml", SEVERAL_MISTAKES);
        ConfigLoader loader = new ConfigLoader(Map.of());

        ConfigException e = catchThrowableOfType(ConfigException.class, () -> loader.load(List.of(file)));

        assertThat(e.problems()).extracting(ConfigProblem::toString).isEqualTo(loader.validate(file));
        assertThat(e.getMessage().lines()).hasSize(10);
    }

    @Test
    void aFileWithoutOrchestratorIsValidOnItsOwnBecauseJenkinsMaySetIt() throws ConfigException {
        assertThat(new ConfigLoader(Map.of()).validate(ConfigSource.yaml(".obra.yml", "gate: {min_quality: 90}")))
                .isEmpty();
    }

    @Test
    void aFallbackBlockMustBeCompleteEvenInAFileOnItsOwn() throws ConfigException {
        List<String> problems = new ConfigLoader(Map.of()).validate(ConfigSource.yaml(".obra.yml",
                "orchestrator: {fallback: {model: qwen2.5-coder:32b}}"));

        assertThat(problems).containsExactly(".obra.yml: orchestrator.fallback.provider: required (openai or ollama)");
    }

    @Test
    void camelCaseKeysFromTheStepSpellingGetTheSnakeCaseHint() {
        List<String> problems = new ConfigLoader(Map.of()).validate(ConfigSource.of("step parameters",
                Map.of("gate", Map.of("minQuality", 80, "onFail", "FAILURE"))));

        assertThat(problems).containsExactlyInAnyOrder(
                "step parameters: gate.minQuality: unknown key; did you mean min_quality?",
                "step parameters: gate.onFail: unknown key; did you mean on_fail?");
    }

    @Test
    void anUnrelatedKeyListsTheKeysAllowedThere() throws ConfigException {
        List<String> problems = new ConfigLoader(Map.of()).validate(ConfigSource.yaml(".obra.yml",
                "budget: {currency: EUR}"));

        assertThat(problems).containsExactly(
                ".obra.yml: budget.currency: unknown key; known keys here: per_run_usd, monthly_usd, alert_at");
    }
}
