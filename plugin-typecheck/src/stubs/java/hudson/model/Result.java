// Signature stub of jenkinsci/jenkins (tag jenkins-2.541.3), core/src/main/java/hudson/model/Result.java.
// Only what the Obra plugin and its tests use; bodies throw. Never packaged. Omitted interface: CustomExportedBean.
package hudson.model;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.io.Serializable;

public final class Result implements Serializable {
    public static final @NonNull Result SUCCESS = null;
    public static final @NonNull Result UNSTABLE = null;
    public static final @NonNull Result FAILURE = null;
    public static final @NonNull Result NOT_BUILT = null;
    public static final @NonNull Result ABORTED = null;

    private Result() {
        throw new UnsupportedOperationException("stub");
    }

    public boolean isWorseThan(@NonNull Result that) {
        throw new UnsupportedOperationException("stub");
    }

    public boolean isBetterThan(@NonNull Result that) {
        throw new UnsupportedOperationException("stub");
    }
}
