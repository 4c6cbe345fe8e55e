package io.obra.loop;

import io.obra.config.ObraConfig;

import java.util.Objects;
import java.util.Optional;

/**
 * One Obra run.
 *
 * @param task      what the implementer should do; empty for review mode (validate an existing change)
 * @param baseRef   the ref the change is measured against (PR target in review mode); empty for the
 *                  commit at the start of the run
 * @param config    the resolved configuration
 * @param reportDir workspace-relative directory for {@code obra-report.*} and artifacts
 * @param runId     a name for this run in logs and the usage ledger, e.g. {@code my-job#42}
 * @param scope     who pays, for the ledger: the job's full name, or {@code cli}
 */
public record RunRequest(Optional<String> task, Optional<String> baseRef, ObraConfig config, String reportDir,
                         String runId, String scope) {

    public RunRequest {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(baseRef, "baseRef");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(reportDir, "reportDir");
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(scope, "scope");
    }

    public boolean reviewMode() {
        return task.isEmpty();
    }
}
