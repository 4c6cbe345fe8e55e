// Signature stub of jenkinsci/jenkins (tag jenkins-2.541.3), core/src/main/java/jenkins/model/RunAction2.java.
// Only what the Obra plugin and its tests use; never packaged.
package jenkins.model;

import hudson.model.Action;
import hudson.model.Run;

public interface RunAction2 extends Action {
    void onAttached(Run<?, ?> r);

    void onLoad(Run<?, ?> r);
}
