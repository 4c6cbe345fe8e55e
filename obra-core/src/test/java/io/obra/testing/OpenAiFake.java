package io.obra.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.obra.config.LlmSettings;
import io.obra.config.RetrySettings;
import io.obra.privacy.Secret;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Objects;

/**
 * Builds OpenAI Chat Completions responses as the real API sends them (bodies and headers copied from the
 * API reference and openai-python's types), for a {@link MockWebServer} standing in for
 * {@code https://api.openai.com/v1}. Typical use:
 * <pre>{@code
 * server.enqueue(OpenAiFake.completion(verdictJson, "gpt-4o-2024-11-20", 1200, 180));
 * LlmSettings settings = OpenAiFake.settings(server, "gpt-4o-2024-11-20");
 * }</pre>
 */
public final class OpenAiFake {

    /** The test key. Tests assert that it never appears in a message or a log line. */
    public static final String KEY_VALUE = "sk-proj-obraTESTkey0123456789abcdefXYZ";

    private static final ObjectMapper JSON = new ObjectMapper();

    private OpenAiFake() {
    }

    /** The test key as the CLI would read it from the environment. */
    public static Secret key() {
        return new Secret("environment variable OPENAI_API_KEY", KEY_VALUE);
    }

    /** Settings pointing at the fake ({@code /v1} on the server), with the test key and {@link #fastRetry()}. */
    public static LlmSettings settings(final MockWebServer server, final String model) {
        return LlmSettings.of("openai", model).withBaseUrl(server.url("/v1").toString()).withApiKey(key())
                .withRetry(fastRetry());
    }

    /**
     * Retry settings for tests: 4 attempts, backoff 0.5 s doubling to 8 s (slept through a fake sleeper),
     * 10 minute deadline, short connect and read timeouts so that a broken test fails fast.
     */
    public static RetrySettings fastRetry() {
        return new RetrySettings(4, Duration.ofMillis(500), Duration.ofSeconds(8), Duration.ofMinutes(10),
                Duration.ofSeconds(2), Duration.ofSeconds(10));
    }

    /** A complete {@code chat.completion} whose message content is {@code content} (e.g. a verdict JSON). */
    public static MockResponse completion(final String content, final String model, final int promptTokens,
                                          final int completionTokens) {
        return completion(content, model, promptTokens, 0, completionTokens, "stop");
    }

    /** A complete {@code chat.completion} with cached prompt tokens and a chosen finish reason. */
    public static MockResponse completion(final String content, final String model, final int promptTokens,
                                          final int cachedTokens, final int completionTokens,
                                          final String finishReason) {
        return ok(completionJson(content, null, model, promptTokens, cachedTokens, completionTokens, finishReason));
    }

    /** A completion where the model refused ({@code message.refusal} set, content null). */
    public static MockResponse refusal(final String refusal, final String model) {
        return ok(completionJson(null, refusal, model, 900, 0, 12, "stop"));
    }

    /** A {@code chat.completion} with an empty {@code choices} array. */
    public static MockResponse emptyChoices(final String model) {
        ObjectNode root = (ObjectNode) read(completionJson("{}", null, model, 10, 0, 0, "stop"));
        root.putArray("choices");
        return ok(root.toString());
    }

    /** The body of a {@code chat.completion} object. {@code content} or {@code refusal} may be null. */
    public static String completionJson(final String content, final String refusal, final String model,
                                        final int promptTokens, final int cachedTokens, final int completionTokens,
                                        final String finishReason) {
        ObjectNode root = JSON.createObjectNode();
        root.put("id", "chatcmpl-B9MHDbslfkBeAs8l4bebGdFOJ6PeG");
        root.put("object", "chat.completion");
        root.put("created", 1_754_216_130L);
        root.put("model", model);
        ArrayNode choices = root.putArray("choices");
        ObjectNode choice = choices.addObject();
        choice.put("index", 0);
        ObjectNode message = choice.putObject("message");
        message.put("role", "assistant");
        message.put("content", content);
        message.put("refusal", refusal);
        message.putArray("annotations");
        choice.putNull("logprobs");
        choice.put("finish_reason", finishReason);
        ObjectNode usage = root.putObject("usage");
        usage.put("prompt_tokens", promptTokens);
        usage.put("completion_tokens", completionTokens);
        usage.put("total_tokens", promptTokens + completionTokens);
        ObjectNode promptDetails = usage.putObject("prompt_tokens_details");
        promptDetails.put("cached_tokens", cachedTokens);
        promptDetails.put("audio_tokens", 0);
        ObjectNode completionDetails = usage.putObject("completion_tokens_details");
        completionDetails.put("reasoning_tokens", 0);
        completionDetails.put("audio_tokens", 0);
        completionDetails.put("accepted_prediction_tokens", 0);
        completionDetails.put("rejected_prediction_tokens", 0);
        root.put("service_tier", "default");
        root.put("system_fingerprint", "fp_f5bdcc3276");
        return root.toString();
    }

    /**
     * An API error: {@code {"error":{"message","type","param":null,"code"}}} with the given status and the
     * usual OpenAI headers. {@code code} may be null.
     */
    public static MockResponse error(final int status, final String type, final String code, final String message) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode error = root.putObject("error");
        error.put("message", message);
        error.put("type", type);
        error.putNull("param");
        error.put("code", code);
        return headers(new MockResponse.Builder().code(status)).body(root.toPrettyString()).build();
    }

    /** 401 for a wrong key, echoing a masked key fragment as the real API does. */
    public static MockResponse invalidKey() {
        return error(401, "invalid_request_error", "invalid_api_key",
                "Incorrect API key provided: sk-proj-*****************************XYZ. You can find your API key at "
                        + "https://platform.openai.com/account/api-keys.");
    }

    /** 404 for a model the key cannot use. */
    public static MockResponse modelNotFound(final String model) {
        return error(404, "invalid_request_error", "model_not_found",
                "The model `" + model + "` does not exist or you do not have access to it.");
    }

    /** 429 for a request or token rate limit, with {@code Retry-After} in seconds (null: no header). */
    public static MockResponse rateLimited(final String retryAfterSeconds) {
        MockResponse.Builder builder = error(429, "tokens", "rate_limit_exceeded",
                "Rate limit reached for gpt-4o in organization org-obra on tokens per min (TPM): Limit 30000, "
                        + "Used 29500, Requested 1800. Please try again in 2.6s. Visit "
                        + "https://platform.openai.com/account/rate-limits to learn more.").newBuilder()
                .setHeader("x-ratelimit-remaining-tokens", "0")
                .setHeader("x-ratelimit-reset-tokens", "2.6s");
        if (retryAfterSeconds != null) {
            builder.setHeader("Retry-After", retryAfterSeconds);
        }
        return builder.build();
    }

    /** 429 {@code insufficient_quota}: the account has no credit; waiting does not help. */
    public static MockResponse insufficientQuota() {
        return error(429, "insufficient_quota", "insufficient_quota",
                "You exceeded your current quota, please check your plan and billing details. For more information on "
                        + "this error, read the docs: https://platform.openai.com/docs/guides/error-codes/api-errors.");
    }

    /** The {@code GET /models} list. */
    public static MockResponse models(final String... ids) {
        ObjectNode root = JSON.createObjectNode();
        root.put("object", "list");
        ArrayNode data = root.putArray("data");
        for (String id : ids) {
            data.addObject().put("id", id).put("object", "model").put("created", 1_732_000_000L)
                    .put("owned_by", "system");
        }
        return ok(root.toString());
    }

    /** An HTML page as a proxy or load balancer sends it, e.g. {@code htmlPage(502, "502 Bad Gateway")}. */
    public static MockResponse htmlPage(final int status, final String title) {
        return new MockResponse.Builder().code(status).setHeader("Content-Type", "text/html")
                .setHeader("Server", "nginx")
                .body("<html>\r\n<head><title>" + title + "</title></head>\r\n<body>\r\n<center><h1>" + title
                        + "</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n")
                .build();
    }

    /** The JSON body of a recorded request. */
    public static JsonNode requestBody(final RecordedRequest request) {
        return read(Objects.requireNonNull(request.getBody(), "request has no body").utf8());
    }

    private static MockResponse ok(final String body) {
        return headers(new MockResponse.Builder().code(200)).body(body).build();
    }

    private static MockResponse.Builder headers(final MockResponse.Builder builder) {
        return builder.setHeader("Content-Type", "application/json")
                .setHeader("openai-organization", "obra-test")
                .setHeader("openai-processing-ms", "812")
                .setHeader("openai-version", "2020-10-01")
                .setHeader("x-ratelimit-limit-requests", "10000")
                .setHeader("x-ratelimit-limit-tokens", "30000000")
                .setHeader("x-ratelimit-remaining-requests", "9999")
                .setHeader("x-ratelimit-remaining-tokens", "29998157")
                .setHeader("x-ratelimit-reset-requests", "6ms")
                .setHeader("x-ratelimit-reset-tokens", "3ms")
                .setHeader("x-request-id", "req_6d1f8e2a5b7c4e9fa0b1c2d3e4f5a6b7");
    }

    private static JsonNode read(final String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
