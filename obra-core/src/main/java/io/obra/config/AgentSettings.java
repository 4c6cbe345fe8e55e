package io.obra.config;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How to run the implementer (the Claude Code CLI).
 *
 * @param type               {@code claude_code_local} (the only kind today)
 * @param executable         path of the {@code claude} binary; empty for {@code claude} on the PATH
 * @param model              {@code --model}, e.g. {@code sonnet}
 * @param fallbackModel      {@code --fallback-model}
 * @param maxTurns           {@code --max-turns}
 * @param allowedTools       {@code --allowedTools}, e.g. {@code Bash(mvn:*)}
 * @param disallowedTools    {@code --disallowedTools}
 * @param permissionMode     {@code --permission-mode}; {@code acceptEdits} works as root
 * @param appendSystemPrompt {@code --append-system-prompt}
 * @param mcpConfig          {@code --mcp-config} file
 * @param settingsFile       {@code --settings} file
 * @param environment        extra environment, e.g. {@code CLAUDE_CODE_USE_BEDROCK=1}
 * @param maxRetries         {@code CLAUDE_CODE_MAX_RETRIES}: the CLI's own API retries (a rejected key
 *                           otherwise costs about three minutes)
 * @param stallTimeout       no output for this long kills the process tree
 * @param timeout            wall-clock limit of one implementer run
 */
public record AgentSettings(String type, Optional<String> executable, Optional<String> model,
                           Optional<String> fallbackModel, int maxTurns, List<String> allowedTools,
                           List<String> disallowedTools, String permissionMode,
                           Optional<String> appendSystemPrompt, Optional<String> mcpConfig,
                           Optional<String> settingsFile, Map<String, String> environment, int maxRetries,
                           Duration stallTimeout, Duration timeout) {

    public static final String CLAUDE_CODE_LOCAL = "claude_code_local";

    public AgentSettings {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(executable, "executable");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(fallbackModel, "fallbackModel");
        allowedTools = List.copyOf(allowedTools);
        disallowedTools = List.copyOf(disallowedTools);
        Objects.requireNonNull(permissionMode, "permissionMode");
        Objects.requireNonNull(appendSystemPrompt, "appendSystemPrompt");
        Objects.requireNonNull(mcpConfig, "mcpConfig");
        Objects.requireNonNull(settingsFile, "settingsFile");
        environment = Map.copyOf(environment);
        Objects.requireNonNull(stallTimeout, "stallTimeout");
        Objects.requireNonNull(timeout, "timeout");
    }

    public static AgentSettings defaults() {
        return new AgentSettings(CLAUDE_CODE_LOCAL, Optional.empty(), Optional.empty(), Optional.empty(), 30,
                List.of(), List.of(), "acceptEdits", Optional.empty(), Optional.empty(), Optional.empty(), Map.of(),
                2, Duration.ofMinutes(5), Duration.ofMinutes(30));
    }

    public AgentSettings withExecutable(final String path) {
        return new AgentSettings(type, Optional.ofNullable(path), model, fallbackModel, maxTurns, allowedTools,
                disallowedTools, permissionMode, appendSystemPrompt, mcpConfig, settingsFile, environment,
                maxRetries, stallTimeout, timeout);
    }

    public AgentSettings withEnvironment(final Map<String, String> env) {
        return new AgentSettings(type, executable, model, fallbackModel, maxTurns, allowedTools, disallowedTools,
                permissionMode, appendSystemPrompt, mcpConfig, settingsFile, env, maxRetries, stallTimeout,
                timeout);
    }

    public AgentSettings withTimeouts(final Duration stall, final Duration overall) {
        return new AgentSettings(type, executable, model, fallbackModel, maxTurns, allowedTools, disallowedTools,
                permissionMode, appendSystemPrompt, mcpConfig, settingsFile, environment, maxRetries, stall,
                overall);
    }

    public AgentSettings withMaxTurns(final int turns) {
        return new AgentSettings(type, executable, model, fallbackModel, turns, allowedTools, disallowedTools,
                permissionMode, appendSystemPrompt, mcpConfig, settingsFile, environment, maxRetries, stallTimeout,
                timeout);
    }
}
