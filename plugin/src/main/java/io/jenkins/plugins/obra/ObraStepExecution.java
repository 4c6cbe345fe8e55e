package io.jenkins.plugins.obra;

import hudson.EnvVars;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.Result;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.obra.util.JenkinsFacade;
import org.jenkinsci.plugins.workflow.actions.WarningAction;
import org.jenkinsci.plugins.workflow.graph.FlowNode;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.SynchronousNonBlockingStepExecution;

import java.util.Map;

/**
 * Runs {@code obraOrchestrate} on a thread of its own, so the CPS VM thread is never blocked. Aborting the
 * build kills Claude Code's process tree on the agent before the thread is interrupted. Like every
 * synchronous step, a run does not survive a controller restart: it fails and may be retried.
 */
final class ObraStepExecution extends SynchronousNonBlockingStepExecution<Map<String, Object>> {

    private static final long serialVersionUID = 1L;

    private final transient RunParameters parameters;
    private final transient ObraRun obra = new ObraRun(new JenkinsFacade());

    ObraStepExecution(final StepContext context, final RunParameters parameters) {
        super(context);
        this.parameters = parameters;
    }

    @Override
    protected Map<String, Object> run() throws Exception {
        StepContext context = getContext();
        Run<?, ?> run = context.get(Run.class);
        FlowNode node = context.get(FlowNode.class);
        return obra.execute(run, context.get(FilePath.class), context.get(EnvVars.class),
                context.get(Launcher.class), context.get(TaskListener.class), parameters,
                message -> markUnstable(run, node, message), context);
    }

    /** Like warnings-ng's PipelineResultHandler: the build is unstable, and so is the step's stage. */
    private static void markUnstable(final Run<?, ?> run, final FlowNode node, final String message) {
        run.setResult(Result.UNSTABLE);
        if (node != null) {
            node.addOrReplaceAction(new WarningAction(Result.UNSTABLE).withMessage(message));
        }
    }

    @Override
    public void stop(final Throwable cause) throws Exception {
        ObraRun current = obra;
        if (current != null) {
            current.abort();
        }
        super.stop(cause);
    }
}
