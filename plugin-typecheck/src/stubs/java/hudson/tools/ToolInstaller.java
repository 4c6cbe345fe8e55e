// Signature stub of jenkinsci/jenkins (tag jenkins-2.541.3), core/src/main/java/hudson/tools/ToolInstaller.java.
// Only what the Obra plugin and its tests use; bodies throw. Never packaged.
package hudson.tools;

import hudson.ExtensionPoint;
import hudson.FilePath;
import hudson.model.Describable;
import hudson.model.Node;
import hudson.model.TaskListener;
import java.io.IOException;

public abstract class ToolInstaller implements Describable<ToolInstaller>, ExtensionPoint {
    protected transient ToolInstallation tool;

    protected ToolInstaller(String label) {
        throw new UnsupportedOperationException("stub");
    }

    protected void setTool(ToolInstallation t) {
        throw new UnsupportedOperationException("stub");
    }

    public final String getLabel() {
        throw new UnsupportedOperationException("stub");
    }

    public boolean appliesTo(Node node) {
        throw new UnsupportedOperationException("stub");
    }

    public abstract FilePath performInstallation(ToolInstallation tool, Node node, TaskListener log)
            throws IOException, InterruptedException;

    protected final FilePath preferredLocation(ToolInstallation tool, Node node) {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public ToolInstallerDescriptor<?> getDescriptor() {
        throw new UnsupportedOperationException("stub");
    }
}
