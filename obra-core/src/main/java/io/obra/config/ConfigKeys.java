package io.obra.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The key names of every section of {@code .obra.yml}, in documentation order. */
final class ConfigKeys {

    static final List<String> ROOT = List.of("orchestrator", "agent", "gate", "budget", "pricing", "privacy",
            "rubric", "context");
    static final List<String> ORCHESTRATOR = List.of("llm", "fallback", "shadow", "optimize_prompt", "samples");
    static final List<String> LLM = List.of("provider", "model", "fallback_models", "api_key", "base_url",
            "api_version", "temperature", "reasoning_effort", "max_output_tokens", "num_ctx", "keep_alive", "options",
            "retry");
    static final List<String> RETRY = List.of("max_attempts", "initial_backoff", "max_backoff", "deadline",
            "connect_timeout", "read_timeout");
    static final List<String> AGENT = List.of("type", "executable", "model", "fallback_model", "max_turns",
            "allowed_tools", "disallowed_tools", "permission_mode", "append_system_prompt", "mcp_config",
            "settings_file", "env", "max_retries", "stall_timeout", "timeout");
    static final List<String> GATE = List.of("min_quality", "min_confidence", "on_fail", "max_iterations",
            "verify_command", "verify_timeout");
    static final List<String> BUDGET = List.of("per_run_usd", "monthly_usd", "alert_at");
    static final List<String> PRICING = List.of("models", "gpu_usd_per_hour");
    static final List<String> MODEL_PRICE = List.of("input", "cached_input", "output");
    static final List<String> PRIVACY = List.of("enabled", "exclude", "patterns");
    static final List<String> RUBRIC = List.of("criteria", "weights", "extra_criteria", "instructions");
    static final List<String> CRITERION = List.of("name", "weight", "description", "min_score");
    static final List<String> CONTEXT = List.of("max_tokens", "verify_tail_lines");

    /** Where each fixed section lives, for "did you mean gate.min_quality?" hints across sections. */
    static final Map<String, List<String>> SECTIONS = sections();

    private ConfigKeys() {
    }

    private static Map<String, List<String>> sections() {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        sections.put("", ROOT);
        sections.put("orchestrator", ORCHESTRATOR);
        sections.put("orchestrator.llm", LLM);
        sections.put("orchestrator.llm.retry", RETRY);
        sections.put("agent", AGENT);
        sections.put("gate", GATE);
        sections.put("budget", BUDGET);
        sections.put("pricing", PRICING);
        sections.put("privacy", PRIVACY);
        sections.put("rubric", RUBRIC);
        sections.put("context", CONTEXT);
        return Map.copyOf(sections);
    }
}
