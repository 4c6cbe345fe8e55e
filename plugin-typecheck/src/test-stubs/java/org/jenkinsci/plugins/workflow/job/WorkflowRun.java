// Signature stub of jenkinsci/workflow-job-plugin (tag 1571.1580.v18e46842c125, as managed by bom-2.541.x 6916.v15ec97679743; checked with javap against 1571.vb_423c255d6d9),
// src/main/java/org/jenkinsci/plugins/workflow/job/WorkflowRun.java. Omitted interfaces: LazyLoadingRun, RunWithSCM;
// FlowExecutionOwner.Executable is represented by its supertype Queue.Executable.
package org.jenkinsci.plugins.workflow.job;

import hudson.model.Queue;
import hudson.model.Run;

public final class WorkflowRun extends Run<WorkflowJob, WorkflowRun> implements Queue.Executable {
    private WorkflowRun() {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public void run() {
        throw new UnsupportedOperationException("stub");
    }

    public void doTerm() {
        throw new UnsupportedOperationException("stub");
    }

    public void doKill() {
        throw new UnsupportedOperationException("stub");
    }
}
