// Signature stub of jenkinsci/workflow-api-plugin (tag 1413.v2ff1a_5e720fa_, as managed by bom-2.541.x 6916.v15ec97679743),
// src/main/java/org/jenkinsci/plugins/workflow/graph/FlowNode.java. Omitted interface: Saveable.
package org.jenkinsci.plugins.workflow.graph;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.Action;
import hudson.model.Actionable;

public abstract class FlowNode extends Actionable {
    // The real constructors take a FlowExecution (not stubbed); the plugin never creates flow nodes.
    private FlowNode() {
        throw new UnsupportedOperationException("stub");
    }

    public final <T extends Action> T getPersistentAction(@NonNull Class<T> type) {
        throw new UnsupportedOperationException("stub");
    }
}
