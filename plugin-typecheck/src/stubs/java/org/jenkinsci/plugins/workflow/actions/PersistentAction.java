// Signature stub of jenkinsci/workflow-api-plugin (tag 1413.v2ff1a_5e720fa_, as managed by bom-2.541.x 6916.v15ec97679743),
// src/main/java/org/jenkinsci/plugins/workflow/actions/PersistentAction.java.
package org.jenkinsci.plugins.workflow.actions;

import hudson.model.Action;

public interface PersistentAction extends Action {
}
