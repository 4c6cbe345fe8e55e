// Signature stub of jenkinsci/jenkins (tag jenkins-2.541.3), core/src/main/java/hudson/slaves/DumbSlave.java.
// Only what the Obra plugin and its tests use; bodies throw. Never packaged.
package hudson.slaves;

import hudson.model.Slave;

public final class DumbSlave extends Slave {
    private DumbSlave() {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public String getNodeName() {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public hudson.Launcher createLauncher(hudson.model.TaskListener listener) {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public hudson.FilePath getRootPath() {
        throw new UnsupportedOperationException("stub");
    }
}
