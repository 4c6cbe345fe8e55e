// Signature stub of jenkinsci/jenkins (tag jenkins-2.541.3), core/src/main/java/hudson/Util.java.
package hudson;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import java.util.Collection;
import java.util.List;
import java.util.Set;

public class Util {
    public static String fixNull(@CheckForNull String s) {
        throw new UnsupportedOperationException("stub");
    }

    public static <T> T fixNull(@CheckForNull T s, @NonNull T defaultValue) {
        throw new UnsupportedOperationException("stub");
    }

    public static String fixEmpty(@CheckForNull String s) {
        throw new UnsupportedOperationException("stub");
    }

    public static String rawEncode(@NonNull String s) {
        throw new UnsupportedOperationException("stub");
    }

    public static String fixEmptyAndTrim(@CheckForNull String s) {
        throw new UnsupportedOperationException("stub");
    }

    public static <T> List<T> fixNull(@CheckForNull List<T> l) {
        throw new UnsupportedOperationException("stub");
    }

    public static <T> Set<T> fixNull(@CheckForNull Set<T> l) {
        throw new UnsupportedOperationException("stub");
    }

    public static <T> Collection<T> fixNull(@CheckForNull Collection<T> l) {
        throw new UnsupportedOperationException("stub");
    }

    public static <T> Iterable<T> fixNull(@CheckForNull Iterable<T> l) {
        throw new UnsupportedOperationException("stub");
    }
}
