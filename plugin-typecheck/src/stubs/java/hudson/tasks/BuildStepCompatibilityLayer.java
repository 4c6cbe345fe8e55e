// Signature stub of jenkinsci/jenkins (tag jenkins-2.541.3), core/src/main/java/hudson/tasks/BuildStepCompatibilityLayer.java.
// Only what the Obra plugin and its tests use; bodies throw. Never packaged.
package hudson.tasks;

@Deprecated
public abstract class BuildStepCompatibilityLayer implements BuildStep {
}
