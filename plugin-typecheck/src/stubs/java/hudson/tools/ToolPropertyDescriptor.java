// Signature stub of jenkinsci/jenkins (tag jenkins-2.541.3), core/src/main/java/hudson/tools/ToolPropertyDescriptor.java.
// Only what the Obra plugin and its tests use; bodies throw. Never packaged.
package hudson.tools;

public abstract class ToolPropertyDescriptor extends PropertyDescriptor<ToolProperty<?>, ToolInstallation> {
    protected ToolPropertyDescriptor(Class<? extends ToolProperty<?>> clazz) {
        throw new UnsupportedOperationException("stub");
    }

    protected ToolPropertyDescriptor() {
        throw new UnsupportedOperationException("stub");
    }
}
