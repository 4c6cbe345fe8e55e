package io.obra.implementer;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.obra.privacy.SecretMasker;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressEchoTest {

    private static final String KEY = "sk-ant-api03-ECHO-test-key-0123456789abcdef";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ClaudeCliRun.RecordingLog log = new ClaudeCliRun.RecordingLog();
    private final ProgressEcho echo = new ProgressEcho(log, SecretMasker.of(List.of(KEY)), "/work/repo", 1,
            "obra-reports/implementer-1.stream.jsonl");

    @Test
    void aSecretCutByTheLineLimitIsStillMasked() {
        // the key starts just before the 200-character cut: shortening first would leave its start behind
        String text = "x".repeat(190) + KEY + " and more";

        echo.event(new StreamEvent.AssistantText("m", text), 1);

        assertThat(log.lines).singleElement().satisfies(line -> {
            assertThat(line).doesNotContain("sk-ant").startsWith("claude: turn 1 · " + "x".repeat(190) + "****");
        });
    }

    @Test
    void toolCallsShowTheirMostTellingArgumentOnOneLine() {
        echo.event(new StreamEvent.ToolUse("m", "t1", "Bash",
                JSON.valueToTree(Map.of("command", "mvn -q\n  test"))), 4);
        echo.event(new StreamEvent.ToolUse("m", "t2", "Edit",
                JSON.valueToTree(Map.of("file_path", "/work/repo/src/Foo.java", "old_string", "a"))), 5);
        echo.event(new StreamEvent.ToolUse("m", "t3", "Read", JSON.valueToTree(Map.of("file_path", "/etc/hosts"))), 6);
        echo.event(new StreamEvent.ToolUse("m", "t4", "TodoWrite", JSON.valueToTree(Map.of("todos", List.of()))), 7);

        assertThat(log.lines).containsExactly("claude: turn 4 · Bash mvn -q test",
                "claude: turn 5 · Edit src/Foo.java", "claude: turn 6 · Read /etc/hosts",
                "claude: turn 7 · TodoWrite {\"todos\":[]}");
    }

    @Test
    void aFloodOfNonJsonOutputIsCutShortOnTheConsole() {
        for (int i = 1; i <= 500; i++) {
            echo.event(new StreamEvent.NotJson("garbage " + i), 0);
        }

        assertThat(log.lines).hasSize(ProgressEcho.MAX_NOT_JSON_SHOWN + 1)
                .startsWith("WARN claude: output that is not stream-json: garbage 1")
                .endsWith("WARN claude: more output that is not stream-json; it is only kept in"
                        + " obra-reports/implementer-1.stream.jsonl");
    }

    @Test
    void retriesAndFailedToolsAreWarnings() {
        echo.event(new StreamEvent.ApiRetry(2, 10, java.util.Optional.of(529), "overloaded_error", 1234), 1);
        echo.event(new StreamEvent.ApiRetry(1, 2, java.util.Optional.empty(), "connection_error", 500), 1);
        echo.event(new StreamEvent.ToolResult("t", true, "Exit code 1\nBUILD FAILURE"), 3);
        echo.event(new StreamEvent.ToolResult("t", false, "fine"), 3);

        assertThat(log.lines).containsExactly(
                "WARN claude: the API answered 529 (overloaded_error); retry 2 of 10 in 1.2 s",
                "WARN claude: the API request failed (connection_error); retry 1 of 2 in 0.5 s",
                "WARN claude: turn 3 · tool failed: Exit code 1 BUILD FAILURE");
    }
}
