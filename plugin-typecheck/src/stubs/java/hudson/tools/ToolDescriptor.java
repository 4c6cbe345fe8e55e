// Signature stub of jenkinsci/jenkins (tag jenkins-2.541.3), core/src/main/java/hudson/tools/ToolDescriptor.java.
// Only what the Obra plugin and its tests use; bodies throw. Never packaged. Omitted: getCategory, doCheckHome/doCheckName, the deprecated StaplerRequest configure.
package hudson.tools;

import hudson.model.Descriptor;
import hudson.util.DescribableList;
import java.io.IOException;
import java.util.List;
import net.sf.json.JSONObject;
import org.kohsuke.stapler.StaplerRequest2;

public abstract class ToolDescriptor<T extends ToolInstallation> extends Descriptor<ToolInstallation> {
    protected ToolDescriptor() {
        throw new UnsupportedOperationException("stub");
    }

    protected ToolDescriptor(Class<T> clazz) {
        throw new UnsupportedOperationException("stub");
    }

    public T[] getInstallations() {
        throw new UnsupportedOperationException("stub");
    }

    public void setInstallations(T... installations) {
        throw new UnsupportedOperationException("stub");
    }

    public List<ToolPropertyDescriptor> getPropertyDescriptors() {
        throw new UnsupportedOperationException("stub");
    }

    public List<? extends ToolInstaller> getDefaultInstallers() {
        throw new UnsupportedOperationException("stub");
    }

    public DescribableList<ToolProperty<?>, ToolPropertyDescriptor> getDefaultProperties() throws IOException {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public boolean configure(StaplerRequest2 req, JSONObject json) throws FormException {
        throw new UnsupportedOperationException("stub");
    }
}
