package io.jenkins.plugins.obra;

import com.fasterxml.jackson.databind.ObjectMapper;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

import java.io.IOException;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback OpenAI Chat Completions endpoint that answers every completion with the next verdict of a
 * script (the last one repeats) and {@code /models} with the model; or rejects every request with 401.
 * Minimal on purpose: obra-core's shared fakes ({@code io.obra.testing}) were not available when these
 * tests were written.
 */
final class OpenAiFake implements AutoCloseable {

    static final String MODEL = "gpt-4o-2024-11-20";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> CRITERIA = List.of("correctness", "completeness", "tests", "code_quality",
            "security", "scope_discipline");

    private final MockWebServer server = new MockWebServer();
    private final List<Integer> qualities = new CopyOnWriteArrayList<>(List.of(92));
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private final AtomicInteger completions = new AtomicInteger();
    private volatile boolean rejectKey;

    OpenAiFake() throws IOException {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(final RecordedRequest request) {
                return answer(request);
            }
        });
        server.start(InetAddress.getByName("127.0.0.1"), 0);
    }

    /** The base URL for {@code openai(baseUrl: ...)}. */
    String url() {
        return "http://127.0.0.1:" + server.getPort() + "/v1";
    }

    /** The quality of each successive verdict (confidence 0.9); the last repeats. */
    OpenAiFake scoring(final Integer... scores) {
        qualities.clear();
        qualities.addAll(List.of(scores));
        return this;
    }

    /** Answers 401 to everything, like OpenAI with a wrong key. */
    OpenAiFake rejectingTheKey() {
        this.rejectKey = true;
        return this;
    }

    int completions() {
        return completions.get();
    }

    /** The Authorization headers received (to prove which key was sent). */
    List<String> authorizations() {
        return List.copyOf(authorizations);
    }

    private MockResponse answer(final RecordedRequest request) {
        authorizations.add(String.valueOf(request.getHeaders().get("Authorization")));
        if (rejectKey) {
            return json(401, Map.of("error", Map.of("message", "Incorrect API key provided",
                    "type", "invalid_request_error", "code", "invalid_api_key")));
        }
        String path = request.getTarget() == null ? "" : request.getTarget();
        if (path.contains("/models")) {
            return json(200, Map.of("object", "list", "data", List.of(Map.of("id", MODEL, "object", "model"))));
        }
        if (!path.contains("/chat/completions")) {
            return json(404, Map.of("error", Map.of("message", "not found: " + path)));
        }
        int index = completions.getAndIncrement();
        int quality = qualities.get(Math.min(index, qualities.size() - 1));
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("role", "assistant");
        message.put("content", verdict(quality));
        Map<String, Object> completion = new LinkedHashMap<>();
        completion.put("id", "chatcmpl-fake-" + index);
        completion.put("object", "chat.completion");
        completion.put("created", 1_760_000_000L);
        completion.put("model", MODEL);
        completion.put("choices", List.of(Map.of("index", 0, "message", message, "finish_reason", "stop")));
        completion.put("usage", Map.of("prompt_tokens", 900, "completion_tokens", 120, "total_tokens", 1020));
        return json(200, completion);
    }

    private static String verdict(final int quality) {
        List<Map<String, Object>> criteria = new ArrayList<>();
        for (String name : CRITERIA) {
            criteria.add(Map.of("name", name, "score", quality, "rationale", "scored " + quality));
        }
        List<Map<String, Object>> findings = quality >= 80 ? List.of()
                : List.of(Map.of("severity", "major", "file", "README.md", "line", 1,
                        "message", "The README does not explain how to run the tests."));
        Map<String, Object> verdict = new LinkedHashMap<>();
        verdict.put("quality", quality);
        verdict.put("confidence", 0.9);
        verdict.put("summary", quality >= 80 ? "The change does what the task asks." : "The change is incomplete.");
        verdict.put("criteria", criteria);
        verdict.put("findings", findings);
        return write(verdict);
    }

    private static MockResponse json(final int code, final Object body) {
        return new MockResponse.Builder().code(code).addHeader("content-type", "application/json")
                .body(write(body)).build();
    }

    private static String write(final Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
