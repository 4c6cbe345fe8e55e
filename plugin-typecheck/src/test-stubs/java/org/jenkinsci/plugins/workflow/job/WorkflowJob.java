// Signature stub of jenkinsci/workflow-job-plugin (tag 1571.1580.v18e46842c125, as managed by bom-2.541.x 6916.v15ec97679743; checked with javap against 1571.vb_423c255d6d9),
// src/main/java/org/jenkinsci/plugins/workflow/job/WorkflowJob.java. Omitted interfaces: LazyLoadingJob,
// ParameterizedJob, Queue.FlyweightTask, SCMTriggerItem, BlockableResume.
package org.jenkinsci.plugins.workflow.job;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Action;
import hudson.model.Job;
import hudson.model.TopLevelItem;
import hudson.model.queue.QueueTaskFuture;
import org.jenkinsci.plugins.workflow.flow.FlowDefinition;

public final class WorkflowJob extends Job<WorkflowJob, WorkflowRun> implements TopLevelItem {
    private WorkflowJob() {
        throw new UnsupportedOperationException("stub");
    }

    public FlowDefinition getDefinition() {
        throw new UnsupportedOperationException("stub");
    }

    public void setDefinition(FlowDefinition definition) {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public WorkflowRun getBuildByNumber(int n) {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public WorkflowRun getLastBuild() {
        throw new UnsupportedOperationException("stub");
    }

    public @CheckForNull QueueTaskFuture<WorkflowRun> scheduleBuild2(int quietPeriod, Action... actions) {
        throw new UnsupportedOperationException("stub");
    }
}
