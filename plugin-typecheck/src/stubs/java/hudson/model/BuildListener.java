// Signature stub of jenkinsci/jenkins (tag jenkins-2.541.3), core/src/main/java/hudson/model/BuildListener.java.
// Only what the Obra plugin and its tests use; never packaged.
package hudson.model;

public interface BuildListener extends TaskListener {
}
