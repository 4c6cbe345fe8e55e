package io.obra.orchestrator.openai;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.obra.config.LlmSettings;
import io.obra.orchestrator.Prompt;
import io.obra.orchestrator.http.Json;
import io.obra.privacy.Secret;
import okhttp3.HttpUrl;
import okhttp3.Request;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Builds Chat Completions requests (openai-python {@code completion_create_params}): system and user
 * messages, strict {@code json_schema} structured output, and the token and sampling fields each model family
 * accepts. For Azure OpenAI ({@code apiVersion} set) the key goes in {@code api-key} and every URL carries
 * {@code api-version}.
 */
final class OpenAiRequests {

    /** o1, o3, o3-mini, o4-mini… and gpt-5*: reject {@code temperature} and {@code max_tokens}. */
    private static final Pattern REASONING = Pattern.compile("^(o\\d+(-.*)?|gpt-5.*)$");
    /** Fields Obra sets itself; options cannot replace them. */
    private static final Set<String> RESERVED = Set.of("model", "messages", "stream", "response_format");
    private static final Pattern SCHEMA_NAME = Pattern.compile("[^A-Za-z0-9_-]");

    private final HttpUrl base;
    private final LlmSettings settings;
    /** Built once: canonicalizing a URL costs more than the rest of a small request. */
    private final HttpUrl chatUrl;

    OpenAiRequests(final HttpUrl base, final LlmSettings settings) {
        this.base = base;
        this.settings = settings;
        this.chatUrl = url("chat/completions");
    }

    /** Whether the model is an OpenAI reasoning model (by name, or because a reasoning effort is configured). */
    static boolean isReasoningModel(final String model, final LlmSettings settings) {
        return REASONING.matcher(model.strip().toLowerCase(Locale.ROOT)).matches()
                || settings.reasoningEffort().isPresent();
    }

    boolean azure() {
        return settings.apiVersion().isPresent();
    }

    Request chat(final String model, final Prompt prompt) {
        return post(chatUrl, chatBody(model, prompt, settings.maxOutputTokens()));
    }

    /** A tiny completion that proves key and deployment (Azure has no model listing under a deployment). */
    Request ping(final String model) {
        return post(chatUrl, chatBody(model, Prompt.text("", "Reply with the word ok."), Optional.of(16)));
    }

    Request models() {
        return authorized(url("models")).get().build();
    }

    ObjectNode chatBody(final String model, final Prompt prompt, final Optional<Integer> maxTokens) {
        ObjectNode body = Json.object();
        body.put("model", model);
        settings.options().forEach((name, value) -> {
            if (!RESERVED.contains(name)) {
                body.set(name, Json.tree(value));
            }
        });
        ArrayNode messages = body.putArray("messages");
        if (!prompt.system().isBlank()) {
            messages.addObject().put("role", "system").put("content", prompt.system());
        }
        messages.addObject().put("role", "user").put("content", prompt.user());
        prompt.schema().ifPresent(schema -> {
            ObjectNode format = body.putObject("response_format");
            format.put("type", "json_schema");
            ObjectNode jsonSchema = format.putObject("json_schema");
            jsonSchema.put("name", schemaName(prompt.schemaName().orElse("response")));
            jsonSchema.set("schema", schema);
            jsonSchema.put("strict", true);
        });
        if (isReasoningModel(model, settings)) {
            // Reasoning models answer 400 to temperature and max_tokens.
            body.remove("temperature");
            body.remove("max_tokens");
            maxTokens.ifPresent(max -> body.put("max_completion_tokens", max));
            settings.reasoningEffort().ifPresent(effort -> body.put("reasoning_effort", effort));
        } else {
            settings.temperature().ifPresent(t -> body.put("temperature", t));
            // max_tokens rather than max_completion_tokens: every OpenAI-compatible server and Azure API version knows it.
            maxTokens.ifPresent(max -> body.put("max_tokens", max));
        }
        return body;
    }

    private Request post(final HttpUrl url, final ObjectNode body) {
        return authorized(url).post(Json.body(body)).build();
    }

    private HttpUrl url(final String path) {
        HttpUrl.Builder url = base.newBuilder().addPathSegments(path);
        settings.apiVersion().ifPresent(version -> url.addQueryParameter("api-version", version));
        return url.build();
    }

    private Request.Builder authorized(final HttpUrl url) {
        Request.Builder request = new Request.Builder().url(url).header("Accept", "application/json");
        Optional<Secret> key = settings.apiKey().filter(secret -> !secret.isBlank());
        if (key.isPresent()) {
            if (azure()) {
                request.header("api-key", key.get().reveal());
            } else {
                request.header("Authorization", "Bearer " + key.get().reveal());
            }
        }
        return request;
    }

    static String schemaName(final String name) {
        String clean = SCHEMA_NAME.matcher(name).replaceAll("_");
        if (clean.isEmpty()) {
            return "response";
        }
        return clean.length() <= 64 ? clean : clean.substring(0, 64);
    }
}
