package io.obra.orchestrator.http;

import io.obra.orchestrator.Attempt;
import io.obra.orchestrator.Completion;
import io.obra.orchestrator.FallbackRules;
import io.obra.orchestrator.OrchestratorContext;
import io.obra.orchestrator.OrchestratorException;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A provider's models tried in order under one deadline: the configured model, then each fallback model
 * when the one before failed in a way another model of the same endpoint may avoid (see
 * {@link FallbackRules#otherModelMayHelp}).
 */
public final class ModelChain {

    private final String provider;
    private final List<String> models;
    private final RetryingCaller caller;
    private final OrchestratorContext context;

    /**
     * @param models the primary model first, then the fallback models; at least one
     */
    public ModelChain(final String provider, final List<String> models, final RetryingCaller caller,
                      final OrchestratorContext context) {
        if (models.isEmpty()) {
            throw new IllegalArgumentException("a model chain needs at least one model");
        }
        this.provider = provider;
        this.models = List.copyOf(models);
        this.caller = caller;
        this.context = context;
    }

    public List<String> models() {
        return models;
    }

    /**
     * Calls the models in turn.
     *
     * @param exchangeFor the chat exchange for a model
     * @throws OrchestratorException the last model's failure, carrying every attempt of every model
     */
    public Completion complete(final Function<String, Exchange<ChatReply>> exchangeFor)
            throws OrchestratorException, InterruptedException {
        Instant start = context.clock().instant();
        Instant deadline = start.plus(caller.settings().deadline());
        List<Attempt> attempts = new ArrayList<>();
        OrchestratorException last = null;
        for (int i = 0; i < models.size(); i++) {
            String model = models.get(i);
            try {
                ChatReply reply = caller.call(model, exchangeFor.apply(model), deadline, attempts);
                return new Completion(reply.content(), provider, reply.model(), reply.usage(), attempts,
                        Duration.between(start, context.clock().instant()).toMillis());
            } catch (OrchestratorException e) {
                last = e;
                boolean another = i + 1 < models.size();
                if (!another || !FallbackRules.otherModelMayHelp(e)
                        || !context.clock().instant().isBefore(deadline)) {
                    break;
                }
                context.log().warn("orchestrator: %s %s failed (%s); falling back to model %s"
                        .formatted(provider, model, e.getMessage(), models.get(i + 1)));
            }
        }
        throw last;
    }
}
