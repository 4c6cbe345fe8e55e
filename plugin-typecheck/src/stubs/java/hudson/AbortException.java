// Signature stub of jenkinsci/jenkins (tag jenkins-2.541.3), core/src/main/java/hudson/AbortException.java.
// Only what the Obra plugin uses; bodies throw. Never packaged.
package hudson;

import java.io.IOException;

public class AbortException extends IOException {
    public AbortException() {
        throw new UnsupportedOperationException("stub");
    }

    public AbortException(String message) {
        throw new UnsupportedOperationException("stub");
    }
}
