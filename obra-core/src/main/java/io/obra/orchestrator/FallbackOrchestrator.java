package io.obra.orchestrator;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A primary orchestrator backed by another one (e.g. OpenAI backed by an Ollama on a GPU agent): when the
 * primary's whole model chain fails in a way another provider may avoid (see
 * {@link FallbackRules#otherProviderMayHelp}), the fallback answers. The completion names who answered and
 * carries the attempts of both.
 */
public final class FallbackOrchestrator implements Orchestrator {

    private final Orchestrator primary;
    private final Orchestrator fallback;
    private final OrchestratorContext context;

    public FallbackOrchestrator(final Orchestrator primary, final Orchestrator fallback,
                                final OrchestratorContext context) {
        this.primary = Objects.requireNonNull(primary, "primary");
        this.fallback = Objects.requireNonNull(fallback, "fallback");
        this.context = Objects.requireNonNull(context, "context");
    }

    public Orchestrator primary() {
        return primary;
    }

    public Orchestrator fallback() {
        return fallback;
    }

    @Override
    public String provider() {
        return primary.provider();
    }

    @Override
    public String model() {
        return primary.model();
    }

    @Override
    public String endpoint() {
        return primary.endpoint();
    }

    @Override
    public Completion complete(final Prompt prompt) throws OrchestratorException, InterruptedException {
        Instant start = context.clock().instant();
        try {
            return primary.complete(prompt);
        } catch (OrchestratorException failure) {
            if (!FallbackRules.otherProviderMayHelp(failure)) {
                throw failure;
            }
            context.log().warn("orchestrator: %s failed (%s); falling back to %s %s at %s".formatted(
                    primary.provider(), failure.getMessage(), fallback.provider(), fallback.model(),
                    fallback.endpoint()));
            try {
                Completion answer = fallback.complete(prompt);
                return new Completion(answer.content(), answer.provider(), answer.model(), answer.usage(),
                        concat(failure.attempts(), answer.attempts()),
                        Duration.between(start, context.clock().instant()).toMillis());
            } catch (OrchestratorException second) {
                OrchestratorException both = new OrchestratorException(failure.kind(), failure.endpoint(),
                        failure.getMessage() + "; the fallback " + fallback.provider() + " " + fallback.model()
                                + " failed too: " + second.getMessage(),
                        concat(failure.attempts(), second.attempts()), failure);
                both.addSuppressed(second);
                throw both;
            }
        }
    }

    /** Checks both; healthy only when both are, so that a broken fallback shows up before it is needed. */
    @Override
    public HealthCheck check() throws InterruptedException {
        HealthCheck first = primary.check();
        HealthCheck second = fallback.check();
        return new HealthCheck(first.ok() && second.ok(),
                first.message() + "; fallback " + fallback.provider() + ": " + second.message());
    }

    private static List<Attempt> concat(final List<Attempt> a, final List<Attempt> b) {
        List<Attempt> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
