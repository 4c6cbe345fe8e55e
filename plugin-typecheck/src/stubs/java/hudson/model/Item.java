// Signature stub of jenkinsci/jenkins (tag jenkins-2.541.3), core/src/main/java/hudson/model/Item.java.
// Only what the Obra plugin and its tests use; bodies throw. Never packaged. Omitted interfaces: PersistenceRoot, FullyNamedModelObject, SearchableModelObject, FullyNamed, Named, OnMaster.
package hudson.model;

import hudson.security.AccessControlled;
import hudson.security.Permission;

public interface Item extends ModelObject, AccessControlled {
    String getFullName();

    Permission CREATE = null;
    Permission DELETE = null;
    Permission CONFIGURE = null;
    Permission READ = null;
    Permission DISCOVER = null;
    Permission EXTENDED_READ = null;
    Permission BUILD = null;
    Permission WORKSPACE = null;
    Permission CANCEL = null;
}
