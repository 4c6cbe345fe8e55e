// Signature stub of jenkinsci/jenkins (tag jenkins-2.541.3), core/src/main/java/hudson/ExtensionPoint.java.
package hudson;

public interface ExtensionPoint {
}
