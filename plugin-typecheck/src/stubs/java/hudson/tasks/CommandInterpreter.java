// Signature stub of jenkinsci/jenkins (tag jenkins-2.541.3), core/src/main/java/hudson/tasks/CommandInterpreter.java.
// Only what the Obra plugin and its tests use; bodies throw. Never packaged. Omitted interface: EnvVarsFilterableBuilder.
package hudson.tasks;

public abstract class CommandInterpreter extends Builder {
    protected CommandInterpreter(String command) {
        throw new UnsupportedOperationException("stub");
    }
}
