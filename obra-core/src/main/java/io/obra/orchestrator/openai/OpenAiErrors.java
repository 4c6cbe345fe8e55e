package io.obra.orchestrator.openai;

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

import java.util.Optional;

/**
 * OpenAI's error bodies ({@code {"error":{message,type,param,code}}}, and the flat
 * {@code {"object":"error",message,…}} of OpenAI-compatible servers) and messages that say which key was
 * rejected, which model is missing, or that the account needs credits.
 */
final class OpenAiErrors implements ProviderErrors {

    static final String BILLING_URL = "https://platform.openai.com/settings/organization/billing";

    private final String endpoint;
    private final boolean azure;
    private final Optional<Secret> key;
    private final RetrySettings retry;

    OpenAiErrors(final String endpoint, final boolean azure, final Optional<Secret> key, final RetrySettings retry) {
        this.endpoint = endpoint;
        this.azure = azure;
        this.key = key;
        this.retry = retry;
    }

    String label() {
        return azure ? "Azure OpenAI" : "OpenAI";
    }

    @Override
    public ApiError read(final HttpReply reply) {
        try {
            JsonNode root = Json.read(reply);
            if (root != null && root.isObject()) {
                JsonNode error = root.path("error");
                if (error.isObject()) {
                    return apiError(error);
                }
                if (error.isTextual()) {
                    return new ApiError(Scrub.text(error.asText(), key), "", "", "", true);
                }
                if (root.has("message")) {
                    return apiError(root);
                }
            }
        } catch (java.io.IOException e) {
            // not JSON: described below
        }
        return ApiError.unstructured(BodyDescription.of(reply, key));
    }

    private ApiError apiError(final JsonNode error) {
        return new ApiError(Scrub.text(Json.text(error.path("message")), key), Json.text(error.path("type")),
                Json.text(error.path("code")), Json.text(error.path("param")), true);
    }

    @Override
    public String describe(final Failure f) {
        String keyName = key.map(k -> "the " + label() + " key from " + k.source()).orElse("");
        if (f.kind() == Kind.AUTHENTICATION && f.status() == 401) {
            return keyName.isEmpty()
                    ? "%s requires an API key (401) but none is configured: %s; set the key (OPENAI_API_KEY, api_key, or a Jenkins credential)"
                    .formatted(endpoint, f.error().summary())
                    : "%s was rejected (401) by %s: %s; check the key".formatted(keyName, endpoint, f.error().summary());
        }
        if (f.kind() == Kind.AUTHENTICATION) {
            return "%s is not allowed to use model %s at %s (%d): %s; check the key's project, permissions and model access"
                    .formatted(keyName.isEmpty() ? "the request without a key" : keyName, f.model(), endpoint,
                            f.status(), f.error().summary());
        }
        if (f.kind() == Kind.NOT_FOUND) {
            if (!f.error().json()) {
                return "%s has no Chat Completions API at %s/chat/completions (404, got %s); check the base URL (OpenAI's is %s)"
                        .formatted(label(), endpoint, f.error().message(), OpenAiOrchestrator.DEFAULT_BASE_URL);
            }
            return "model %s is not available at %s (404): %s; check the model name (a dated version such as gpt-4o-2024-11-20)%s"
                    .formatted(f.model(), endpoint, f.error().summary(),
                            azure ? " and the deployment name in the base URL" : "");
        }
        if (f.kind() == Kind.RATE_LIMITED && RetryPolicy.isQuotaExhausted(f.error())) {
            return ("the %s account %shas no quota left (429 insufficient_quota) at %s: %s. Waiting does not clear this: "
                    + "add credits or raise the spending limit at %s")
                    .formatted(label(), key.map(k -> "behind the key from " + k.source() + " ").orElse(""), endpoint,
                            f.error().summary(),
                            BILLING_URL);
        }
        return FailureMessages.standard(label(), endpoint, retry, f);
    }
}
