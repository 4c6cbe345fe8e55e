// Signature stub of jenkinsci/jenkins (tag jenkins-2.541.3), core/src/main/java/jenkins/model/Jenkins.java.
// Only what the Obra plugin and its tests use; bodies throw. Never packaged. Omitted supertypes: AbstractCIBase (extends Node), DirectlyModifiableTopLevelItemGroup, StaplerProxy, StaplerFallback, ModifiableViewGroup, AccessControlled (declared here), DescriptorByNameOwner, ModelObjectWithContextMenu, ModelObjectWithChildren, OnMaster, Loadable.
package jenkins.model;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.AbstractModelObject;
import hudson.model.Describable;
import hudson.model.Descriptor;
import hudson.security.ACL;
import hudson.security.AccessControlled;
import hudson.security.Permission;
import java.io.File;
import org.springframework.security.core.Authentication;

public class Jenkins extends AbstractModelObject implements AccessControlled {
    public static final Permission ADMINISTER = null;
    public static final Permission MANAGE = null;
    public static final Permission SYSTEM_READ = null;
    public static final Permission READ = null;

    private Jenkins() {
        throw new UnsupportedOperationException("stub");
    }

    public static Jenkins get() throws IllegalStateException {
        throw new UnsupportedOperationException("stub");
    }

    public static Jenkins getInstanceOrNull() {
        throw new UnsupportedOperationException("stub");
    }

    @Deprecated
    public static Jenkins getInstance() {
        throw new UnsupportedOperationException("stub");
    }

    public static @NonNull Authentication getAuthentication2() {
        throw new UnsupportedOperationException("stub");
    }

    public Descriptor getDescriptorOrDie(Class<? extends Describable> type) {
        throw new UnsupportedOperationException("stub");
    }

    public <T extends Descriptor> T getDescriptorByType(Class<T> type) {
        throw new UnsupportedOperationException("stub");
    }

    public void setSecurityRealm(@CheckForNull hudson.security.SecurityRealm securityRealm) {
        throw new UnsupportedOperationException("stub");
    }

    public void setAuthorizationStrategy(@CheckForNull hudson.security.AuthorizationStrategy a) {
        throw new UnsupportedOperationException("stub");
    }

    public @CheckForNull <T extends hudson.model.Item> T getItemByFullName(@NonNull String fullName, Class<T> type)
            throws org.springframework.security.access.AccessDeniedException {
        throw new UnsupportedOperationException("stub");
    }

    public File getRootDir() {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public @NonNull ACL getACL() {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public String getDisplayName() {
        throw new UnsupportedOperationException("stub");
    }
}
