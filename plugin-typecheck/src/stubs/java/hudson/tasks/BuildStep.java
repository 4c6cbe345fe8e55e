// Signature stub of jenkinsci/jenkins (tag jenkins-2.541.3), core/src/main/java/hudson/tasks/BuildStep.java.
// Only what the Obra plugin and its tests use; bodies throw. Never packaged. Its methods are implemented by BuildStepCompatibilityLayer/Builder and not called by the plugin: omitted.
package hudson.tasks;

public interface BuildStep {
}
