package io.obra.orchestrator.openai;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.obra.orchestrator.OrchestratorException.Kind;
import io.obra.orchestrator.TokenUsage;
import io.obra.orchestrator.http.BodyDescription;
import io.obra.orchestrator.http.ChatReply;
import io.obra.orchestrator.http.HttpReply;
import io.obra.orchestrator.http.Json;
import io.obra.orchestrator.http.ReplyProblem;
import io.obra.orchestrator.http.Scrub;
import io.obra.privacy.Secret;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads Chat Completions replies: {@code choices[0].message.content}, the refusal, the finish reason, the
 * model that answered and the usage; and the {@code /models} listing.
 */
final class OpenAiReplies {

    private static final String EXPECTED = "a chat.completion object with choices[0].message.content";

    private final String endpoint;
    private final Optional<Secret> key;

    OpenAiReplies(final String endpoint, final Optional<Secret> key) {
        this.endpoint = endpoint;
        this.key = key;
    }

    ChatReply chat(final String requestedModel, final HttpReply reply) throws ReplyProblem {
        JsonNode root = parse(reply, EXPECTED);
        JsonNode choices = root.path("choices");
        if (!choices.isArray() || choices.isEmpty()) {
            throw new ReplyProblem(Kind.MALFORMED_RESPONSE, "malformed_response",
                    "%s returned a completion without choices for model %s (expected %s)"
                            .formatted(endpoint, requestedModel, EXPECTED));
        }
        JsonNode choice = choices.get(0);
        JsonNode message = choice.path("message");
        String refusal = Json.text(message.path("refusal"));
        if (!refusal.isBlank()) {
            throw new ReplyProblem(Kind.INVALID_CONTENT, "refusal", "model %s at %s refused to answer: %s"
                    .formatted(requestedModel, endpoint, Scrub.text(refusal, key)));
        }
        String finish = Json.text(choice.path("finish_reason"));
        if ("length".equals(finish)) {
            throw new ReplyProblem(Kind.INVALID_CONTENT, "truncated", ("model %s at %s reached the maximum number of "
                    + "output tokens before its reply was complete (finish_reason length); raise max_output_tokens")
                    .formatted(requestedModel, endpoint));
        }
        if ("content_filter".equals(finish)) {
            throw new ReplyProblem(Kind.INVALID_CONTENT, "content_filter",
                    "the content filter of %s withheld the reply of model %s (finish_reason content_filter)"
                            .formatted(endpoint, requestedModel));
        }
        JsonNode content = message.path("content");
        if (!content.isTextual()) {
            throw new ReplyProblem(Kind.MALFORMED_RESPONSE, "malformed_response",
                    "%s returned a completion without text for model %s (expected %s; finish_reason '%s')"
                            .formatted(endpoint, requestedModel, EXPECTED, finish));
        }
        JsonNode usage = root.path("usage");
        TokenUsage tokens = new TokenUsage(Json.number(usage.path("prompt_tokens")),
                Json.number(usage.path("prompt_tokens_details").path("cached_tokens")),
                Json.number(usage.path("completion_tokens")));
        String model = Json.text(root.path("model"));
        return new ChatReply(content.asText(), model.isBlank() ? requestedModel : model, tokens);
    }

    /** The model ids of a {@code GET /models} reply ({@code {"object":"list","data":[{"id":…}]}}). */
    List<String> modelIds(final HttpReply reply) throws ReplyProblem {
        JsonNode data = parse(reply, "a model list {\"object\":\"list\",\"data\":[{\"id\":…}]}").path("data");
        if (!data.isArray()) {
            throw new ReplyProblem(Kind.MALFORMED_RESPONSE, "malformed_response",
                    endpoint + "/models returned no data array (expected a model list)");
        }
        List<String> ids = new ArrayList<>();
        data.forEach(model -> {
            String id = Json.text(model.path("id"));
            if (!id.isBlank()) {
                ids.add(id);
            }
        });
        return ids;
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
                "%s answered %d with a body that is not the JSON the API documents (expected %s): got %s"
                        .formatted(reply.url(), reply.status(), expected, BodyDescription.of(reply, key)));
    }
}
