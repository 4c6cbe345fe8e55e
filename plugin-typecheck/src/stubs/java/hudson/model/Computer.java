// Signature stub of jenkinsci/jenkins (tag jenkins-2.541.3), core/src/main/java/hudson/model/Computer.java.
// Only what the Obra plugin and its tests use; bodies throw. Never packaged. Omitted interfaces: AccessControlled, IComputer, ExecutorListener, DescriptorByNameOwner, StaplerProxy, HasWidgets.
package hudson.model;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.util.concurrent.ExecutorService;

public abstract class Computer extends Actionable {
    public static final ExecutorService threadPoolForRemoting = null;

    public @NonNull String getName() {
        throw new UnsupportedOperationException("stub");
    }

    public Node getNode() {
        throw new UnsupportedOperationException("stub");
    }
}
