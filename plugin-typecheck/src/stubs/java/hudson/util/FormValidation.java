// Signature stub of jenkinsci/jenkins (tag jenkins-2.541.3), core/src/main/java/hudson/util/FormValidation.java.
// Only what the Obra plugin and its tests use; bodies throw. Never packaged. Omitted interface: org.kohsuke.stapler.HttpResponse.
package hudson.util;

import java.io.IOException;

public abstract class FormValidation extends IOException {
    public enum Kind {
        OK, WARNING, ERROR
    }

    public final Kind kind = null;

    private FormValidation() {
        throw new UnsupportedOperationException("stub");
    }

    public static FormValidation error(String message) {
        throw new UnsupportedOperationException("stub");
    }

    public static FormValidation warning(String message) {
        throw new UnsupportedOperationException("stub");
    }

    public static FormValidation ok(String message) {
        throw new UnsupportedOperationException("stub");
    }

    public static FormValidation ok() {
        throw new UnsupportedOperationException("stub");
    }

    public static FormValidation error(String format, Object... args) {
        throw new UnsupportedOperationException("stub");
    }

    public static FormValidation warning(String format, Object... args) {
        throw new UnsupportedOperationException("stub");
    }

    public static FormValidation ok(String format, Object... args) {
        throw new UnsupportedOperationException("stub");
    }

    public static FormValidation error(Throwable e, String message) {
        throw new UnsupportedOperationException("stub");
    }

    public static FormValidation warning(Throwable e, String message) {
        throw new UnsupportedOperationException("stub");
    }

    public static FormValidation error(Throwable e, String format, Object... args) {
        throw new UnsupportedOperationException("stub");
    }

    public static FormValidation warning(Throwable e, String format, Object... args) {
        throw new UnsupportedOperationException("stub");
    }
}
