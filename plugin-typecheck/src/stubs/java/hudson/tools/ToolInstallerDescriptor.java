// Signature stub of jenkinsci/jenkins (tag jenkins-2.541.3), core/src/main/java/hudson/tools/ToolInstallerDescriptor.java.
// Only what the Obra plugin and its tests use; bodies throw. Never packaged. Omitted: doAutoCompleteLabel, doCheckLabel, all, for_.
package hudson.tools;

import hudson.model.Descriptor;

public abstract class ToolInstallerDescriptor<T extends ToolInstaller> extends Descriptor<ToolInstaller> {
    public boolean isApplicable(Class<? extends ToolInstallation> toolType) {
        throw new UnsupportedOperationException("stub");
    }
}
