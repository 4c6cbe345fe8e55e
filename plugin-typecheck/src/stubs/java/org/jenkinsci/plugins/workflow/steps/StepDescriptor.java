// Signature stub of jenkinsci/workflow-step-api-plugin (HEAD 0773c3c, 2025-11-17; the BOM manages 724.v538c2362b_dfb_, checked with javap),
// src/main/java/org/jenkinsci/plugins/workflow/steps/StepDescriptor.java. Omitted: the structs/metastep helpers.
package org.jenkinsci.plugins.workflow.steps;

import hudson.model.Descriptor;
import java.util.Map;
import java.util.Set;

public abstract class StepDescriptor extends Descriptor<Step> {
    public abstract Set<? extends Class<?>> getRequiredContext();

    public Set<? extends Class<?>> getProvidedContext() {
        throw new UnsupportedOperationException("stub");
    }

    public abstract String getFunctionName();

    public boolean takesImplicitBlockArgument() {
        throw new UnsupportedOperationException("stub");
    }

    public boolean isAdvanced() {
        throw new UnsupportedOperationException("stub");
    }

    public boolean isMetaStep() {
        throw new UnsupportedOperationException("stub");
    }

    public Step newInstance(Map<String, Object> arguments) throws Exception {
        throw new UnsupportedOperationException("stub");
    }
}
