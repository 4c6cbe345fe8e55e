// Signature stub of jenkinsci/jenkins (tag jenkins-2.541.3), core/src/main/java/hudson/model/FreeStyleBuild.java.
// Only what the Obra plugin and its tests use; bodies throw. Never packaged.
package hudson.model;

import java.io.IOException;

public class FreeStyleBuild extends Build<FreeStyleProject, FreeStyleBuild> {
    public FreeStyleBuild(FreeStyleProject project) throws IOException {
        throw new UnsupportedOperationException("stub");
    }
}
