// Signature stub of jenkinsci/jenkins (tag jenkins-2.541.3), core/src/main/java/hudson/model/TaskListener.java.
// Only what the Obra plugin and its tests use; bodies throw. Never packaged. Omitted supertype: SerializableOnlyOverRemoting (extends Serializable).
package hudson.model;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Serializable;

public interface TaskListener extends Serializable {
    @NonNull
    PrintStream getLogger();

    @NonNull
    default PrintWriter error(String msg) {
        throw new UnsupportedOperationException("stub");
    }

    @NonNull
    default PrintWriter error(String format, Object... args) {
        throw new UnsupportedOperationException("stub");
    }
}
