// Signature stub of jenkinsci/jenkins (tag jenkins-2.541.3), core/src/main/java/hudson/model/Job.java.
// Only what the Obra plugin and its tests use; bodies throw. Never packaged. Omitted interfaces: StaplerOverridable, ModelObjectWithChildren, HasWidgets.
package hudson.model;

import hudson.ExtensionPoint;

public abstract class Job<JobT extends Job<JobT, RunT>, RunT extends Run<JobT, RunT>> extends AbstractItem
        implements ExtensionPoint {
    public RunT getLastBuild() {
        throw new UnsupportedOperationException("stub");
    }

    public RunT getLastSuccessfulBuild() {
        throw new UnsupportedOperationException("stub");
    }

    public RunT getBuildByNumber(int n) {
        throw new UnsupportedOperationException("stub");
    }
}
