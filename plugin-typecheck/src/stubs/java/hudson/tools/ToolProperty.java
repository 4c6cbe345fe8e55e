// Signature stub of jenkinsci/jenkins (tag jenkins-2.541.3), core/src/main/java/hudson/tools/ToolProperty.java.
// Only what the Obra plugin and its tests use; bodies throw. Never packaged.
package hudson.tools;

import hudson.ExtensionPoint;
import hudson.model.Describable;

public abstract class ToolProperty<T extends ToolInstallation> implements Describable<ToolProperty<?>>, ExtensionPoint {
    protected transient T tool;

    protected void setTool(T tool) {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public ToolPropertyDescriptor getDescriptor() {
        throw new UnsupportedOperationException("stub");
    }

    public abstract Class<T> type();
}
