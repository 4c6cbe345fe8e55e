// Signature stub of jenkinsci/jenkins (tag jenkins-2.541.3), core/src/main/java/hudson/util/ComboBoxModel.java.
// Only what the Obra plugin and its tests use; bodies throw. Never packaged. Omitted interface: org.kohsuke.stapler.HttpResponse.
package hudson.util;

import java.util.ArrayList;
import java.util.Collection;

public class ComboBoxModel extends ArrayList<String> {
    public ComboBoxModel(int initialCapacity) {
        throw new UnsupportedOperationException("stub");
    }

    public ComboBoxModel() {
        throw new UnsupportedOperationException("stub");
    }

    public ComboBoxModel(Collection<? extends String> c) {
        throw new UnsupportedOperationException("stub");
    }

    public ComboBoxModel(String... values) {
        throw new UnsupportedOperationException("stub");
    }
}
