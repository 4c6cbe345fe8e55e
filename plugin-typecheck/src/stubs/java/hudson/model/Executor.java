// Signature stub of jenkinsci/jenkins (tag jenkins-2.541.3), core/src/main/java/hudson/model/Executor.java.
// Only what the Obra plugin and its tests use; bodies throw. Never packaged. Omitted interfaces: ModelObject, IExecutor.
package hudson.model;

public class Executor extends Thread {
    private Executor() {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public void interrupt() {
        throw new UnsupportedOperationException("stub");
    }

    public void interrupt(Result result) {
        throw new UnsupportedOperationException("stub");
    }
}
