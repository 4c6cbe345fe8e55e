// Signature stub of jenkinsci/jenkins (tag jenkins-2.541.3), core/src/main/java/hudson/model/Build.java.
// Only what the Obra plugin and its tests use; bodies throw. Never packaged.
package hudson.model;

public abstract class Build<P extends Project<P, B>, B extends Build<P, B>> extends AbstractBuild<P, B> {
    @Override
    public void run() {
        throw new UnsupportedOperationException("stub");
    }
}
