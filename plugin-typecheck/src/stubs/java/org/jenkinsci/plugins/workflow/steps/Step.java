// Signature stub of jenkinsci/workflow-step-api-plugin (HEAD 0773c3c, 2025-11-17; the BOM manages 724.v538c2362b_dfb_, checked with javap),
// src/main/java/org/jenkinsci/plugins/workflow/steps/Step.java.
package org.jenkinsci.plugins.workflow.steps;

import hudson.ExtensionPoint;
import hudson.model.AbstractDescribableImpl;

public abstract class Step extends AbstractDescribableImpl<Step> implements ExtensionPoint {
    public abstract StepExecution start(StepContext context) throws Exception;

    @Override
    public StepDescriptor getDescriptor() {
        throw new UnsupportedOperationException("stub");
    }
}
