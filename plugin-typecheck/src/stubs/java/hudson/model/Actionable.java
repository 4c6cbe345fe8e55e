// Signature stub of jenkinsci/jenkins (tag jenkins-2.541.3), core/src/main/java/hudson/model/Actionable.java.
// Only what the Obra plugin and its tests use; bodies throw. Never packaged. Omitted interface: ModelObjectWithContextMenu.
package hudson.model;

import edu.umd.cs.findbugs.annotations.NonNull;

public abstract class Actionable extends AbstractModelObject {
    public void addAction(@NonNull Action a) {
        throw new UnsupportedOperationException("stub");
    }

    public boolean addOrReplaceAction(@NonNull Action a) {
        throw new UnsupportedOperationException("stub");
    }

    public <T extends Action> java.util.List<T> getActions(Class<T> type) {
        throw new UnsupportedOperationException("stub");
    }

    public <T extends Action> T getAction(Class<T> type) {
        throw new UnsupportedOperationException("stub");
    }
}
