// Signature stub of jenkinsci/jenkins (tag jenkins-2.541.3), core/src/main/java/hudson/model/ManagementLink.java.
// Only what the Obra plugin and its tests use; bodies throw. Never packaged. Omitted: LIST, getCategoryName(),
// getBadge() (jenkins.management.Badge); Category's labels are Localizables in the real enum.
package hudson.model;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.ExtensionList;
import hudson.ExtensionPoint;
import hudson.security.Permission;

public abstract class ManagementLink implements ExtensionPoint, Action {
    @Override
    public abstract @CheckForNull String getIconFileName();

    public String getDescription() {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public abstract @CheckForNull String getUrlName();

    public boolean getRequiresConfirmation() {
        throw new UnsupportedOperationException("stub");
    }

    public static @NonNull ExtensionList<ManagementLink> all() {
        throw new UnsupportedOperationException("stub");
    }

    public @NonNull Permission getRequiredPermission() {
        throw new UnsupportedOperationException("stub");
    }

    public boolean getRequiresPOST() {
        throw new UnsupportedOperationException("stub");
    }

    public @NonNull Category getCategory() {
        throw new UnsupportedOperationException("stub");
    }

    public enum Category {
        CONFIGURATION,
        SECURITY,
        STATUS,
        TROUBLESHOOTING,
        TOOLS,
        MISC,
        UNCATEGORIZED;

        public @NonNull String getLabel() {
            throw new UnsupportedOperationException("stub");
        }
    }
}
