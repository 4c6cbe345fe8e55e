package io.obra.orchestrator.openai;

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
import io.obra.privacy.Secret;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * OpenAI Chat Completions ({@code POST {baseUrl}/chat/completions}) as an orchestrator, with the configured
 * model, then its fallback models. Also serves Azure OpenAI (base URL
 * {@code https://NAME.openai.azure.com/openai/deployments/DEPLOYMENT} and {@code apiVersion}) and
 * OpenAI-compatible servers (vLLM, LM Studio, Ollama's {@code /v1}) by base URL. Thread-safe.
 */
public final class OpenAiOrchestrator implements Orchestrator {

    public static final String ID = "openai";
    public static final String DEFAULT_BASE_URL = "https://api.openai.com/v1";

    private final LlmSettings settings;
    private final String endpoint;
    private final boolean officialApi;
    private final Optional<Secret> key;
    private final OpenAiRequests requests;
    private final OpenAiReplies replies;
    private final OpenAiErrors errors;
    private final RetryingCaller caller;
    private final ModelChain chain;

    OpenAiOrchestrator(final LlmSettings settings, final OkHttpClient http, final OrchestratorContext context) {
        this.settings = settings;
        HttpUrl base = baseUrl(settings.baseUrl().orElse(DEFAULT_BASE_URL));
        this.endpoint = base.toString().replaceAll("/+$", "");
        this.officialApi = "api.openai.com".equals(base.host());
        this.key = settings.apiKey();
        this.requests = new OpenAiRequests(base, settings);
        this.replies = new OpenAiReplies(endpoint, key);
        this.errors = new OpenAiErrors(endpoint, requests.azure(), key, settings.retry());
        this.caller = new RetryingCaller(ID, endpoint, http, settings.retry(), context, errors);
        List<String> models = new ArrayList<>();
        models.add(settings.model());
        models.addAll(settings.fallbackModels());
        this.chain = new ModelChain(ID, models, caller, context);
        if (!requests.azure()) {
            // Azure deployments pin their model version themselves; their names say nothing about it.
            models.forEach(model -> ModelPins.openAiWarning(model).ifPresent(context.log()::warn));
        }
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
        Optional<String> missingKey = missingKey();
        if (missingKey.isPresent()) {
            throw new OrchestratorException(OrchestratorException.Kind.CONFIGURATION, endpoint, missingKey.get(),
                    List.of());
        }
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
     * Confirms the key and the models: {@code GET /models} must list every model of the chain (Azure: a tiny
     * completion on the deployment).
     */
    @Override
    public HealthCheck check() throws InterruptedException {
        Optional<String> missingKey = missingKey();
        if (missingKey.isPresent()) {
            return new HealthCheck(false, missingKey.get());
        }
        String keyName = key.map(k -> "the key from " + k.source()).orElse("the request without a key");
        try {
            if (requests.azure()) {
                HttpReply reply = caller.probe(requests.ping(settings.model()));
                if (!reply.successful()) {
                    return new HealthCheck(false, caller.failureOf(reply, settings.model()).getMessage());
                }
                return new HealthCheck(true, "%s at %s accepted %s and deployment %s answers"
                        .formatted(errors.label(), endpoint, keyName, settings.model()));
            }
            HttpReply reply = caller.probe(requests.models());
            if (!reply.successful()) {
                return new HealthCheck(false, caller.failureOf(reply, settings.model()).getMessage());
            }
            List<String> offered = replies.modelIds(reply);
            List<String> missing = chain.models().stream().filter(model -> !offered.contains(model)).toList();
            if (missing.isEmpty()) {
                return new HealthCheck(true, "%s at %s accepted %s and offers %s"
                        .formatted(errors.label(), endpoint, keyName, String.join(", ", chain.models())));
            }
            return new HealthCheck(false, "%s at %s accepted %s but does not offer %s; similar models it offers: %s"
                    .formatted(errors.label(), endpoint, keyName, String.join(", ", missing),
                            similar(missing.get(0), offered)));
        } catch (OrchestratorException | ReplyProblem e) {
            return new HealthCheck(false, e.getMessage());
        }
    }

    /** The problem when no usable key is configured for an endpoint that needs one. */
    private Optional<String> missingKey() {
        if (key.isPresent() && key.get().isBlank()) {
            return Optional.of("the %s key from %s is empty; set the key for %s"
                    .formatted(errors.label(), key.get().source(), endpoint));
        }
        boolean needsKey = requests.azure() || officialApi;
        if (key.isEmpty() && needsKey) {
            return Optional.of(("no %s API key is configured for %s; set OPENAI_API_KEY or orchestrator.llm.api_key "
                    + "(in Jenkins: the credentialsId of the orchestrator)").formatted(errors.label(), endpoint));
        }
        return Optional.empty();
    }

    private static String similar(final String model, final List<String> offered) {
        String family = model.replaceAll("-(\\d{4}-\\d{2}-\\d{2}|\\d{4})$", "").toLowerCase(Locale.ROOT);
        List<String> close = offered.stream().filter(id -> id.toLowerCase(Locale.ROOT).startsWith(family))
                .sorted().limit(10).toList();
        return close.isEmpty() ? "(none named " + family + "*)" : String.join(", ", close);
    }

    private static HttpUrl baseUrl(final String url) {
        HttpUrl parsed = HttpUrl.parse(url.strip());
        if (parsed == null) {
            throw new IllegalArgumentException("the OpenAI base URL '" + url + "' is not an http(s) URL, e.g. "
                    + DEFAULT_BASE_URL);
        }
        return parsed;
    }
}
