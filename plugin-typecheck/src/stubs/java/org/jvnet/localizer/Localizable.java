// Signature stub of kohsuke/localizer (tag localizer-parent-1.31), lib/src/main/java/org/jvnet/localizer/Localizable.java.
package org.jvnet.localizer;

import java.io.Serializable;
import java.util.Locale;

public class Localizable implements Serializable {
    public Localizable(ResourceBundleHolder holder, String key, Object... args) {
        throw new UnsupportedOperationException("stub");
    }

    public String getKey() {
        throw new UnsupportedOperationException("stub");
    }

    public String toString(Locale locale) {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public String toString() {
        throw new UnsupportedOperationException("stub");
    }
}
