package io.obra.orchestrator.ollama;

import io.obra.config.LlmSettings;
import io.obra.orchestrator.Completion;
import io.obra.orchestrator.HealthCheck;
import io.obra.orchestrator.ModelPins;
import io.obra.orchestrator.Orchestrator;
import io.obra.orchestrator.OrchestratorContext;
import io.obra.orchestrator.OrchestratorException;
import io.obra.orchestrator.Prompt;
import io.obra.orchestrator.http.ChatReply;
import io.obra.orchestrator.http.Exchange;
import io.obra.orchestrator.http.HttpReply;
import io.obra.orchestrator.http.ModelChain;
import io.obra.orchestrator.http.ReplyProblem;
import io.obra.orchestrator.http.RetryingCaller;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;

import java.util.ArrayList;
import java.util.List;

/**
 * An Ollama server ({@code POST {baseUrl}/api/chat}, e.g. on a GPU agent) as an orchestrator, with the
 * configured model, then its fallback models. Thread-safe.
 */
public final class OllamaOrchestrator implements Orchestrator {

    public static final String ID = "ollama";
    public static final String DEFAULT_BASE_URL = "http://127.0.0.1:11434";

    private final LlmSettings settings;
    private final String endpoint;
    private final OllamaRequests requests;
    private final OllamaReplies replies;
    private final RetryingCaller caller;
    private final ModelChain chain;

    OllamaOrchestrator(final LlmSettings settings, final OkHttpClient http, final OrchestratorContext context) {
        this.settings = settings;
        HttpUrl base = baseUrl(settings.baseUrl().orElse(DEFAULT_BASE_URL));
        this.endpoint = base.toString().replaceAll("/+$", "");
        this.requests = new OllamaRequests(base, settings);
        this.replies = new OllamaReplies(endpoint, settings, context.log());
        this.caller = new RetryingCaller(ID, endpoint, http, settings.retry(), context,
                new OllamaErrors(endpoint, settings.apiKey(), settings.retry()));
        List<String> models = new ArrayList<>();
        models.add(settings.model());
        models.addAll(settings.fallbackModels());
        this.chain = new ModelChain(ID, models, caller, context);
        models.forEach(model -> ModelPins.ollamaWarning(model).ifPresent(context.log()::warn));
    }

    @Override
    public String provider() {
        return ID;
    }

    @Override
    public String model() {
        return settings.model();
    }

    @Override
    public String endpoint() {
        return endpoint;
    }

    /** The models tried in order: the configured one, then the fallback models. */
    public List<String> models() {
        return chain.models();
    }

    @Override
    public Completion complete(final Prompt prompt) throws OrchestratorException, InterruptedException {
        return chain.complete(model -> new Exchange<ChatReply>() {
            private final Request request = requests.chat(model, prompt);

            @Override
            public Request request() {
                return request;
            }

            @Override
            public ChatReply read(final HttpReply reply) throws ReplyProblem {
                return replies.chat(model, reply);
            }
        });
    }

    /**
     * The models pulled on the server ({@code GET /api/tags}), e.g. to fill a model dropdown.
     *
     * @throws OrchestratorException when the server cannot be reached or answers with an error
     */
    public List<OllamaModel> listModels() throws OrchestratorException, InterruptedException {
        HttpReply reply = caller.probe(requests.tags());
        if (!reply.successful()) {
            throw caller.failureOf(reply, settings.model());
        }
        try {
            return replies.models(reply);
        } catch (ReplyProblem e) {
            throw new OrchestratorException(e.kind(), endpoint, e.getMessage(), List.of());
        }
    }

    /** Confirms the server answers ({@code GET /api/version}) and every model of the chain is pulled. */
    @Override
    public HealthCheck check() throws InterruptedException {
        try {
            HttpReply versionReply = caller.probe(requests.version());
            if (!versionReply.successful()) {
                return new HealthCheck(false, caller.failureOf(versionReply, settings.model()).getMessage());
            }
            String version = replies.version(versionReply);
            List<OllamaModel> pulled = listModels();
            List<String> missing = chain.models().stream()
                    .filter(model -> pulled.stream().noneMatch(p -> p.answersTo(model))).toList();
            if (missing.isEmpty()) {
                return new HealthCheck(true, "Ollama %s at %s has %s pulled"
                        .formatted(version, endpoint, String.join(", ", chain.models())));
            }
            return new HealthCheck(false, "Ollama %s at %s answers, but %s is not pulled; run %s (pulled: %s)"
                    .formatted(version, endpoint, String.join(", ", missing),
                            String.join(" and ", missing.stream().map(m -> "`ollama pull " + m + "`").toList()),
                            pulled.isEmpty() ? "none" : String.join(", ", pulled.stream().map(OllamaModel::name).toList())));
        } catch (OrchestratorException | ReplyProblem e) {
            return new HealthCheck(false, e.getMessage());
        }
    }

    private static HttpUrl baseUrl(final String url) {
        HttpUrl parsed = HttpUrl.parse(url.strip());
        if (parsed == null) {
            throw new IllegalArgumentException("the Ollama base URL '" + url + "' is not an http(s) URL, e.g. "
                    + DEFAULT_BASE_URL);
        }
        return parsed;
    }
}
