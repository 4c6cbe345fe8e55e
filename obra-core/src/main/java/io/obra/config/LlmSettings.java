package io.obra.config;

import io.obra.privacy.Secret;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How to reach one orchestrator LLM: provider kind, pinned model, fallback models, endpoint and key.
 *
 * @param provider        provider id, {@code openai} or {@code ollama} (the registry knows more)
 * @param model           the model string, sent exactly as given (pin a dated version)
 * @param fallbackModels  tried in order, same provider, when the model keeps failing
 * @param apiKey          the key, or empty (Ollama usually needs none; for Ollama it is sent as a bearer token)
 * @param baseUrl         endpoint root, e.g. {@code https://api.openai.com/v1} or {@code http://gpu:11434};
 *                        empty for the provider's default
 * @param apiVersion      Azure OpenAI {@code api-version} query parameter; when set, the key is sent
 *                        as the {@code api-key} header
 * @param temperature     sampling temperature; ignored for reasoning models
 * @param reasoningEffort {@code low|medium|high} for reasoning models, or empty
 * @param maxOutputTokens upper bound on the completion length
 * @param numCtx          Ollama context window ({@code options.num_ctx}); Ollama's default of 2048 truncates prompts
 * @param keepAlive       Ollama {@code keep_alive}, e.g. {@code 5m}
 * @param options         further provider options passed through (Ollama {@code options}, OpenAI extra fields)
 * @param retry           retry and timeout policy
 */
public record LlmSettings(String provider, String model, List<String> fallbackModels, Optional<Secret> apiKey,
                          Optional<String> baseUrl, Optional<String> apiVersion, Optional<Double> temperature,
                          Optional<String> reasoningEffort, Optional<Integer> maxOutputTokens,
                          Optional<Integer> numCtx, Optional<String> keepAlive, Map<String, Object> options,
                          RetrySettings retry) {

    public LlmSettings {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(model, "model");
        fallbackModels = List.copyOf(fallbackModels);
        Objects.requireNonNull(apiKey, "apiKey");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(apiVersion, "apiVersion");
        Objects.requireNonNull(temperature, "temperature");
        Objects.requireNonNull(reasoningEffort, "reasoningEffort");
        Objects.requireNonNull(maxOutputTokens, "maxOutputTokens");
        Objects.requireNonNull(numCtx, "numCtx");
        Objects.requireNonNull(keepAlive, "keepAlive");
        options = Map.copyOf(options);
        Objects.requireNonNull(retry, "retry");
    }

    /** Minimal settings with defaults for everything but provider and model. */
    public static LlmSettings of(final String provider, final String model) {
        return new LlmSettings(provider, model, List.of(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Map.of(), RetrySettings.defaults());
    }

    public LlmSettings withModel(final String newModel) {
        return new LlmSettings(provider, newModel, fallbackModels, apiKey, baseUrl, apiVersion, temperature,
                reasoningEffort, maxOutputTokens, numCtx, keepAlive, options, retry);
    }

    public LlmSettings withApiKey(final Secret key) {
        return new LlmSettings(provider, model, fallbackModels, Optional.ofNullable(key), baseUrl, apiVersion,
                temperature, reasoningEffort, maxOutputTokens, numCtx, keepAlive, options, retry);
    }

    public LlmSettings withBaseUrl(final String url) {
        return new LlmSettings(provider, model, fallbackModels, apiKey, Optional.ofNullable(url), apiVersion,
                temperature, reasoningEffort, maxOutputTokens, numCtx, keepAlive, options, retry);
    }

    public LlmSettings withFallbackModels(final List<String> models) {
        return new LlmSettings(provider, model, models, apiKey, baseUrl, apiVersion, temperature,
                reasoningEffort, maxOutputTokens, numCtx, keepAlive, options, retry);
    }

    public LlmSettings withRetry(final RetrySettings newRetry) {
        return new LlmSettings(provider, model, fallbackModels, apiKey, baseUrl, apiVersion, temperature,
                reasoningEffort, maxOutputTokens, numCtx, keepAlive, options, newRetry);
    }
}
