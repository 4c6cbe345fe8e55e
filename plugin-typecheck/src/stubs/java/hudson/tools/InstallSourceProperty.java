// Signature stub of jenkinsci/jenkins (tag jenkins-2.541.3), core/src/main/java/hudson/tools/InstallSourceProperty.java.
// Only what the Obra plugin and its tests use; bodies throw. Never packaged.
package hudson.tools;

import hudson.model.Descriptor;
import hudson.util.DescribableList;
import java.io.IOException;
import java.util.List;

public class InstallSourceProperty extends ToolProperty<ToolInstallation> {
    public final DescribableList<ToolInstaller, Descriptor<ToolInstaller>> installers = null;

    public InstallSourceProperty(List<? extends ToolInstaller> installers) throws IOException {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public Class<ToolInstallation> type() {
        throw new UnsupportedOperationException("stub");
    }
}
