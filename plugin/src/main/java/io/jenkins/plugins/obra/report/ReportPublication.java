package io.jenkins.plugins.obra.report;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.obra.util.JenkinsFacade;
import io.obra.port.BuildLog;
import io.obra.report.Report;
import io.obra.report.ReportArtifacts;
import io.obra.report.ReportFormatException;
import io.obra.report.ReportJson;
import jenkins.util.BuildListenerAdapter;
import org.jenkinsci.plugins.workflow.steps.StepContext;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What happens in Jenkins once an Obra run has written its report: the report files and raw implementer
 * streams are archived as build artifacts (as {@code archiveArtifacts} would), the build gets its
 * {@link ObraRunAction}, and every {@link ReportPublisher} (SCM checks) receives the report. A problem here is
 * reported in the console and never changes the verdict the engine reached.
 */
public final class ReportPublication {

    /** Attaching reads and replaces the build's action: runs of parallel branches must take turns. */
    private static final Object ATTACH = new Object();

    private final JenkinsFacade jenkins;

    public ReportPublication(final JenkinsFacade jenkins) {
        this.jenkins = jenkins;
    }

    /**
     * @param reportPath the workspace-relative {@code obra-report.json} the run wrote
     * @param context    the Pipeline step's context; null in a freestyle build
     * @param log        the masked console
     */
    public void publish(final Run<?, ?> run, final FilePath workspace, final Launcher launcher,
                        final TaskListener listener, @CheckForNull final StepContext context, final String reportPath,
                        final BuildLog log) throws InterruptedException {
        FilePath json = workspace.child(reportPath);
        String text;
        try {
            if (!json.exists()) {
                log.warn(Messages.ReportPublication_NoReport(reportPath));
                return;
            }
            text = json.readToString();
        } catch (IOException e) {
            log.warn(Messages.ReportPublication_ReportNotRead(reportPath, e.getMessage()));
            return;
        }
        Optional<Report> report = read(text, reportPath, log);
        List<String> archived = archive(run, workspace, launcher, listener, ReportArtifacts.of(reportPath, report),
                log);
        synchronized (ATTACH) {
            ObraRunAction existing = run.getAction(ObraRunAction.class);
            run.addOrReplaceAction(existing == null
                    ? new ObraRunAction(run, ObraReports.none().plus(text, archived))
                    : existing.plus(text, archived));
        }
        if (report.isPresent()) {
            notifyPublishers(run, listener, context, report.get(), log);
        }
    }

    private static Optional<Report> read(final String text, final String reportPath, final BuildLog log) {
        try {
            return Optional.of(ReportJson.read(text));
        } catch (ReportFormatException e) {
            log.warn(Messages.ReportPublication_ReportUnreadable(reportPath, e.getMessage()));
            return Optional.empty();
        }
    }

    /** Archives the files that exist, under their workspace paths; returns those paths. */
    private static List<String> archive(final Run<?, ?> run, final FilePath workspace, final Launcher launcher,
                                        final TaskListener listener, final List<String> paths, final BuildLog log)
            throws InterruptedException {
        Map<String, String> files = new LinkedHashMap<>();
        try {
            for (String path : paths) {
                if (workspace.child(path).exists()) {
                    files.put(path, path);
                }
            }
            if (!files.isEmpty()) {
                run.pickArtifactManager().archive(workspace, launcher, BuildListenerAdapter.wrap(listener), files);
                log.info(Messages.ReportPublication_Archived(files.size(), String.join(", ", files.keySet())));
            }
            return new ArrayList<>(files.keySet());
        } catch (IOException e) {
            log.warn(Messages.ReportPublication_ArchiveFailed(e.getMessage()));
            return List.of();
        }
    }

    private void notifyPublishers(final Run<?, ?> run, final TaskListener listener,
                                  @CheckForNull final StepContext context, final Report report, final BuildLog log)
            throws InterruptedException {
        for (ReportPublisher publisher : jenkins.getExtensionList(ReportPublisher.class)) {
            try {
                publisher.publish(run, listener, context, report);
            } catch (IOException | RuntimeException e) {
                log.warn(Messages.ReportPublication_PublisherFailed(publisher.getClass().getSimpleName(),
                        String.valueOf(e.getMessage())));
            }
        }
    }
}
