// Signature stub of jenkinsci/jenkins (tag jenkins-2.541.3), core/src/main/java/hudson/model/Node.java.
// Only what the Obra plugin and its tests use; bodies throw. Never packaged. Omitted interfaces: ReconfigurableDescribable, ExtensionPoint, AccessControlled, OnMaster, PersistenceRoot.
package hudson.model;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.FilePath;
import hudson.Launcher;
import hudson.remoting.VirtualChannel;

public abstract class Node extends AbstractModelObject {
    @Override
    public String getDisplayName() {
        throw new UnsupportedOperationException("stub");
    }

    public abstract String getNodeName();

    public abstract Launcher createLauncher(TaskListener listener);

    public final Computer toComputer() {
        throw new UnsupportedOperationException("stub");
    }

    public final VirtualChannel getChannel() {
        throw new UnsupportedOperationException("stub");
    }

    public abstract @CheckForNull FilePath getRootPath();
}
