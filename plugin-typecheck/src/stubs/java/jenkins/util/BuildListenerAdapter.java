// Signature stub of jenkinsci/jenkins (tag jenkins-2.541.3), core/src/main/java/jenkins/util/BuildListenerAdapter.java.
// Only what the Obra plugin and its tests use; bodies throw. Never packaged.
package jenkins.util;

import hudson.model.BuildListener;
import hudson.model.TaskListener;
import java.io.PrintStream;

public final class BuildListenerAdapter implements BuildListener {
    public BuildListenerAdapter(TaskListener delegate) {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public PrintStream getLogger() {
        throw new UnsupportedOperationException("stub");
    }

    public static BuildListener wrap(TaskListener l) {
        throw new UnsupportedOperationException("stub");
    }
}
