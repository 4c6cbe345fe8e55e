package io.obra.cli;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class FlagLayerTest {

    @Test
    void eachFlagLandsOnItsConfigurationKey() {
        Map<String, Object> tree = FlagLayer.tree(Flags.parse("--provider", "ollama", "--model", "qwen2.5-coder:32b",
                "--fallback-model", "a", "--fallback-model", "b", "--orchestrator-url", "http://gpu:11434",
                "--claude", "/opt/claude", "--anthropic-url", "http://127.0.0.1:4000", "--agent-model", "opus",
                "--max-turns", "12", "--min-quality", "85", "--min-confidence", "0.7", "--max-iterations", "4",
                "--verify-command", "mvn -q test", "--budget-usd", "1.5", "--monthly-budget-usd", "50",
                "--no-privacy", "--optimize-prompt"));

        assertThat(tree).isEqualTo(Map.of(
                "orchestrator", Map.of("llm", Map.of("provider", "ollama", "model", "qwen2.5-coder:32b",
                                "fallback_models", List.of("a", "b"), "base_url", "http://gpu:11434"),
                        "optimize_prompt", true),
                "agent", Map.of("executable", "/opt/claude", "model", "opus", "max_turns", 12,
                        "env", Map.of("ANTHROPIC_BASE_URL", "http://127.0.0.1:4000")),
                "gate", Map.of("min_quality", 85, "min_confidence", 0.7, "max_iterations", 4,
                        "verify_command", "mvn -q test"),
                "budget", Map.of("per_run_usd", 1.5, "monthly_usd", 50.0),
                "privacy", Map.of("enabled", false)));
    }

    @Test
    void flagsNotGivenSetNothingSoTheFileKeepsItsValues() {
        assertThat(FlagLayer.tree(Flags.parse())).isEmpty();
        assertThat(FlagLayer.tree(Flags.parse("--min-quality", "90"))).isEqualTo(Map.of("gate", Map.of("min_quality", 90)));
    }
}
