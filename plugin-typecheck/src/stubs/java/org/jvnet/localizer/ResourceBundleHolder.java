// Signature stub of kohsuke/localizer (tag localizer-parent-1.31), lib/src/main/java/org/jvnet/localizer/ResourceBundleHolder.java.
// Used only by the Messages classes generated for the type-check.
package org.jvnet.localizer;

import java.io.Serializable;

public final class ResourceBundleHolder implements Serializable {
    public static synchronized ResourceBundleHolder get(Class<?> clazz) {
        throw new UnsupportedOperationException("stub");
    }

    public ResourceBundleHolder(Class<?> owner) {
        throw new UnsupportedOperationException("stub");
    }

    public String format(String key, Object... args) {
        throw new UnsupportedOperationException("stub");
    }
}
