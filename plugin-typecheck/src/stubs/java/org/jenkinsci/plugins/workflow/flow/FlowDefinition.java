// Signature stub of jenkinsci/workflow-api-plugin (tag 1413.v2ff1a_5e720fa_), src/main/java/org/jenkinsci/plugins/workflow/flow/FlowDefinition.java.
// Type only; omitted: the abstract create(FlowExecutionOwner, TaskListener, List) that CpsFlowDefinition implements.
package org.jenkinsci.plugins.workflow.flow;

import hudson.ExtensionPoint;
import hudson.model.AbstractDescribableImpl;

public abstract class FlowDefinition extends AbstractDescribableImpl<FlowDefinition> implements ExtensionPoint {
}
