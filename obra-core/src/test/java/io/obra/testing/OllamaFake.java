package io.obra.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.obra.config.LlmSettings;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;

/**
 * Builds Ollama responses as a real server sends them ({@code /api/chat} without streaming,
 * {@code /api/tags}, {@code /api/version}, {@code {"error":"…"}}), for a {@link MockWebServer} standing in
 * for {@code http://gpu-agent:11434}. Typical use:
 * <pre>{@code
 * server.enqueue(OllamaFake.chat(verdictJson, "qwen2.5-coder:32b", 1500, 220));
 * LlmSettings settings = OllamaFake.settings(server, "qwen2.5-coder:32b");
 * }</pre>
 */
public final class OllamaFake {

    private static final ObjectMapper JSON = new ObjectMapper();

    private OllamaFake() {
    }

    /** Settings pointing at the fake, no key, {@link OpenAiFake#fastRetry()}. */
    public static LlmSettings settings(final MockWebServer server, final String model) {
        String url = server.url("/").toString();
        return LlmSettings.of("ollama", model).withBaseUrl(url.substring(0, url.length() - 1))
                .withRetry(OpenAiFake.fastRetry());
    }

    /** A final, non-streamed {@code /api/chat} reply whose message content is {@code content}. */
    public static MockResponse chat(final String content, final String model, final int promptEvalCount,
                                    final int evalCount) {
        return chat(content, model, promptEvalCount, evalCount, "stop");
    }

    /** A final {@code /api/chat} reply with the given {@code done_reason} ({@code stop}, {@code length}, …). */
    public static MockResponse chat(final String content, final String model, final int promptEvalCount,
                                    final int evalCount, final String doneReason) {
        ObjectNode root = JSON.createObjectNode();
        root.put("model", model);
        root.put("created_at", "2026-08-03T10:15:42.416799Z");
        ObjectNode message = root.putObject("message");
        message.put("role", "assistant");
        message.put("content", content);
        root.put("done", true);
        root.put("done_reason", doneReason);
        root.put("total_duration", 5_191_566_416L);
        root.put("load_duration", 2_154_458L);
        root.put("prompt_eval_count", promptEvalCount);
        root.put("prompt_eval_duration", 383_809_000L);
        root.put("eval_count", evalCount);
        root.put("eval_duration", 4_799_921_000L);
        return json(200, root.toString());
    }

    /** An error as Ollama sends it: {@code {"error":"message"}}. */
    public static MockResponse error(final int status, final String message) {
        ObjectNode root = JSON.createObjectNode();
        root.put("error", message);
        return json(status, root.toString());
    }

    /** 404 for a model that is not pulled. */
    public static MockResponse modelNotFound(final String model) {
        return error(404, "model \"" + model + "\" not found, try pulling it first");
    }

    /** {@code GET /api/tags}: the pulled models. */
    public static MockResponse tags(final String... names) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode models = root.putArray("models");
        for (String name : names) {
            ObjectNode model = models.addObject();
            model.put("name", name);
            model.put("model", name);
            model.put("modified_at", "2026-07-28T08:06:48.639712648-07:00");
            model.put("size", 19_851_349_856L);
            model.put("digest", "4bd6cbf2d094264457a17aab6bd6acd1ed7a72fb8f8be3cfb193f63c78dd56df");
            ObjectNode details = model.putObject("details");
            details.put("parent_model", "");
            details.put("format", "gguf");
            details.put("family", "qwen2");
            details.putArray("families").add("qwen2");
            details.put("parameter_size", "32.8B");
            details.put("quantization_level", "Q4_K_M");
        }
        return json(200, root.toString());
    }

    /** {@code GET /api/version}. */
    public static MockResponse version(final String version) {
        return json(200, "{\"version\":\"" + version + "\"}");
    }

    private static MockResponse json(final int status, final String body) {
        return new MockResponse.Builder().code(status).setHeader("Content-Type", "application/json; charset=utf-8")
                .body(body).build();
    }
}
