// Signature stub of jenkinsci/workflow-step-api-plugin (HEAD 0773c3c, 2025-11-17; the BOM manages 724.v538c2362b_dfb_, checked with javap),
// src/main/java/org/jenkinsci/plugins/workflow/steps/SynchronousNonBlockingStepExecution.java.
package org.jenkinsci.plugins.workflow.steps;

import edu.umd.cs.findbugs.annotations.NonNull;

public abstract class SynchronousNonBlockingStepExecution<T> extends StepExecution {
    protected SynchronousNonBlockingStepExecution(@NonNull StepContext context) {
        throw new UnsupportedOperationException("stub");
    }

    protected abstract T run() throws Exception;

    @Override
    public final boolean start() throws Exception {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public void stop(Throwable cause) throws Exception {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public void onResume() {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public @NonNull String getStatus() {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public boolean blocksRestart() {
        throw new UnsupportedOperationException("stub");
    }
}
