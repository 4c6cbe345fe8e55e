package io.jenkins.plugins.obra.report;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.Util;
import hudson.model.BuildBadgeAction;
import hudson.model.Run;
import io.jenkins.plugins.util.AbstractXmlStream;
import io.jenkins.plugins.util.BuildAction;
import io.jenkins.plugins.util.JobAction;
import io.obra.report.BuildScores;
import io.obra.report.ReportView;
import io.obra.report.Tone;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The Obra results of one build (plugin-util-api's {@link BuildAction} shape): the summary on the build page
 * ({@code summary.jelly}), the full report page at {@code <build>/obra/} ({@code index.jelly}), the badge in
 * the build history ({@code badge.jelly}), and, as a {@code LastBuildAction}, the job's trend chart
 * ({@link ObraJobAction}).
 *
 * <p>One action per build: a second Obra run in the same build (two {@code obraOrchestrate} calls, two
 * builders) replaces it with one that holds both runs, because the trend takes one action per build. The
 * badge and the trend then show the weakest run ({@link BuildScores}); the pages show every run.
 *
 * <p>Serialised state (build.xml) is numbers and strings only; the reports themselves live in
 * {@code obra-reports.xml} ({@link ObraReports}) and are read back with the engine's {@code ReportJson}.
 */
public class ObraRunAction extends BuildAction<ObraReports> implements BuildBadgeAction {

    private static final long serialVersionUID = 1L;

    /** The URL of the report page below the build, and of the trend action below the job. */
    static final String URL_NAME = "obra";

    private final int runs;
    private final String outcome;
    @CheckForNull
    private final Integer quality;
    @CheckForNull
    private final Double confidence;
    private final double costUsd;
    private final boolean costComplete;

    ObraRunAction(final Run<?, ?> owner, final ObraReports reports) {
        super(owner, reports);
        BuildScores scores = reports.scores();
        this.runs = scores.runs();
        this.outcome = scores.outcome();
        this.quality = scores.quality().orElse(null);
        this.confidence = scores.confidence().orElse(null);
        this.costUsd = scores.costUsd();
        this.costComplete = scores.costComplete();
    }

    /** A new action with this build's runs and one more, written to {@code obra-reports.xml}. */
    ObraRunAction plus(final String reportJson, final List<String> archived) {
        return new ObraRunAction(getOwner(), getResult().plus(reportJson, archived));
    }

    @Override
    public String getIconFileName() {
        return "symbol-analytics";
    }

    @Override
    public String getDisplayName() {
        return Messages.ObraRunAction_DisplayName();
    }

    @Override
    public String getUrlName() {
        return URL_NAME;
    }

    @Override
    protected AbstractXmlStream<ObraReports> createXmlStream() {
        return new ObraReports.XmlStream();
    }

    @Override
    protected JobAction<? extends BuildAction<ObraReports>> createProjectAction() {
        return new ObraJobAction(getOwner().getParent());
    }

    @Override
    protected String getBuildResultBaseName() {
        return "obra-reports.xml";
    }

    /** What the build's runs add up to (from build.xml alone, so the build history never reads the reports). */
    public BuildScores getScores() {
        return new BuildScores(runs, outcome, Optional.ofNullable(quality), Optional.ofNullable(confidence), costUsd,
                costComplete);
    }

    /** Whether some run was judged, i.e. the build has a point on the trend. */
    public boolean isJudged() {
        return quality != null;
    }

    /** The build's runs for the pages, in the order they ran. */
    public List<RunPage> getRuns() {
        List<RunPage> pages = new ArrayList<>();
        List<ObraReports.Entry> entries = getResult().getRuns();
        for (int i = 0; i < entries.size(); i++) {
            ObraReports.Entry entry = entries.get(i);
            ReportView view = entry.read().map(ReportView::of).orElseGet(() -> ReportView.unreadable(
                    Messages.ObraRunAction_Unreadable()));
            pages.add(new RunPage("run-" + (i + 1), i + 1, view, links(entry.getArchived())));
        }
        return pages;
    }

    /** The Jenkins symbol for a tone (badge, summary). */
    public String symbol(final Tone tone) {
        return switch (tone) {
            case SUCCESS -> "symbol-check";
            case FAILURE -> "symbol-close-circle";
            case WARNING -> "symbol-warning";
            case NEUTRAL -> "symbol-analytics";
        };
    }

    private static List<FileLink> links(final List<String> archived) {
        List<FileLink> links = new ArrayList<>();
        for (String path : archived) {
            StringBuilder href = new StringBuilder("../artifact");
            for (String segment : path.split("/")) {
                href.append('/').append(Util.rawEncode(segment));
            }
            links.add(new FileLink(path, href.toString()));
        }
        return links;
    }

    /**
     * One Obra run on the report page.
     *
     * @param anchor the element id the build page's summary links to, e.g. {@code run-2}
     */
    public record RunPage(String anchor, int number, ReportView report, List<FileLink> files) {
    }

    /**
     * An archived file, linked relative to the report page.
     *
     * @param name the workspace-relative path, as archived
     * @param href e.g. {@code ../artifact/obra-reports/obra-report.html}
     */
    public record FileLink(String name, String href) {
    }
}
