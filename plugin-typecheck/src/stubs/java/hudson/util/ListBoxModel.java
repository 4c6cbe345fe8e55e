// Signature stub of jenkinsci/jenkins (tag jenkins-2.541.3), core/src/main/java/hudson/util/ListBoxModel.java.
// Only what the Obra plugin and its tests use; bodies throw. Never packaged. Omitted interface: org.kohsuke.stapler.HttpResponse.
package hudson.util;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.ModelObject;
import java.util.ArrayList;
import java.util.Collection;

public class ListBoxModel extends ArrayList<ListBoxModel.Option> {
    public static final class Option {
        public String name;
        public String value;
        public boolean selected;

        public Option(@NonNull String name, @NonNull String value) {
            throw new UnsupportedOperationException("stub");
        }

        public Option(@NonNull String name) {
            throw new UnsupportedOperationException("stub");
        }

        public Option(@NonNull String name, @NonNull String value, boolean selected) {
            throw new UnsupportedOperationException("stub");
        }
    }

    public ListBoxModel(int initialCapacity) {
        throw new UnsupportedOperationException("stub");
    }

    public ListBoxModel() {
        throw new UnsupportedOperationException("stub");
    }

    public ListBoxModel(Collection<Option> c) {
        throw new UnsupportedOperationException("stub");
    }

    public ListBoxModel(Option... data) {
        throw new UnsupportedOperationException("stub");
    }

    public void add(@NonNull String displayName, @NonNull String value) {
        throw new UnsupportedOperationException("stub");
    }

    public void add(ModelObject usedForDisplayName, @NonNull String value) {
        throw new UnsupportedOperationException("stub");
    }

    public ListBoxModel add(@NonNull String nameAndValue) {
        throw new UnsupportedOperationException("stub");
    }

    public Option[] values() {
        throw new UnsupportedOperationException("stub");
    }
}
