// Signature stub of jenkinsci/jenkins (tag jenkins-2.541.3), core/src/main/java/hudson/model/Descriptor.java.
// Only what the Obra plugin and its tests use; bodies throw. Never packaged. Omitted interfaces: Loadable, Saveable, OnMaster; deprecated StaplerRequest overloads.
package hudson.model;

import net.sf.json.JSONObject;
import org.kohsuke.stapler.StaplerRequest2;

public abstract class Descriptor<T extends Describable<T>> {
    public final transient Class<? extends T> clazz = null;

    protected Descriptor(Class<? extends T> clazz) {
        throw new UnsupportedOperationException("stub");
    }

    protected Descriptor() {
        throw new UnsupportedOperationException("stub");
    }

    public String getDisplayName() {
        throw new UnsupportedOperationException("stub");
    }

    public String getId() {
        throw new UnsupportedOperationException("stub");
    }

    protected void addHelpFileRedirect(String fieldName, Class<? extends Describable> owner, String fieldNameToRedirectTo) {
        throw new UnsupportedOperationException("stub");
    }

    public boolean configure(StaplerRequest2 req, JSONObject json) throws FormException {
        throw new UnsupportedOperationException("stub");
    }

    public synchronized void save() {
        throw new UnsupportedOperationException("stub");
    }

    public synchronized void load() {
        throw new UnsupportedOperationException("stub");
    }

    public static final class FormException extends Exception {
        public FormException(String message, String formField) {
            throw new UnsupportedOperationException("stub");
        }

        public FormException(String message, Throwable cause, String formField) {
            throw new UnsupportedOperationException("stub");
        }

        public FormException(Throwable cause, String formField) {
            throw new UnsupportedOperationException("stub");
        }
    }
}
