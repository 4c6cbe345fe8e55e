package io.obra.testing;

import io.obra.config.AgentSettings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The real Claude Code CLI that the build installs for the tests (system property
 * {@code obra.test.claude}), and agent settings that point it at a {@link FakeAnthropic}.
 */
public final class TestClaude {

    private TestClaude() {
    }

    /** The path of the installed {@code claude} binary; fails (never skips) when it is missing. */
    public static String binary() {
        String path = System.getProperty("obra.test.claude");
        if (path == null || !Files.isExecutable(Path.of(path))) {
            throw new IllegalStateException("the Claude Code CLI for the tests is missing (system property"
                    + " obra.test.claude = " + path + "); run the tests through Maven, which installs it with npm");
        }
        return path;
    }

    /**
     * Settings for a fast, offline run against {@code api}: its base URL, {@code HOME} set to
     * {@code home}, {@code maxRetries} CLI retries, a 2-minute timeout and a 60 s stall timeout.
     */
    public static AgentSettings settings(final FakeAnthropic api, final Path home, final int maxRetries) {
        return settings(api, home, maxRetries, Map.of());
    }

    /** As {@link #settings(FakeAnthropic, Path, int)}, with more environment. */
    public static AgentSettings settings(final FakeAnthropic api, final Path home, final int maxRetries,
                                         final Map<String, String> extraEnvironment) {
        Map<String, String> environment = new HashMap<>();
        environment.put("ANTHROPIC_BASE_URL", api.baseUrl());
        environment.put("HOME", home.toString());
        // A silent server must not hold a test for minutes.
        environment.put("API_TIMEOUT_MS", "20000");
        environment.putAll(extraEnvironment);
        AgentSettings defaults = AgentSettings.defaults();
        return new AgentSettings(AgentSettings.CLAUDE_CODE_LOCAL, Optional.of(binary()), Optional.empty(),
                Optional.empty(), 10, List.of(), List.of(), defaults.permissionMode(), Optional.empty(),
                Optional.empty(), Optional.empty(), environment, maxRetries, Duration.ofSeconds(60),
                Duration.ofMinutes(2));
    }

    /** {@code settings} with {@code --allowedTools}. */
    public static AgentSettings withAllowedTools(final AgentSettings s, final List<String> tools) {
        return new AgentSettings(s.type(), s.executable(), s.model(), s.fallbackModel(), s.maxTurns(), tools,
                s.disallowedTools(), s.permissionMode(), s.appendSystemPrompt(), s.mcpConfig(), s.settingsFile(),
                s.environment(), s.maxRetries(), s.stallTimeout(), s.timeout());
    }

    /** {@code settings} with another {@code --permission-mode}. */
    public static AgentSettings withPermissionMode(final AgentSettings s, final String mode) {
        return new AgentSettings(s.type(), s.executable(), s.model(), s.fallbackModel(), s.maxTurns(),
                s.allowedTools(), s.disallowedTools(), mode, s.appendSystemPrompt(), s.mcpConfig(), s.settingsFile(),
                s.environment(), s.maxRetries(), s.stallTimeout(), s.timeout());
    }
}
