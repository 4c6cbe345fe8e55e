// Signature stub of jenkinsci/workflow-step-api-plugin (HEAD 0773c3c, 2025-11-17; the BOM manages 724.v538c2362b_dfb_, checked with javap),
// src/main/java/org/jenkinsci/plugins/workflow/steps/StepExecution.java.
package org.jenkinsci.plugins.workflow.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import java.io.Serializable;

public abstract class StepExecution implements Serializable {
    protected StepExecution() {
        throw new UnsupportedOperationException("stub");
    }

    protected StepExecution(@NonNull StepContext context) {
        throw new UnsupportedOperationException("stub");
    }

    public @NonNull StepContext getContext() {
        throw new UnsupportedOperationException("stub");
    }

    public abstract boolean start() throws Exception;

    public void stop(@NonNull Throwable cause) throws Exception {
        throw new UnsupportedOperationException("stub");
    }

    public void onResume() {
    }

    public @CheckForNull String getStatus() {
        throw new UnsupportedOperationException("stub");
    }

    public boolean blocksRestart() {
        throw new UnsupportedOperationException("stub");
    }
}
