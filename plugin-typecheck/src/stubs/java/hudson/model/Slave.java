// Signature stub of jenkinsci/jenkins (tag jenkins-2.541.3), core/src/main/java/hudson/model/Slave.java.
// Only what the Obra plugin and its tests use; bodies throw. Never packaged. Omitted interface: Serializable.
package hudson.model;

public abstract class Slave extends Node {
}
