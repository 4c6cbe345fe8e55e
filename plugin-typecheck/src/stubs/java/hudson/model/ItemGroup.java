// Signature stub of jenkinsci/jenkins (tag jenkins-2.541.3), core/src/main/java/hudson/model/ItemGroup.java.
// Type only. Omitted interfaces: FullyNamed, FullyNamedModelObject (extends ModelObject), PersistenceRoot.
package hudson.model;

public interface ItemGroup<T extends Item> extends ModelObject {
}
