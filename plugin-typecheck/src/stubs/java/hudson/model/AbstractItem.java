// Signature stub of jenkinsci/jenkins (tag jenkins-2.541.3), core/src/main/java/hudson/model/AbstractItem.java.
// Only what the Obra plugin and its tests use; bodies throw. Never packaged. Omitted interfaces: Loadable, HttpDeletable, DescriptorByNameOwner, StaplerProxy.
package hudson.model;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.security.ACL;

public abstract class AbstractItem extends Actionable implements Item {
    @Override
    public String getDisplayName() {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public @NonNull ACL getACL() {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public final String getFullName() {
        throw new UnsupportedOperationException("stub");
    }
}
