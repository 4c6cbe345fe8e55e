// Signature stub of jenkinsci/jenkins (tag jenkins-2.541.3), core/src/main/java/hudson/tools/ToolInstallation.java.
// Only what the Obra plugin and its tests use; bodies throw. Never packaged.
package hudson.tools;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.EnvVars;
import hudson.ExtensionPoint;
import hudson.model.Describable;
import hudson.model.Node;
import hudson.model.TaskListener;
import hudson.util.DescribableList;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;

public abstract class ToolInstallation implements Describable<ToolInstallation>, Serializable, ExtensionPoint {
    @Deprecated
    protected ToolInstallation(String name, String home) {
        throw new UnsupportedOperationException("stub");
    }

    protected ToolInstallation(String name, String home, List<? extends ToolProperty<?>> properties) {
        throw new UnsupportedOperationException("stub");
    }

    public String getName() {
        throw new UnsupportedOperationException("stub");
    }

    public @CheckForNull String getHome() {
        throw new UnsupportedOperationException("stub");
    }

    public void buildEnvVars(EnvVars env) {
        throw new UnsupportedOperationException("stub");
    }

    public synchronized DescribableList<ToolProperty<?>, ToolPropertyDescriptor> getProperties() {
        throw new UnsupportedOperationException("stub");
    }

    public ToolInstallation translate(@NonNull Node node, EnvVars envs, TaskListener listener)
            throws IOException, InterruptedException {
        throw new UnsupportedOperationException("stub");
    }

    protected String translateFor(Node node, TaskListener log) throws IOException, InterruptedException {
        throw new UnsupportedOperationException("stub");
    }

    protected Object readResolve() {
        throw new UnsupportedOperationException("stub");
    }
}
