package io.obra.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Binds {@code agent}: how the Claude Code CLI (the implementer) is run. */
final class AgentBinder {

    /** The CLI's {@code --permission-mode} choices (2.1.197). */
    static final List<String> PERMISSION_MODES = List.of("acceptEdits", "auto", "bypassPermissions", "default",
            "dontAsk", "plan");

    private static final Pattern VARIABLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private AgentBinder() {
    }

    static AgentSettings bind(final Section agent) {
        agent.allowKeys(ConfigKeys.AGENT);
        AgentSettings d = AgentSettings.defaults();
        Value typeValue = agent.value("type");
        String type = typeValue.string().map(t -> t.trim().toLowerCase(Locale.ROOT)).orElse(d.type());
        if (!type.equals(AgentSettings.CLAUDE_CODE_LOCAL)) {
            typeValue.error("unknown agent type " + typeValue.describe() + "; the only type is "
                    + AgentSettings.CLAUDE_CODE_LOCAL);
            type = d.type();
        }
        return new AgentSettings(type,
                agent.value("executable").string(),
                agent.value("model").string(),
                agent.value("fallback_model").string(),
                agent.value("max_turns").integer(1, 1000).orElse(d.maxTurns()),
                agent.value("allowed_tools").strings().orElse(d.allowedTools()),
                agent.value("disallowed_tools").strings().orElse(d.disallowedTools()),
                permissionMode(agent.value("permission_mode")).orElse(d.permissionMode()),
                agent.value("append_system_prompt").string(),
                agent.value("mcp_config").string(),
                agent.value("settings_file").string(),
                environment(agent.section("env")).orElse(d.environment()),
                agent.value("max_retries").integer(0, 100).orElse(d.maxRetries()),
                agent.value("stall_timeout").duration(false).orElse(d.stallTimeout()),
                agent.value("timeout").duration(false).orElse(d.timeout()));
    }

    private static Optional<String> permissionMode(final Value value) {
        Optional<String> mode = value.string().map(String::trim);
        if (mode.isEmpty()) {
            return mode;
        }
        for (String known : PERMISSION_MODES) {
            if (known.equalsIgnoreCase(mode.get())) {
                return Optional.of(known);
            }
        }
        value.error("expected one of " + String.join(", ", PERMISSION_MODES) + ", got " + value.describe());
        return Optional.empty();
    }

    /** Extra environment variables of the CLI; numbers and booleans are written as text. */
    private static Optional<Map<String, String>> environment(final Section env) {
        if (!env.isPresent()) {
            return Optional.empty();
        }
        Map<String, String> variables = new LinkedHashMap<>();
        for (String name : env.keys()) {
            Value value = env.value(name);
            if (!VARIABLE_NAME.matcher(name).matches()) {
                value.error("not a valid environment variable name (letters, digits and _, not starting with a digit)");
                continue;
            }
            if (value.isPresent()) {
                value.scalarText().ifPresent(text -> variables.put(name, text));
            }
        }
        return Optional.of(variables);
    }
}
