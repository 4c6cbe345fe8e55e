package io.obra.implementer;

import io.obra.config.AgentSettings;
import io.obra.privacy.Secret;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ClaudeInvocationTest {

    private static final Secret API_KEY = new Secret("Jenkins credential 'anthropic'", "sk-ant-api03-abcdef123456");
    private static final Secret OAUTH = new Secret("Jenkins credential 'claude-sub'", "sk-ant-oat01-abcdef123456");

    private static AgentSettings everything() {
        return new AgentSettings("claude_code_local", Optional.of("/opt/claude/bin/claude"), Optional.of("sonnet"),
                Optional.of("haiku"), 12, List.of("Bash(mvn:*)", "Bash(git diff:*)"), List.of("WebFetch"),
                "acceptEdits", Optional.of("Keep changes small."), Optional.of("mcp.json"),
                Optional.of("settings.json"),
                Map.of("ANTHROPIC_BASE_URL", "http://127.0.0.1:8080", "CLAUDE_CODE_USE_BEDROCK", "1"), 3,
                Duration.ofMinutes(5), Duration.ofMinutes(30));
    }

    @Test
    void passesEveryConfiguredOptionAndResumes() {
        ClaudeInvocation invocation = ClaudeInvocation.of(everything(), Optional.of(API_KEY), "/tmp/cfg",
                Optional.of("session-1"));

        assertThat(invocation.command()).containsExactly("/opt/claude/bin/claude", "-p", "--output-format",
                "stream-json", "--verbose", "--permission-mode", "acceptEdits", "--setting-sources", "user",
                "--model", "sonnet", "--fallback-model", "haiku", "--max-turns", "12",
                "--allowedTools", "Bash(mvn:*)", "Bash(git diff:*)", "--disallowedTools", "WebFetch",
                "--append-system-prompt", "Keep changes small.", "--mcp-config", "mcp.json",
                "--settings", "settings.json", "--resume", "session-1");
    }

    @Test
    void theDefaultsNeverSkipPermissions() {
        ClaudeInvocation invocation = ClaudeInvocation.of(AgentSettings.defaults(), Optional.empty(), "/tmp/cfg",
                Optional.empty());

        assertThat(invocation.command()).startsWith("claude").containsSequence("--permission-mode", "acceptEdits")
                .doesNotContain("--dangerously-skip-permissions", "bypassPermissions", "--resume");
        assertThat(invocation.secrets()).isEmpty();
        assertThat(invocation.environment()).doesNotContainKeys("ANTHROPIC_API_KEY", "CLAUDE_CODE_OAUTH_TOKEN");
    }

    @Test
    void anApiKeyGoesToAnthropicApiKeyAndBlanksTheOtherKinds() {
        Map<String, String> env = ClaudeInvocation.of(everything(), Optional.of(API_KEY), "/tmp/cfg",
                Optional.empty()).environment();

        assertThat(env).containsEntry("ANTHROPIC_API_KEY", API_KEY.reveal())
                .containsEntry("CLAUDE_CODE_OAUTH_TOKEN", "").containsEntry("ANTHROPIC_AUTH_TOKEN", "")
                .containsEntry("CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC", "1")
                .containsEntry("DISABLE_AUTOUPDATER", "1")
                .containsEntry("CLAUDE_CODE_MAX_RETRIES", "3")
                .containsEntry("CLAUDE_CONFIG_DIR", "/tmp/cfg")
                .containsEntry("ANTHROPIC_BASE_URL", "http://127.0.0.1:8080")
                .containsEntry("CLAUDE_CODE_USE_BEDROCK", "1")
                .containsEntry("NO_PROXY", "127.0.0.1,localhost");
    }

    @Test
    void anOauthTokenGoesToClaudeCodeOauthToken() {
        ClaudeInvocation invocation = ClaudeInvocation.of(AgentSettings.defaults(), Optional.of(OAUTH), "/c",
                Optional.empty());

        assertThat(invocation.environment()).containsEntry("CLAUDE_CODE_OAUTH_TOKEN", OAUTH.reveal())
                .containsEntry("ANTHROPIC_API_KEY", "");
        assertThat(invocation.secrets()).containsExactly(OAUTH.reveal());
        assertThat(String.join(" ", invocation.command())).doesNotContain(OAUTH.reveal());
    }

    @Test
    void noProxyIsAddedOnlyForLoopbackGatewaysAndKeepsConfiguredHosts() {
        AgentSettings remote = AgentSettings.defaults().withEnvironment(
                Map.of("ANTHROPIC_BASE_URL", "https://gateway.example.com"));
        AgentSettings local = AgentSettings.defaults().withEnvironment(
                Map.of("ANTHROPIC_BASE_URL", "http://localhost:4000", "NO_PROXY", "internal.example.com"));

        assertThat(ClaudeInvocation.of(remote, Optional.empty(), "/c", Optional.empty()).environment())
                .doesNotContainKey("NO_PROXY");
        assertThat(ClaudeInvocation.of(local, Optional.empty(), "/c", Optional.empty()).environment())
                .containsEntry("NO_PROXY", "internal.example.com,127.0.0.1,localhost")
                .containsEntry("no_proxy", "127.0.0.1,localhost");
    }

    @Test
    void recognisesLoopbackUrls() {
        assertThat(ClaudeInvocation.isLoopback("http://127.0.0.1:1234")).isTrue();
        assertThat(ClaudeInvocation.isLoopback("http://localhost")).isTrue();
        assertThat(ClaudeInvocation.isLoopback("http://[::1]:80")).isTrue();
        assertThat(ClaudeInvocation.isLoopback("https://api.anthropic.com")).isFalse();
        assertThat(ClaudeInvocation.isLoopback("not a url")).isFalse();
    }
}
