// Signature stub of jenkinsci/jenkins (tag jenkins-2.541.3), core/src/main/java/hudson/model/AbstractProject.java.
// Only what the Obra plugin and its tests use; bodies throw. Never packaged. Omitted interfaces: BuildableItem, LazyBuildMixIn.LazyLoadingJob, ParameterizedJobMixIn.ParameterizedJob; scheduleBuild2 overloads taking a Cause.
package hudson.model;

import hudson.model.queue.QueueTaskFuture;
import java.io.IOException;

public abstract class AbstractProject<P extends AbstractProject<P, R>, R extends AbstractBuild<P, R>> extends Job<P, R> {
    public void setAssignedLabel(Label l) throws IOException {
        throw new UnsupportedOperationException("stub");
    }

    public QueueTaskFuture<R> scheduleBuild2(int quietPeriod) {
        throw new UnsupportedOperationException("stub");
    }

    public QueueTaskFuture<R> scheduleBuild2(int quietPeriod, Action... actions) {
        throw new UnsupportedOperationException("stub");
    }
}
