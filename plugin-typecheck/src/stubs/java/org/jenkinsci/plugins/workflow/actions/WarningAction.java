// Signature stub of jenkinsci/workflow-api-plugin (tag 1413.v2ff1a_5e720fa_, as managed by bom-2.541.x 6916.v15ec97679743),
// src/main/java/org/jenkinsci/plugins/workflow/actions/WarningAction.java.
package org.jenkinsci.plugins.workflow.actions;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.Result;

public class WarningAction implements PersistentAction {
    public WarningAction(@NonNull Result result) {
        throw new UnsupportedOperationException("stub");
    }

    public WarningAction withMessage(String message) {
        throw new UnsupportedOperationException("stub");
    }

    public @CheckForNull String getMessage() {
        throw new UnsupportedOperationException("stub");
    }

    public @NonNull Result getResult() {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public String getDisplayName() {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public String getIconFileName() {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public String getUrlName() {
        throw new UnsupportedOperationException("stub");
    }
}
