package io.jenkins.plugins.obra;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.obra.testing.OllamaFake;
import io.obra.testing.OpenAiFake;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback orchestrator for the plugin's tests: answers every OpenAI chat completion (or Ollama
 * {@code /api/chat}) with the next verdict of a script, the last one repeating. The HTTP bodies and
 * headers are obra-core's shared fakes ({@link OpenAiFake}, {@link OllamaFake}), the same ones the engine's
 * own provider tests pin against the real APIs; this class only scripts which verdict comes next.
 */
final class VerdictServer implements AutoCloseable {

    static final String OPENAI_MODEL = "gpt-4o-2024-11-20";
    static final String OLLAMA_MODEL = "qwen2.5-coder:32b";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> CRITERIA = List.of("correctness", "completeness", "tests", "code_quality",
            "security", "scope_discipline");

    private final MockWebServer server = new MockWebServer();
    private final boolean ollama;
    private final List<Integer> qualities = new CopyOnWriteArrayList<>(List.of(92));
    private final List<Map<String, Object>> findings = new CopyOnWriteArrayList<>();
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private final AtomicInteger completions = new AtomicInteger();
    private volatile String summary = "The change does what the task asks.";
    private volatile boolean rejectKey;

    private VerdictServer(final boolean ollama) throws IOException {
        this.ollama = ollama;
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(final RecordedRequest request) {
                return answer(request);
            }
        });
        server.start(InetAddress.getByName("127.0.0.1"), 0);
    }

    /** An OpenAI-compatible endpoint; {@link #url()} is its {@code /v1} base URL. */
    static VerdictServer openAi() throws IOException {
        return new VerdictServer(false);
    }

    /** An Ollama server; {@link #url()} is its root. */
    static VerdictServer ollama() throws IOException {
        return new VerdictServer(true);
    }

    /** The base URL for {@code openai(baseUrl: …)} or {@code ollama(baseUrl: …)}. */
    String url() {
        String root = "http://127.0.0.1:" + server.getPort();
        return ollama ? root : root + "/v1";
    }

    /** The quality of each successive verdict (confidence 0.9); the last repeats. */
    VerdictServer scoring(final Integer... scores) {
        qualities.clear();
        qualities.addAll(List.of(scores));
        return this;
    }

    /** Every verdict reports this finding ({@code file} and {@code line} may be null). */
    VerdictServer finding(final String severity, final String file, final Integer line, final String message) {
        Map<String, Object> finding = new LinkedHashMap<>();
        finding.put("severity", severity);
        finding.put("file", file);
        finding.put("line", line);
        finding.put("message", message);
        findings.add(finding);
        return this;
    }

    /** The verdicts' summary. */
    VerdictServer summary(final String text) {
        this.summary = text;
        return this;
    }

    /** Answers 401 to everything, as OpenAI does for a wrong key. */
    VerdictServer rejectingTheKey() {
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
            return OpenAiFake.invalidKey();
        }
        String path = request.getTarget() == null ? "" : request.getTarget();
        String model = ollama ? OLLAMA_MODEL : OPENAI_MODEL;
        if (path.contains("/chat/completions") || path.startsWith("/api/chat")) {
            int index = completions.getAndIncrement();
            String verdict = verdict(qualities.get(Math.min(index, qualities.size() - 1)));
            return ollama ? OllamaFake.chat(verdict, model, 900, 120) : OpenAiFake.completion(verdict, model, 900, 120);
        }
        if (path.contains("/models")) {
            return OpenAiFake.models(model);
        }
        if (path.startsWith("/api/tags")) {
            return OllamaFake.tags(model);
        }
        if (path.startsWith("/api/version")) {
            return OllamaFake.version("0.6.2");
        }
        return ollama ? OllamaFake.error(404, "404 page not found")
                : OpenAiFake.error(404, "invalid_request_error", null, "Unknown request URL: " + path);
    }

    private String verdict(final int quality) {
        List<Map<String, Object>> criteria = new ArrayList<>();
        for (String name : CRITERIA) {
            criteria.add(Map.of("name", name, "score", quality, "rationale", "scored " + quality));
        }
        Map<String, Object> verdict = new LinkedHashMap<>();
        verdict.put("quality", quality);
        verdict.put("confidence", 0.9);
        verdict.put("summary", summary);
        verdict.put("criteria", criteria);
        verdict.put("findings", List.copyOf(findings));
        try {
            return JSON.writeValueAsString(verdict);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
