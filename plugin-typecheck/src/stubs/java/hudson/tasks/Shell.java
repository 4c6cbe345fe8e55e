// Signature stub of jenkinsci/jenkins (tag jenkins-2.541.3), core/src/main/java/hudson/tasks/Shell.java.
// Only what the Obra plugin and its tests use; bodies throw. Never packaged.
package hudson.tasks;

public class Shell extends CommandInterpreter {
    public Shell(String command) {
        super(command);
        throw new UnsupportedOperationException("stub");
    }
}
