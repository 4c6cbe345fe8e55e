// Signature stub of jenkinsci/jenkins (tag jenkins-2.541.3), core/src/main/java/hudson/model/AbstractModelObject.java.
// Only what the Obra plugin and its tests use; bodies throw. Never packaged. Omitted interface: SearchableModelObject (extends ModelObject).
package hudson.model;

public abstract class AbstractModelObject implements ModelObject {
}
