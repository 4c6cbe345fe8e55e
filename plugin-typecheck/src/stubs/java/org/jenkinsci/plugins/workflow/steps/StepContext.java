// Signature stub of jenkinsci/workflow-step-api-plugin (HEAD 0773c3c, 2025-11-17; the BOM manages 724.v538c2362b_dfb_, checked with javap),
// src/main/java/org/jenkinsci/plugins/workflow/steps/StepContext.java. The real class implements Guava's
// FutureCallback<Object>, whose onFailure(Throwable) is declared here directly instead.
package org.jenkinsci.plugins.workflow.steps;

import edu.umd.cs.findbugs.annotations.Nullable;
import hudson.model.Result;
import java.io.IOException;
import java.io.Serializable;

public abstract class StepContext implements Serializable {
    public abstract <T> T get(Class<T> key) throws IOException, InterruptedException;

    public abstract void onSuccess(@Nullable Object result);

    public abstract void onFailure(Throwable t);

    public abstract boolean isReady();

    public abstract void setResult(Result r);

    public boolean hasBody() {
        throw new UnsupportedOperationException("stub");
    }
}
