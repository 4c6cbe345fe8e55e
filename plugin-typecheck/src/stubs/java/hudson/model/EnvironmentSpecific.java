// Signature stub of jenkinsci/jenkins (tag jenkins-2.541.3), core/src/main/java/hudson/model/EnvironmentSpecific.java.
// Only what the Obra plugin and its tests use; bodies throw. Never packaged.
package hudson.model;

import hudson.EnvVars;

public interface EnvironmentSpecific<T extends EnvironmentSpecific<T>> {
    T forEnvironment(EnvVars environment);
}
