package io.obra.implementer;

import io.obra.implementer.ImplementerResult.ImplementerUsage;
import io.obra.implementer.StreamEvent.ApiRetry;
import io.obra.implementer.StreamEvent.AssistantText;
import io.obra.implementer.StreamEvent.Init;
import io.obra.implementer.StreamEvent.NotJson;
import io.obra.implementer.StreamEvent.Other;
import io.obra.implementer.StreamEvent.Result;
import io.obra.implementer.StreamEvent.ToolResult;
import io.obra.implementer.StreamEvent.ToolUse;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The parser on outputs recorded from the real CLI 2.1.197. */
class StreamJsonParserTest {

    private final StreamJsonParser parser = new StreamJsonParser();

    private List<StreamEvent> parseAll(final String sample) {
        return Samples.lines(sample).stream().flatMap(line -> parser.parse(line).stream()).toList();
    }

    @Test
    void readsAWriteRunFromInitToResult() {
        List<StreamEvent> events = parseAll("write-file.stream.jsonl");

        assertThat(events).hasSize(6);
        Init init = (Init) events.get(0);
        assertThat(init.sessionId()).isEqualTo("985e704e-9adc-414d-ab30-1f8709748342");
        assertThat(init.model()).isEqualTo("claude-opus-4-8[1m]");
        assertThat(init.claudeCodeVersion()).isEqualTo("2.1.197");
        assertThat(init.permissionMode()).isEqualTo("acceptEdits");
        assertThat(init.tools()).contains("Write", "Edit", "Bash").hasSize(24);
        assertThat(init.cwd()).isEqualTo("/work/repo");

        assertThat(events.get(1)).isEqualTo(new AssistantText("msg_92fae53ff4494c1ca993", "I will create the file."));
        ToolUse write = (ToolUse) events.get(2);
        assertThat(write.messageId()).isEqualTo("msg_92fae53ff4494c1ca993");
        assertThat(write.name()).isEqualTo("Write");
        assertThat(write.editedFile()).contains("/work/repo/hello.txt");
        assertThat(write.input().path("content").asText()).isEqualTo("hello from fake\n");
        ToolResult toolResult = (ToolResult) events.get(3);
        assertThat(toolResult.toolUseId()).isEqualTo(write.toolUseId());
        assertThat(toolResult.isError()).isFalse();
        assertThat(toolResult.content()).startsWith("File created successfully at: /work/repo/hello.txt");

        Result result = (Result) events.get(5);
        assertThat(result.subtype()).isEqualTo("success");
        assertThat(result.isError()).isFalse();
        assertThat(result.apiErrorStatus()).isEmpty();
        assertThat(result.numTurns()).isEqualTo(2);
        assertThat(result.result()).isEqualTo("Created hello.txt.");
        assertThat(result.sessionId()).isEqualTo(init.sessionId());
        assertThat(result.totalCostUsd()).contains(0.0125);
        assertThat(result.durationMs()).isEqualTo(171);
        assertThat(result.usage()).isEqualTo(new ImplementerUsage(2000, 100, 0, 0));
        assertThat(result.permissionDenials()).isEmpty();
        assertThat(result.terminalReason()).isEqualTo("completed");
    }

    @Test
    void readsTheTurnLimit() {
        List<StreamEvent> events = parseAll("max-turns.stream.jsonl");

        Result result = (Result) events.get(events.size() - 1);
        assertThat(result.subtype()).isEqualTo("error_max_turns");
        assertThat(result.isError()).isTrue();
        assertThat(result.numTurns()).isEqualTo(3);
        assertThat(result.terminalReason()).isEqualTo("max_turns");
        assertThat(result.errors()).containsExactly("Reached maximum number of turns (2)");
        assertThat(events).filteredOn(ToolUse.class::isInstance).extracting(e -> ((ToolUse) e).name())
                .containsExactly("Bash", "Bash");
        assertThat(((ToolUse) events.get(1)).editedFile()).isEmpty();
    }

    @Test
    void readsRetriesAndAnApiErrorReportedAsSuccessWithIsError() {
        List<StreamEvent> events = parseAll("api-500.stream.jsonl");

        assertThat(events.get(1)).isEqualTo(new ApiRetry(1, 2, java.util.Optional.of(500), "server_error", 551));
        Result result = (Result) events.get(events.size() - 1);
        assertThat(result.subtype()).isEqualTo("success");
        assertThat(result.isError()).isTrue();
        assertThat(result.apiErrorStatus()).contains(500);
        assertThat(result.result()).startsWith("API Error: 500 fake api_error.");
        assertThat(result.totalCostUsd()).contains(0.0);
    }

    @Test
    void readsAnUnreachableApiWithoutStatus() {
        Result result = (Result) parser.parse(Samples.text("unreachable.json").strip()).get(0);

        assertThat(result.isError()).isTrue();
        assertThat(result.apiErrorStatus()).isEmpty();
        assertThat(result.result()).isEqualTo("API Error: Unable to connect to API (ConnectionRefused)");
    }

    @Test
    void keyOrderAndUnknownFieldsDoNotMatter() {
        String reordered = "{\"usage\":{\"output_tokens\":7,\"input_tokens\":3},\"new_field\":[1,2],"
                + "\"total_cost_usd\":0.5,\"num_turns\":4,\"session_id\":\"s1\",\"is_error\":false,"
                + "\"subtype\":\"success\",\"type\":\"result\",\"result\":\"ok\"}";

        Result result = (Result) parser.parse(reordered).get(0);

        assertThat(result.sessionId()).isEqualTo("s1");
        assertThat(result.numTurns()).isEqualTo(4);
        assertThat(result.totalCostUsd()).contains(0.5);
        assertThat(result.usage()).isEqualTo(new ImplementerUsage(3, 7, 0, 0));
        assertThat(result.apiErrorStatus()).isEmpty();
    }

    @Test
    void readsPermissionDenialsAndToolResultsGivenAsBlocks() {
        Result result = (Result) parser.parse("{\"type\":\"result\",\"subtype\":\"success\",\"is_error\":false,"
                + "\"permission_denials\":[{\"tool_name\":\"Bash\",\"tool_use_id\":\"t1\","
                + "\"tool_input\":{\"command\":\"rm -rf build\"}}]}").get(0);
        ToolResult toolResult = (ToolResult) parser.parse("{\"type\":\"user\",\"message\":{\"content\":[{"
                + "\"type\":\"tool_result\",\"tool_use_id\":\"t2\",\"is_error\":true,"
                + "\"content\":[{\"type\":\"text\",\"text\":\"line 1\"},{\"type\":\"text\",\"text\":\"line 2\"}]}]}}")
                .get(0);

        assertThat(result.permissionDenials()).singleElement().satisfies(denial -> {
            assertThat(denial.toolName()).isEqualTo("Bash");
            assertThat(denial.toolInput().path("command").asText()).isEqualTo("rm -rf build");
        });
        assertThat(toolResult).isEqualTo(new ToolResult("t2", true, "line 1\nline 2"));
    }

    @Test
    void aToolResultIsAValueLikeARecordThoughItsContentIsReadOnlyWhenAskedFor() {
        String line = "{\"type\":\"user\",\"message\":{\"content\":[{\"tool_use_id\":\"t\",\"type\":\"tool_result\","
                + "\"content\":\"line 1\\n\\\"quoted\\\"\"}]},\"tool_use_result\":{\"content\":\"line 1\"}}";

        ToolResult parsed = (ToolResult) parser.parse(line).get(0);

        ToolResult expected = new ToolResult("t", false, "line 1\n\"quoted\"");
        assertThat(parsed).isEqualTo(expected).hasSameHashCodeAs(expected);
        assertThat(parsed.content()).isEqualTo("line 1\n\"quoted\"");
        assertThat(parsed).hasToString("ToolResult[toolUseId=t, isError=false, content=line 1\n\"quoted\"]");
        assertThat(parsed).isNotEqualTo(new ToolResult("t", true, "line 1\n\"quoted\""));
    }

    @Test
    void notebookEditsNameTheirNotebook() {
        ToolUse edit = (ToolUse) parser.parse("{\"type\":\"assistant\",\"message\":{\"id\":\"m\",\"content\":[{"
                + "\"type\":\"tool_use\",\"id\":\"t\",\"name\":\"NotebookEdit\","
                + "\"input\":{\"notebook_path\":\"/w/a.ipynb\",\"new_source\":\"x\"}}]}}").get(0);

        assertThat(edit.editedFile()).contains("/w/a.ipynb");
    }

    @Test
    void linesThatAreNotJsonObjectsAreReportedNotThrown() {
        assertThat(parser.parse("npm WARN something odd")).containsExactly(new NotJson("npm WARN something odd"));
        assertThat(parser.parse("{\"type\":\"assistant\", truncated")).hasOnlyElementsOfType(NotJson.class);
        assertThat(parser.parse("[1,2,3]")).containsExactly(new NotJson("[1,2,3]"));
        assertThat(parser.parse("42")).containsExactly(new NotJson("42"));
        assertThat(parser.parse("   ")).isEmpty();
    }

    @Test
    void unknownTypesAreKeptAsOther() {
        assertThat(parser.parse("{\"type\":\"rate_limit_event\",\"rate_limit_info\":{}}"))
                .containsExactly(new Other("rate_limit_event", ""));
        assertThat(parser.parse("{\"type\":\"system\",\"subtype\":\"model_fallback\"}"))
                .containsExactly(new Other("system", "model_fallback"));
        assertThat(parser.parse("{\"no_type\":true}")).containsExactly(new Other("", ""));
    }
}
