package io.obra.robustness;

import io.obra.config.LlmSettings;
import io.obra.config.RetrySettings;
import io.obra.testing.OllamaFake;
import io.obra.testing.OpenAiFake;
import io.obra.testing.OrchestratorFixtures;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import okio.Buffer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The two orchestrator providers under fault injection: the settings that point each at a
 * {@link MockWebServer} (one fallback model, three attempts per model) and each fault as that provider's
 * wire would carry it, built from the shared fakes ({@link OpenAiFake}, {@link OllamaFake}).
 */
enum FaultyProvider {

    OPENAI("openai", "gpt-4o-2024-11-20", "gpt-4o-mini-2024-07-18"),
    OLLAMA("ollama", "qwen2.5-coder:32b", "llama3.1:8b");

    /** Attempts per model in the matrix: small, so that the expected counts stay readable. */
    static final int ATTEMPTS = 3;
    /** The read timeout of the matrix; the read-timeout fault answers later than this. */
    static final Duration READ_TIMEOUT = Duration.ofMillis(300);
    /** What the rate-limited fault asks for with {@code Retry-After}, in seconds. */
    static final int RETRY_AFTER_SECONDS = 7;

    final String id;
    final String model;
    final String fallbackModel;

    FaultyProvider(final String id, final String model, final String fallbackModel) {
        this.id = id;
        this.model = model;
        this.fallbackModel = fallbackModel;
    }

    static RetrySettings retry() {
        return new RetrySettings(ATTEMPTS, Duration.ofMillis(500), Duration.ofSeconds(8), Duration.ofMinutes(10),
                Duration.ofSeconds(2), READ_TIMEOUT);
    }

    /** Settings for the fake at {@code baseUrl} (the endpoint root as users configure it). */
    LlmSettings settings(final String baseUrl) {
        LlmSettings base = LlmSettings.of(id, model).withBaseUrl(baseUrl).withRetry(retry())
                .withFallbackModels(List.of(fallbackModel));
        return this == OPENAI ? base.withApiKey(OpenAiFake.key()) : base;
    }

    /** The endpoint root on {@code server}: {@code /v1} for OpenAI, the host root for Ollama. */
    String endpoint(final MockWebServer server) {
        String root = server.url("/").toString();
        return this == OPENAI ? root + "v1" : root.substring(0, root.length() - 1);
    }

    /** The endpoint root of a loopback port where nothing listens. */
    static String refusedEndpoint(final FaultyProvider provider) {
        String root = "http://127.0.0.1:" + OrchestratorFixtures.closedPort();
        return provider == OPENAI ? root + "/v1" : root;
    }

    /** A successful reply whose content is {@code content}. */
    MockResponse reply(final String content) {
        return this == OPENAI ? OpenAiFake.completion(content, model, 1200, 150)
                : OllamaFake.chat(content, model, 1200, 150);
    }

    /** An error status in the provider's own error body. */
    MockResponse error(final int status, final String message) {
        return this == OPENAI ? OpenAiFake.error(status, status >= 500 ? "server_error" : "invalid_request_error",
                null, message) : OllamaFake.error(status, message);
    }

    /** The server response for {@code fault} (every request gets the same). */
    MockResponse response(final Fault fault) {
        return switch (fault) {
            case CONNECTION_REFUSED -> throw new IllegalArgumentException("no server answers a refused connection");
            case RESET_MID_BODY -> reply(OrchestratorFixtures.VERDICT_JSON).newBuilder()
                    .onResponseBody(new SocketEffect.CloseSocket()).build();
            case READ_TIMEOUT -> reply(OrchestratorFixtures.VERDICT_JSON).newBuilder()
                    .headersDelay(READ_TIMEOUT.toMillis() * 4, TimeUnit.MILLISECONDS).build();
            case STATUS_408 -> error(408, "Request Timeout");
            case STATUS_409 -> error(409, "Conflict: a concurrent request is being processed");
            case STATUS_429_RETRY_AFTER -> (this == OPENAI ? OpenAiFake.rateLimited(null) : error(429, "too many requests"))
                    .newBuilder().setHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS)).build();
            case STATUS_429 -> this == OPENAI ? OpenAiFake.rateLimited(null) : error(429, "too many requests");
            case STATUS_500 -> error(500, "The server had an error while processing your request.");
            case STATUS_502 -> error(502, "bad gateway");
            case STATUS_503 -> error(503, "The engine is currently overloaded, please try again later");
            case STATUS_504 -> error(504, "gateway timeout");
            case STATUS_401 -> this == OPENAI ? OpenAiFake.invalidKey() : error(401, "unauthorized");
            case STATUS_403 -> error(403, "Country, region, or territory not supported");
            case STATUS_404 -> this == OPENAI ? OpenAiFake.modelNotFound(model) : OllamaFake.modelNotFound(model);
            case TRUNCATED_JSON -> {
                String whole = bodyOf(reply(OrchestratorFixtures.VERDICT_JSON));
                yield new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
                        .body(whole.substring(0, whole.length() / 2)).build();
            }
            case HTML_ERROR_PAGE -> OpenAiFake.htmlPage(502, "502 Bad Gateway");
            case WRONG_SCHEMA -> reply("{\"answer\":\"LGTM, ship it\",\"score\":\"high\"}");
            case EMPTY_REPLY -> this == OPENAI ? OpenAiFake.emptyChoices(model) : reply("");
        };
    }

    private static String bodyOf(final MockResponse response) {
        Buffer buffer = new Buffer();
        try {
            response.getBody().writeTo(buffer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buffer.readUtf8();
    }

    /** A fault on the way to an orchestrator. */
    enum Fault {
        CONNECTION_REFUSED, RESET_MID_BODY, READ_TIMEOUT, STATUS_408, STATUS_409, STATUS_429_RETRY_AFTER, STATUS_429,
        STATUS_500, STATUS_502, STATUS_503, STATUS_504, STATUS_401, STATUS_403, STATUS_404, TRUNCATED_JSON,
        HTML_ERROR_PAGE, WRONG_SCHEMA, EMPTY_REPLY;

        /** Faults that a later attempt may not meet again: retried by the caller. */
        boolean transientFault() {
            return switch (this) {
                case CONNECTION_REFUSED, RESET_MID_BODY, READ_TIMEOUT, STATUS_408, STATUS_409, STATUS_429_RETRY_AFTER,
                     STATUS_429, STATUS_500, STATUS_502, STATUS_503, STATUS_504, HTML_ERROR_PAGE -> true;
                default -> false;
            };
        }
    }
}
