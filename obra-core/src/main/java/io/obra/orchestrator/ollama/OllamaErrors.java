package io.obra.orchestrator.ollama;

import com.fasterxml.jackson.databind.JsonNode;
import io.obra.config.RetrySettings;
import io.obra.orchestrator.OrchestratorException.Kind;
import io.obra.orchestrator.http.ApiError;
import io.obra.orchestrator.http.BodyDescription;
import io.obra.orchestrator.http.Failure;
import io.obra.orchestrator.http.FailureMessages;
import io.obra.orchestrator.http.HttpReply;
import io.obra.orchestrator.http.Json;
import io.obra.orchestrator.http.ProviderErrors;
import io.obra.orchestrator.http.RetryPolicy;
import io.obra.orchestrator.http.Scrub;
import io.obra.privacy.Secret;

import java.io.IOException;
import java.util.Optional;

/**
 * Ollama's error bodies ({@code {"error":"…"}}) and messages that say which model to pull, or how to make a
 * remote Ollama reachable.
 */
final class OllamaErrors implements ProviderErrors {

    private final String endpoint;
    private final Optional<Secret> key;
    private final RetrySettings retry;

    OllamaErrors(final String endpoint, final Optional<Secret> key, final RetrySettings retry) {
        this.endpoint = endpoint;
        this.key = key;
        this.retry = retry;
    }

    @Override
    public ApiError read(final HttpReply reply) {
        try {
            JsonNode root = Json.read(reply);
            if (root != null && root.isObject() && root.has("error")) {
                JsonNode error = root.path("error");
                String message = error.isTextual() ? error.asText() : Json.text(error.path("message"));
                return new ApiError(Scrub.text(message, key), "", "", "", true);
            }
        } catch (IOException e) {
            // not JSON: described below
        }
        return ApiError.unstructured(BodyDescription.of(reply, key));
    }

    @Override
    public String describe(final Failure f) {
        if (f.kind() == Kind.NOT_FOUND) {
            if (f.error().json()) {
                return "model %s is not pulled on %s; run `ollama pull %s` (Ollama said: %s)"
                        .formatted(f.model(), endpoint, f.model(), f.error().message());
            }
            return ("%s has no Ollama API at %s/api/chat (404, got %s); the base URL must be the Ollama root, "
                    + "e.g. http://127.0.0.1:11434, without /api or /v1").formatted(endpoint, endpoint,
                    f.error().message());
        }
        if (f.kind() == Kind.AUTHENTICATION) {
            return key.map(k -> "the token from %s was rejected (%d) by %s: %s; check the token of the proxy in front of Ollama"
                            .formatted(k.source(), f.status(), endpoint, f.error().summary()))
                    .orElse("%s requires a token (%d) but none is configured (is there a proxy in front of Ollama?): %s; set api_key"
                            .formatted(endpoint, f.status(), f.error().summary()));
        }
        if (f.kind() == Kind.UNREACHABLE && f.stop() != Failure.Stop.DEADLINE
                && !RetryPolicy.connectionLost(f.ioDetail())) {
            return ("cannot reach Ollama at %s: %s%s; is Ollama running (ollama serve) and the URL right? A remote "
                    + "Ollama must listen on its network address (OLLAMA_HOST=0.0.0.0)")
                    .formatted(endpoint, f.ioDetail(), f.afterAttempts());
        }
        return FailureMessages.standard("Ollama", endpoint, retry, f);
    }
}
