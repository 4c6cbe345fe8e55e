package io.obra.implementer;

import io.obra.config.AgentSettings;
import io.obra.privacy.Secret;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The command line and environment of one headless Claude Code run. The prompt is not part of it: it
 * goes to standard input, so it has no length limit and never shows in the process list; the
 * credential goes only into the environment.
 *
 * @param command     {@code claude -p --output-format stream-json …}
 * @param environment additions to the agent's environment
 * @param secrets     the secret values in {@code environment}
 */
record ClaudeInvocation(List<String> command, Map<String, String> environment, Set<String> secrets) {

    static final String API_KEY = "ANTHROPIC_API_KEY";
    static final String OAUTH_TOKEN = "CLAUDE_CODE_OAUTH_TOKEN";
    static final String AUTH_TOKEN = "ANTHROPIC_AUTH_TOKEN";
    static final String BASE_URL = "ANTHROPIC_BASE_URL";
    /** Claude subscription tokens ({@code claude setup-token}) start with this; API keys do not. */
    static final String OAUTH_TOKEN_PREFIX = "sk-ant-oat";
    private static final String LOOPBACK_HOSTS = "127.0.0.1,localhost";

    ClaudeInvocation {
        command = List.copyOf(command);
        environment = Map.copyOf(environment);
        secrets = Set.copyOf(secrets);
    }

    /** The executable: {@code agent.executable}, else {@code claude} from the PATH. */
    static String executable(final AgentSettings settings) {
        return settings.executable().filter(path -> !path.isBlank()).orElse("claude");
    }

    static ClaudeInvocation of(final AgentSettings settings, final Optional<Secret> credential,
                               final String configDir, final Optional<String> resumeSessionId) {
        List<String> command = new ArrayList<>(List.of(executable(settings), "-p", "--output-format", "stream-json",
                "--verbose", "--permission-mode", settings.permissionMode(),
                // Settings (and their hooks) from the repository under test are not trusted.
                "--setting-sources", "user"));
        settings.model().ifPresent(model -> command.addAll(List.of("--model", model)));
        settings.fallbackModel().ifPresent(model -> command.addAll(List.of("--fallback-model", model)));
        if (settings.maxTurns() > 0) {
            command.addAll(List.of("--max-turns", Integer.toString(settings.maxTurns())));
        }
        if (!settings.allowedTools().isEmpty()) {
            command.add("--allowedTools");
            command.addAll(settings.allowedTools());
        }
        if (!settings.disallowedTools().isEmpty()) {
            command.add("--disallowedTools");
            command.addAll(settings.disallowedTools());
        }
        settings.appendSystemPrompt().ifPresent(text -> command.addAll(List.of("--append-system-prompt", text)));
        settings.mcpConfig().ifPresent(file -> command.addAll(List.of("--mcp-config", file)));
        settings.settingsFile().ifPresent(file -> command.addAll(List.of("--settings", file)));
        resumeSessionId.ifPresent(session -> command.addAll(List.of("--resume", session)));
        return new ClaudeInvocation(command, environment(settings, credential, configDir),
                credential.map(secret -> Set.of(secret.reveal())).orElse(Set.of()));
    }

    /** The environment for {@code claude --version}: the same, without the credential. */
    static Map<String, String> versionCheckEnvironment(final AgentSettings settings, final String configDir) {
        return environment(settings, Optional.empty(), configDir);
    }

    private static Map<String, String> environment(final AgentSettings settings, final Optional<Secret> credential,
                                                   final String configDir) {
        Map<String, String> env = new LinkedHashMap<>();
        // Without this the CLI also calls api.anthropic.com (telemetry, updates) whatever the base URL:
        // on an air-gapped agent that costs seconds per run.
        env.put("CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC", "1");
        env.put("DISABLE_AUTOUPDATER", "1");
        env.putAll(settings.environment());
        env.put("CLAUDE_CODE_MAX_RETRIES", Integer.toString(settings.maxRetries()));
        env.put("CLAUDE_CONFIG_DIR", configDir);
        credential.ifPresent(secret -> {
            boolean oauth = isOauthToken(secret);
            // An empty variable counts as unset for the CLI: blank the other kinds, so a key that the
            // agent's own environment happens to hold cannot take precedence over the configured one.
            env.put(API_KEY, oauth ? "" : secret.reveal());
            env.put(OAUTH_TOKEN, oauth ? secret.reveal() : "");
            if (!settings.environment().containsKey(AUTH_TOKEN)) {
                env.put(AUTH_TOKEN, "");
            }
        });
        Optional.ofNullable(env.get(BASE_URL)).filter(ClaudeInvocation::isLoopback).ifPresent(url -> {
            // The CLI sends even loopback requests through HTTP(S)_PROXY unless NO_PROXY names the host.
            env.put("NO_PROXY", join(settings.environment().get("NO_PROXY"), LOOPBACK_HOSTS));
            env.put("no_proxy", join(settings.environment().get("no_proxy"), LOOPBACK_HOSTS));
        });
        return env;
    }

    static boolean isOauthToken(final Secret secret) {
        return secret.reveal().startsWith(OAUTH_TOKEN_PREFIX);
    }

    static boolean isLoopback(final String url) {
        try {
            String host = URI.create(url.trim()).getHost();
            return host != null && (host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]")
                    || host.equals("::1"));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String join(final String configured, final String hosts) {
        return configured == null || configured.isBlank() ? hosts : configured + "," + hosts;
    }
}
