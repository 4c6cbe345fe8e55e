package io.obra.cost;

import java.time.Instant;
import java.util.Objects;

/**
 * One paid call in the usage ledger.
 *
 * @param at               when it was recorded
 * @param scope            who spent it, e.g. the Jenkins job's full name or {@code cli}
 * @param runId            the run (e.g. {@code my-job#42})
 * @param kind             {@code implementer} or {@code orchestrator}
 * @param model            model id
 * @param costUsd          the cost in USD (0 when unknown; see {@code costKnown})
 * @param costKnown        false when no price was known for the model
 */
public record UsageEntry(Instant at, String scope, String runId, String kind, String model, double costUsd,
                         boolean costKnown) {

    public UsageEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(model, "model");
    }
}
