package io.obra.orchestrator.ollama;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.obra.config.LlmSettings;
import io.obra.orchestrator.OrchestratorException.Kind;
import io.obra.orchestrator.TokenUsage;
import io.obra.orchestrator.http.BodyDescription;
import io.obra.orchestrator.http.ChatReply;
import io.obra.orchestrator.http.HttpReply;
import io.obra.orchestrator.http.Json;
import io.obra.orchestrator.http.ReplyProblem;
import io.obra.orchestrator.http.Scrub;
import io.obra.port.BuildLog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads Ollama replies: the final {@code /api/chat} object ({@code message.content}, {@code done_reason},
 * token counts and durations in nanoseconds), {@code /api/version} and {@code /api/tags}.
 */
final class OllamaReplies {

    private static final String EXPECTED = "an /api/chat object with message.content";
    /** Context windows Ollama uses when none is configured; a prompt of exactly this size was cut to fit. */
    private static final Set<Long> DEFAULT_WINDOWS = Set.of(2048L, 4096L);

    private final String endpoint;
    private final LlmSettings settings;
    private final BuildLog log;

    OllamaReplies(final String endpoint, final LlmSettings settings, final BuildLog log) {
        this.endpoint = endpoint;
        this.settings = settings;
        this.log = log;
    }

    ChatReply chat(final String requestedModel, final HttpReply reply) throws ReplyProblem {
        JsonNode root = parse(reply, EXPECTED);
        String error = Json.text(root.path("error"));
        if (!error.isBlank()) {
            throw new ReplyProblem(Kind.SERVER_ERROR, "server_error", "Ollama at %s reported an error for model %s: %s"
                    .formatted(endpoint, requestedModel, Scrub.text(error, settings.apiKey())));
        }
        if ("length".equals(Json.text(root.path("done_reason")))) {
            throw new ReplyProblem(Kind.INVALID_CONTENT, "truncated", ("model %s at %s reached the maximum number of "
                    + "output tokens before its reply was complete (done_reason length); raise max_output_tokens "
                    + "(num_predict) or num_ctx").formatted(requestedModel, endpoint));
        }
        JsonNode content = root.path("message").path("content");
        if (!content.isTextual()) {
            throw new ReplyProblem(Kind.MALFORMED_RESPONSE, "malformed_response",
                    "%s returned a reply without message.content for model %s (expected %s)"
                            .formatted(endpoint, requestedModel, EXPECTED));
        }
        long promptTokens = Json.number(root.path("prompt_eval_count"));
        long outputTokens = Json.number(root.path("eval_count"));
        String model = Json.text(root.path("model"));
        model = model.isBlank() ? requestedModel : model;
        logTimings(model, root, promptTokens, outputTokens);
        warnIfContextFull(model, promptTokens, outputTokens);
        return new ChatReply(content.asText(), model, new TokenUsage(promptTokens, 0, outputTokens));
    }

    String version(final HttpReply reply) throws ReplyProblem {
        return Json.text(parse(reply, "{\"version\":…}").path("version"));
    }

    List<OllamaModel> models(final HttpReply reply) throws ReplyProblem {
        JsonNode list = parse(reply, "{\"models\":[…]}").path("models");
        if (!list.isArray()) {
            throw new ReplyProblem(Kind.MALFORMED_RESPONSE, "malformed_response",
                    endpoint + "/api/tags returned no models array (expected {\"models\":[…]})");
        }
        List<OllamaModel> models = new ArrayList<>();
        for (JsonNode model : list) {
            String name = Json.text(model.path("name"));
            if (name.isBlank()) {
                name = Json.text(model.path("model"));
            }
            JsonNode details = model.path("details");
            models.add(new OllamaModel(name, Json.number(model.path("size")), Json.text(details.path("parameter_size")),
                    Json.text(details.path("quantization_level")), Json.text(details.path("family")),
                    Json.text(model.path("modified_at"))));
        }
        return models;
    }

    private void logTimings(final String model, final JsonNode root, final long promptTokens, final long outputTokens) {
        // Ollama reports durations in nanoseconds.
        double total = Json.number(root.path("total_duration")) / 1e9;
        double load = Json.number(root.path("load_duration")) / 1e9;
        double eval = Json.number(root.path("eval_duration")) / 1e9;
        String rate = eval > 0 ? String.format(Locale.ROOT, " at %.1f tokens/s", outputTokens / eval) : "";
        log.info(String.format(Locale.ROOT, "orchestrator: ollama %s answered in %.1f s (model load %.1f s; "
                + "%d prompt tokens; %d output tokens%s)", model, total, load, promptTokens, outputTokens, rate));
    }

    private void warnIfContextFull(final String model, final long promptTokens, final long outputTokens) {
        long window = settings.numCtx().map(Integer::longValue).orElse(0L);
        boolean full = window > 0 ? promptTokens + outputTokens >= window : DEFAULT_WINDOWS.contains(promptTokens);
        if (full) {
            log.warn(("orchestrator: the prompt for ollama %s filled the context window (%d prompt tokens%s); Ollama "
                    + "cuts prompts that do not fit, so the evidence was probably truncated; raise num_ctx")
                    .formatted(model, promptTokens, window > 0 ? " of num_ctx " + window : ", Ollama's default window"));
        }
    }

    private JsonNode parse(final HttpReply reply, final String expected) throws ReplyProblem {
        try {
            JsonNode root = Json.read(reply);
            if (root != null && root.isObject()) {
                return root;
            }
        } catch (JsonProcessingException e) {
            // described below, with what came instead
        }
        throw new ReplyProblem(Kind.MALFORMED_RESPONSE, "malformed_response",
                "%s answered %d with a body that is not the JSON Ollama documents (expected %s): got %s"
                        .formatted(reply.url(), reply.status(), expected,
                                BodyDescription.of(reply, settings.apiKey())));
    }
}
