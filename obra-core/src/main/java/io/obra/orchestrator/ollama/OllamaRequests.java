package io.obra.orchestrator.ollama;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.obra.config.LlmSettings;
import io.obra.orchestrator.Prompt;
import io.obra.orchestrator.http.Json;
import okhttp3.HttpUrl;
import okhttp3.Request;


/**
 * Builds Ollama requests: {@code POST /api/chat} without streaming, the JSON schema as {@code format} and,
 * as Ollama's structured-output docs advise, in the prompt too; {@code options} (temperature, num_ctx,
 * num_predict, and any configured option) and {@code keep_alive}. An optional key goes as a bearer token,
 * for an Ollama behind an authenticating proxy.
 */
final class OllamaRequests {

    private final HttpUrl base;
    private final LlmSettings settings;
    /** Built once: canonicalizing a URL costs more than the rest of a small request. */
    private final HttpUrl chatUrl;

    OllamaRequests(final HttpUrl base, final LlmSettings settings) {
        this.base = base;
        this.settings = settings;
        this.chatUrl = url("api/chat");
    }

    Request chat(final String model, final Prompt prompt) {
        ObjectNode body = Json.object();
        body.put("model", model);
        ArrayNode messages = body.putArray("messages");
        if (!prompt.system().isBlank()) {
            messages.addObject().put("role", "system").put("content", prompt.system());
        }
        String user = prompt.user() + prompt.schema()
                .map(schema -> "\n\nRespond only with a JSON document that conforms to this JSON schema:\n" + schema)
                .orElse("");
        messages.addObject().put("role", "user").put("content", user);
        body.put("stream", false);
        prompt.schema().ifPresent(schema -> body.set("format", schema));
        ObjectNode options = body.putObject("options");
        settings.options().forEach((name, value) -> options.set(name, Json.tree(value)));
        settings.temperature().ifPresent(t -> options.put("temperature", t));
        settings.numCtx().ifPresent(n -> options.put("num_ctx", n));
        settings.maxOutputTokens().ifPresent(n -> options.put("num_predict", n));
        settings.keepAlive().ifPresent(keepAlive -> body.put("keep_alive", keepAlive));
        return authorized(chatUrl).post(Json.body(body)).build();
    }

    Request version() {
        return authorized(url("api/version")).get().build();
    }

    Request tags() {
        return authorized(url("api/tags")).get().build();
    }

    private HttpUrl url(final String path) {
        return base.newBuilder().addPathSegments(path).build();
    }

    private Request.Builder authorized(final HttpUrl url) {
        Request.Builder request = new Request.Builder().url(url).header("Accept", "application/json");
        settings.apiKey().filter(key -> !key.isBlank())
                .ifPresent(key -> request.header("Authorization", "Bearer " + key.reveal()));
        return request;
    }
}
