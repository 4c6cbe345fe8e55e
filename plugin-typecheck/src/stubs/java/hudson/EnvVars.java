// Signature stub of jenkinsci/jenkins (tag jenkins-2.541.3), core/src/main/java/hudson/EnvVars.java.
package hudson;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.util.Map;
import java.util.TreeMap;

public class EnvVars extends TreeMap<String, String> {
    public EnvVars() {
        throw new UnsupportedOperationException("stub");
    }

    public EnvVars(@NonNull Map<String, String> m) {
        throw new UnsupportedOperationException("stub");
    }

    public EnvVars(@NonNull EnvVars m) {
        throw new UnsupportedOperationException("stub");
    }

    public EnvVars(String... keyValuePairs) {
        throw new UnsupportedOperationException("stub");
    }

    public EnvVars overrideAll(Map<String, String> all) {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public String put(String key, String value) {
        throw new UnsupportedOperationException("stub");
    }

    public String expand(String s) {
        throw new UnsupportedOperationException("stub");
    }
}
