// Signature stub of jenkinsci/jenkins (tag jenkins-2.541.3), core/src/main/java/hudson/util/Secret.java.
// Only what the Obra plugin and its tests use; bodies throw. Never packaged.
package hudson.util;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.io.Serializable;

public final class Secret implements Serializable {
    private Secret() {
        throw new UnsupportedOperationException("stub");
    }

    public String getPlainText() {
        throw new UnsupportedOperationException("stub");
    }

    public static Secret fromString(@CheckForNull String data) {
        throw new UnsupportedOperationException("stub");
    }
}
