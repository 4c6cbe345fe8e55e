// Signature stub of jenkinsci/jenkins (tag jenkins-2.541.3), core/src/main/java/hudson/model/AbstractBuild.java.
// Only what the Obra plugin and its tests use; bodies throw. Never packaged. Omitted interfaces: LazyBuildMixIn.LazyLoadingRun, RunWithSCM.
package hudson.model;

public abstract class AbstractBuild<P extends AbstractProject<P, R>, R extends AbstractBuild<P, R>> extends Run<P, R>
        implements Queue.Executable {
}
