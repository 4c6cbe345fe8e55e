package io.jenkins.plugins.obra.report;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.ExtensionPoint;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.obra.report.Report;
import org.jenkinsci.plugins.workflow.steps.StepContext;

import java.io.IOException;

/**
 * Somewhere a finished Obra run's report goes besides the build page, e.g. an SCM check
 * ({@link ObraChecksPublisher}, active only when the Checks API plugin is installed). A publisher that fails
 * is reported in the console; it never changes the build's result.
 */
public interface ReportPublisher extends ExtensionPoint {

    /**
     * @param context the Pipeline step's context (for {@code withChecks} and the like); null for a freestyle build
     */
    void publish(Run<?, ?> run, TaskListener listener, @CheckForNull StepContext context, Report report)
            throws IOException, InterruptedException;
}
