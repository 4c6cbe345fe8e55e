// Signature stub of jenkinsci/jenkins (tag jenkins-2.541.3), core/src/main/java/hudson/model/Queue.java.
// Only what the Obra plugin and its tests use; bodies throw. Never packaged. Only the nested Task and Executable types. Omitted: supertype ResourceController, Saveable; Task's FullyNamedModelObject/SubTask, Executable's WithConsoleUrl.
package hudson.model;

public class Queue {
    private Queue() {
        throw new UnsupportedOperationException("stub");
    }

    public interface Task extends ModelObject {
    }

    public interface Executable extends Runnable {
    }
}
