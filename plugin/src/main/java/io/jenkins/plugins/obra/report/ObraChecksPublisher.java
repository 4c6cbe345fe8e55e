package io.jenkins.plugins.obra.report;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.Util;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.checks.api.ChecksAnnotation;
import io.jenkins.plugins.checks.api.ChecksAnnotation.ChecksAnnotationBuilder;
import io.jenkins.plugins.checks.api.ChecksAnnotation.ChecksAnnotationLevel;
import io.jenkins.plugins.checks.api.ChecksConclusion;
import io.jenkins.plugins.checks.api.ChecksDetails;
import io.jenkins.plugins.checks.api.ChecksDetails.ChecksDetailsBuilder;
import io.jenkins.plugins.checks.api.ChecksOutput.ChecksOutputBuilder;
import io.jenkins.plugins.checks.api.ChecksPublisherFactory;
import io.jenkins.plugins.checks.api.ChecksStatus;
import io.jenkins.plugins.checks.steps.ChecksInfo;
import io.obra.report.CheckView;
import io.obra.report.Report;
import org.jenkinsci.plugins.variant.OptionalExtension;
import org.jenkinsci.plugins.workflow.steps.StepContext;

import java.io.IOException;
import java.util.List;

/**
 * Publishes the "Obra quality gate" check (GitHub, GitLab… through whichever Checks API implementation is
 * installed). The only class that touches checks-api: it is an {@link OptionalExtension}, so without the
 * Checks API plugin it is never loaded and nothing else changes. Everything the check says is decided by the
 * engine's {@link CheckView}; this class copies it into the Checks API builders, with the conclusion always
 * stated. Inside {@code withChecks('name')} the check takes that name (and details URL).
 */
@OptionalExtension(requirePlugins = "checks-api")
public class ObraChecksPublisher implements ReportPublisher {

    @Override
    public void publish(final Run<?, ?> run, final TaskListener listener, @CheckForNull final StepContext context,
                        final Report report) throws IOException, InterruptedException {
        ChecksPublisherFactory.fromRun(run, listener).publish(details(CheckView.of(report), checksInfo(context)));
    }

    static ChecksDetails details(final CheckView check, @CheckForNull final ChecksInfo info) {
        ChecksDetailsBuilder builder = new ChecksDetailsBuilder()
                .withName(info == null || Util.fixEmptyAndTrim(info.getName()) == null ? CheckView.DEFAULT_NAME
                        : info.getName())
                .withStatus(ChecksStatus.COMPLETED)
                .withConclusion(conclusion(check.conclusion()))
                .withOutput(new ChecksOutputBuilder()
                        .withTitle(check.title())
                        .withSummary(check.summary())
                        .withText(check.text())
                        .withAnnotations(annotations(check))
                        .build());
        if (info != null && Util.fixEmptyAndTrim(info.getDetailsURL()) != null) {
            builder.withDetailsURL(info.getDetailsURL());
        }
        return builder.build();
    }

    @CheckForNull
    private static ChecksInfo checksInfo(@CheckForNull final StepContext context)
            throws IOException, InterruptedException {
        return context == null ? null : context.get(ChecksInfo.class);
    }

    private static ChecksConclusion conclusion(final CheckView.Conclusion conclusion) {
        return switch (conclusion) {
            case SUCCESS -> ChecksConclusion.SUCCESS;
            case FAILURE -> ChecksConclusion.FAILURE;
            case NEUTRAL -> ChecksConclusion.NEUTRAL;
        };
    }

    private static List<ChecksAnnotation> annotations(final CheckView check) {
        return check.annotations().stream().map(a -> new ChecksAnnotationBuilder()
                .withPath(a.path())
                .withStartLine(a.startLine())
                .withEndLine(a.endLine())
                .withAnnotationLevel(level(a.level()))
                .withTitle(a.title())
                .withMessage(a.message())
                .build()).toList();
    }

    private static ChecksAnnotationLevel level(final CheckView.Level level) {
        return switch (level) {
            case NOTICE -> ChecksAnnotationLevel.NOTICE;
            case WARNING -> ChecksAnnotationLevel.WARNING;
            case FAILURE -> ChecksAnnotationLevel.FAILURE;
        };
    }
}
