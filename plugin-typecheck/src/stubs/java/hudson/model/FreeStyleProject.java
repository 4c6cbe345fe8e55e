// Signature stub of jenkinsci/jenkins (tag jenkins-2.541.3), core/src/main/java/hudson/model/FreeStyleProject.java.
// Only what the Obra plugin and its tests use; bodies throw. Never packaged.
package hudson.model;

public class FreeStyleProject extends Project<FreeStyleProject, FreeStyleBuild> implements TopLevelItem {
    private FreeStyleProject() {
        throw new UnsupportedOperationException("stub");
    }
}
