package io.obra.config;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Each broken {@code .obra.yml} is refused with exactly one problem naming its path and the fix. */
class MalformedConfigTest {

    private static final ConfigLoader LOADER = new ConfigLoader(Map.of("SET_BUT_TEXT", "high"));

    /** The orchestrator model must come from somewhere; here from a lower layer, so only the file's problem shows. */
    private static final ConfigSource GLOBAL = ConfigSource.of("global configuration",
            Map.of("orchestrator", Map.of("llm", Map.of("provider", "openai", "model", "gpt-4o-2024-11-20"))));

    static Stream<Arguments> brokenFiles() {
        return Stream.of(
                // path, expected problem line, YAML
                arguments("gate.min_qualty", ".obra.yml: gate.min_qualty: unknown key; did you mean min_quality?",
                        "gate:\n  min_qualty: 80\n"),
                arguments("gate.min_quality", ".obra.yml: gate.min_quality: expected a number 0–100, got \"high\"",
                        "gate:\n  min_quality: high\n"),
                arguments("gate.min_quality", ".obra.yml: gate.min_quality: expected a number 0–100, got 120",
                        "gate:\n  min_quality: 120\n"),
                arguments("gate.min_quality", ".obra.yml: gate.min_quality: expected a whole number 0–100, got 80.5",
                        "gate:\n  min_quality: 80.5\n"),
                arguments("gate.min_confidence",
                        ".obra.yml: gate.min_confidence: expected a number 0–1, got 60; for 60 % write 0.6 or \"60%\"",
                        "gate:\n  min_confidence: 60\n"),
                arguments("gate.min_confidence", ".obra.yml: gate.min_confidence: expected a number 0–1, got -0.1",
                        "gate:\n  min_confidence: -0.1\n"),
                arguments("gate.on_fail", ".obra.yml: gate.on_fail: expected failure or unstable, got \"abort\"",
                        "gate:\n  on_fail: abort\n"),
                arguments("gate.max_iterations", ".obra.yml: gate.max_iterations: expected a number 1–20, got 0",
                        "gate:\n  max_iterations: 0\n"),
                arguments("gate.verify_timeout", ".obra.yml: gate.verify_timeout: expected a duration such as 30s, 5m,"
                        + " 500ms or a number of seconds, above 0, got \"5 minutes\"",
                        "gate:\n  verify_timeout: 5 minutes\n"),
                arguments("orchestrator.llm.provider", ".obra.yml: orchestrator.llm.provider: unknown provider"
                        + " \"anthropic\"; known providers: openai, ollama",
                        "orchestrator:\n  llm:\n    provider: anthropic\n    model: claude\n"),
                arguments("orchestrator.llm.model", ".obra.yml: orchestrator.llm.model: expected a string, got 4"
                        + " (quote it: \"4\")", "orchestrator:\n  llm:\n    provider: openai\n    model: 4\n"),
                arguments("orchestrator.llm.base_url", ".obra.yml: orchestrator.llm.base_url: expected an http(s) URL"
                        + " such as http://gpu-host:11434 or https://api.openai.com/v1, got \"172.29.144.1:11434\"",
                        "orchestrator:\n  llm:\n    base_url: 172.29.144.1:11434\n"),
                arguments("orchestrator.llm.base_url", ".obra.yml: orchestrator.llm.base_url: expected an http(s) URL"
                        + " such as http://gpu-host:11434 or https://api.openai.com/v1, got \"ftp://host/models\"",
                        "orchestrator:\n  llm:\n    base_url: ftp://host/models\n"),
                arguments("orchestrator.llm.fallback_models[1]", ".obra.yml: orchestrator.llm.fallback_models[1]:"
                        + " expected a string, got a map", "orchestrator:\n  llm:\n    fallback_models: [a, {b: c}]\n"),
                arguments("orchestrator.provider", ".obra.yml: orchestrator.provider: unknown key; did you mean"
                        + " orchestrator.llm.provider?", "orchestrator:\n  provider: openai\n"),
                arguments("orchestrator.llm.retry.initial_backoff", ".obra.yml: orchestrator.llm.retry.initial_backoff:"
                        + " 10s is longer than max_backoff 8s; raise max_backoff or lower initial_backoff",
                        "orchestrator:\n  llm:\n    retry: {initial_backoff: 10s}\n"),
                arguments("orchestrator.llm.retry.max_attempts", ".obra.yml: orchestrator.llm.retry.max_attempts:"
                        + " expected a number 1–20, got 0", "orchestrator:\n  llm:\n    retry: {max_attempts: 0}\n"),
                arguments("orchestrator.llm.temperature", ".obra.yml: orchestrator.llm.temperature: expected a number"
                        + " 0–2, got 3", "orchestrator:\n  llm:\n    temperature: 3\n"),
                arguments("orchestrator.llm.reasoning_effort", ".obra.yml: orchestrator.llm.reasoning_effort: expected"
                        + " one of none, minimal, low, medium, high, xhigh, got \"max\"",
                        "orchestrator:\n  llm:\n    reasoning_effort: max\n"),
                arguments("orchestrator.fallback.model", ".obra.yml: orchestrator.fallback.model: required (e.g."
                        + " qwen2.5-coder:32b)", "orchestrator:\n  fallback:\n    provider: ollama\n"),
                arguments("orchestrator.samples", ".obra.yml: orchestrator.samples: expected a number 1–10, got 0",
                        "orchestrator:\n  samples: 0\n"),
                arguments("agent.type", ".obra.yml: agent.type: unknown agent type \"aider\"; the only type is"
                        + " claude_code_local", "agent:\n  type: aider\n"),
                arguments("agent.max_turns", ".obra.yml: agent.max_turns: expected a number 1–1000, got \"many\"",
                        "agent:\n  max_turns: many\n"),
                arguments("agent.permission_mode", ".obra.yml: agent.permission_mode: expected one of acceptEdits,"
                        + " auto, bypassPermissions, default, dontAsk, plan, got \"yolo\"",
                        "agent:\n  permission_mode: yolo\n"),
                arguments("agent.env.1BAD", ".obra.yml: agent.env.1BAD: not a valid environment variable name (letters,"
                        + " digits and _, not starting with a digit)", "agent:\n  env:\n    1BAD: x\n"),
                arguments("agent.stall_timeout", ".obra.yml: agent.stall_timeout: expected a duration such as 30s, 5m,"
                        + " 500ms or a number of seconds, above 0, got -5", "agent:\n  stall_timeout: -5\n"),
                arguments("budget.per_run_usd", ".obra.yml: budget.per_run_usd: expected an amount in USD above 0 (leave"
                        + " the key out for no limit), got -2", "budget: { per_run_usd: -2 }\n"),
                arguments("budget.monthly_usd", ".obra.yml: budget.monthly_usd: expected an amount in USD above 0 (leave"
                        + " the key out for no limit), got \"lots\"", "budget: { monthly_usd: lots }\n"),
                arguments("budget.alert_at", ".obra.yml: budget.alert_at: expected a number above 0, at most 1, got 0",
                        "budget: { alert_at: 0 }\n"),
                arguments("budget.alert_at", ".obra.yml: budget.alert_at: expected a number above 0, at most 1, got"
                        + " 80; for 80 % write 0.8 or \"80%\"", "budget: { alert_at: 80 }\n"),
                arguments("privacy.enabled", ".obra.yml: privacy.enabled: expected true or false, got \"sometimes\"",
                        "privacy: { enabled: sometimes }\n"),
                arguments("privacy.exclude", ".obra.yml: privacy.exclude: expected a list, got a map",
                        "privacy:\n  exclude: {a: b}\n"),
                arguments("privacy.patterns[0]", ".obra.yml: privacy.patterns[0]: not a valid regular expression:"
                        + " Unclosed group near index 4", "privacy:\n  patterns: [\"(abc\"]\n"),
                arguments("pricing.models.gpt-4o.output", ".obra.yml: pricing.models.gpt-4o.output: required: a price"
                        + " in USD per 1M tokens, 0 or more", "pricing:\n  models:\n    gpt-4o: {input: 2.5}\n"),
                arguments("rubric.weights.corectness", ".obra.yml: rubric.weights.corectness: no criterion named"
                        + " corectness; did you mean correctness?", "rubric:\n  weights: {corectness: 4}\n"),
                arguments("rubric.criteria[0].description", ".obra.yml: rubric.criteria[0].description: required for a"
                        + " criterion of your own (the orchestrator scores against it); only the default criteria"
                        + " (correctness, completeness, tests, code_quality, security, scope_discipline) have one",
                        "rubric:\n  criteria:\n    - name: performance\n"),
                arguments("rubric.extra_criteria[0].name", ".obra.yml: rubric.extra_criteria[0].name: security is"
                        + " already a criterion; re-weight it with rubric.weights instead of listing it twice",
                        "rubric:\n  extra_criteria:\n    - {name: security, description: Is it safe}\n"),
                arguments("context.max_tokens", ".obra.yml: context.max_tokens: expected a number 1000–2000000, got 10",
                        "context: { max_tokens: 10 }\n"),
                arguments("gate", ".obra.yml: gate: expected a map, got 80", "gate: 80\n"),
                arguments("", ".obra.yml: expected a map of sections (orchestrator, agent, gate, budget, pricing,"
                        + " privacy, rubric, context), got \"hello\"", "hello\n"),
                arguments("orchestrator.llm.api_key", ".obra.yml: orchestrator.llm.api_key: expected a string, got a"
                        + " number", "orchestrator: {llm: {api_key: 1234567890}}\n"),
                arguments("orchestrator.llm.keep_alive", ".obra.yml: orchestrator.llm.keep_alive: expected a duration"
                        + " such as 5m, 1h or -1 (keep loaded), got \"5 minutes\"",
                        "orchestrator: {llm: {keep_alive: 5 minutes}}\n"),
                arguments("privacy.exclude[0]", ".obra.yml: privacy.exclude[0]: not a valid glob near index 1; check"
                        + " that [ ] and { } are paired",
                        "privacy: {exclude: ['[a']}\n"),
                arguments("min_quality", ".obra.yml: min_quality: unknown key; did you mean gate.min_quality?",
                        "min_quality: 80\n"),
                arguments("", ".obra.yml: expected a map of sections (orchestrator, agent, gate, budget, pricing,"
                        + " privacy, rubric, context), got a list", "- gate\n- agent\n"),
                arguments("gate.min_quality", ".obra.yml line 3, column 14: gate.min_quality: duplicate key; each key"
                        + " may appear once per map", "gate:\n  min_quality: 80\n  min_quality: 90\n"),
                arguments("", ".obra.yml line 2, column 13: malformed YAML: mapping values are not allowed here",
                        "gate:\n  on_fail: a: b\n"),
                arguments("", ".obra.yml line 2, column 1: malformed YAML: found character '\\t(TAB)' that cannot start"
                        + " any token. (Do not use \\t(TAB) for indentation)", "gate:\n\tmin_quality: 80\n"),
                arguments("", ".obra.yml line 3, column 1: a second YAML document (---) follows; .obra.yml holds one"
                        + " document", "gate: {}\n---\nagent: {}\n"),
                arguments("gate.verify_command", ".obra.yml: gate.verify_command: environment variable VERIFY is not set",
                        "gate:\n  verify_command: ${VERIFY}\n"),
                arguments("gate.min_quality", ".obra.yml: gate.min_quality: expected a number 0–100, got the value of"
                        + " \"${SET_BUT_TEXT}\"", "gate:\n  min_quality: ${SET_BUT_TEXT}\n"),
                arguments("gate.verify_command", ".obra.yml: gate.verify_command: unterminated ${ in \"${VERIFY\";"
                        + " write $${ for a literal ${", "gate:\n  verify_command: mvn ${VERIFY\n"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("brokenFiles")
    void refusesWithOneProblemNamingPathAndFix(final String path, final String problem, final String yaml) {
        ConfigException e = catchThrowableOfType(ConfigException.class,
                () -> LOADER.load(List.of(GLOBAL, ConfigSource.yaml(".obra.yml", yaml))));

        assertThat(e).as("a ConfigException for %s", yaml).isNotNull();
        assertThat(e.problems()).extracting(ConfigProblem::toString).containsExactly(problem);
        assertThat(e.path()).isEqualTo(path);
        assertThat(e.source()).isEqualTo(".obra.yml");
        assertThat(e.getMessage()).isEqualTo(problem);
    }
}
