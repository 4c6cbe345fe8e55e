package io.obra.loop;

import io.obra.orchestrator.Completion;
import io.obra.orchestrator.HealthCheck;
import io.obra.orchestrator.Orchestrator;
import io.obra.orchestrator.OrchestratorException;
import io.obra.orchestrator.Prompt;
import io.obra.privacy.Redactor;

/**
 * The last gate before a prompt leaves: every prompt goes through the run's {@link Redactor}, whatever
 * built it. The evidence is redacted piece by piece before the token budget (a secret cut in half no
 * longer matches its pattern); this catches anything added after that. Redaction is idempotent.
 */
final class RedactingOrchestrator implements Orchestrator {

    private final Orchestrator delegate;
    private final Redactor redactor;

    RedactingOrchestrator(final Orchestrator delegate, final Redactor redactor) {
        this.delegate = delegate;
        this.redactor = redactor;
    }

    @Override
    public String provider() {
        return delegate.provider();
    }

    @Override
    public String model() {
        return delegate.model();
    }

    @Override
    public String endpoint() {
        return delegate.endpoint();
    }

    @Override
    public Completion complete(final Prompt prompt) throws OrchestratorException, InterruptedException {
        return delegate.complete(redactor.redact(prompt));
    }

    @Override
    public HealthCheck check() throws InterruptedException {
        return delegate.check();
    }
}
