// Signature stub of jenkinsci/jenkins (tag jenkins-2.541.3), core/src/main/java/hudson/tools/PropertyDescriptor.java.
// Only what the Obra plugin and its tests use; bodies throw. Never packaged.
package hudson.tools;

import hudson.model.Describable;
import hudson.model.Descriptor;

public abstract class PropertyDescriptor<P extends Describable<P>, T> extends Descriptor<P> {
    protected PropertyDescriptor(Class<? extends P> clazz) {
        throw new UnsupportedOperationException("stub");
    }

    protected PropertyDescriptor() {
        throw new UnsupportedOperationException("stub");
    }
}
