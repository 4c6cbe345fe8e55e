// Signature stub of jenkinsci/jenkins (tag jenkins-2.541.3), core/src/main/java/hudson/util/DescribableList.java.
// Only what the Obra plugin and its tests use; bodies throw. Never packaged.
package hudson.util;

import hudson.model.Describable;
import hudson.model.Descriptor;

public class DescribableList<T extends Describable<T>, D extends Descriptor<T>> extends PersistedList<T> {
    protected DescribableList() {
        throw new UnsupportedOperationException("stub");
    }

    public <U extends T> U get(Class<U> type) {
        throw new UnsupportedOperationException("stub");
    }
}
