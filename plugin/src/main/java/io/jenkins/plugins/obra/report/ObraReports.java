package io.jenkins.plugins.obra.report;

import io.jenkins.plugins.util.AbstractXmlStream;
import io.obra.report.BuildScores;
import io.obra.report.Report;
import io.obra.report.ReportFormatException;
import io.obra.report.ReportJson;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a build keeps of its Obra runs, in {@code obra-reports.xml} in the build's directory: per run, the
 * report JSON as the engine wrote it and the workspace paths that were archived with it. Only strings are
 * stored (JEP-200 refuses the bundled engine's classes in XML); the engine's {@link Report} is read back
 * from the JSON whenever a page needs it. {@code ArrayList} fields, not {@code List.of}: XStream can write
 * and read them on every Java version.
 */
public final class ObraReports {

    private final ArrayList<Entry> runs;

    private ObraReports(final List<Entry> runs) {
        this.runs = new ArrayList<>(runs);
    }

    /** No runs: what a missing or broken {@code obra-reports.xml} reads as. */
    static ObraReports none() {
        return new ObraReports(List.of());
    }

    /** These runs and one more. */
    ObraReports plus(final String reportJson, final List<String> archived) {
        List<Entry> more = new ArrayList<>(getRuns());
        more.add(new Entry(reportJson, archived));
        return new ObraReports(more);
    }

    /** The runs in the order they ran. */
    public List<Entry> getRuns() {
        return runs == null ? List.of() : List.copyOf(runs);
    }

    /** What the build's runs add up to; a run whose report cannot be read counts as an error. */
    BuildScores scores() {
        List<Report> reports = new ArrayList<>();
        for (Entry run : getRuns()) {
            run.read().ifPresent(reports::add);
        }
        if (reports.isEmpty()) {
            return new BuildScores(getRuns().size(), "ERROR", Optional.empty(), Optional.empty(), 0, false);
        }
        BuildScores scores = BuildScores.of(reports);
        boolean allRead = reports.size() == getRuns().size();
        return allRead ? scores : new BuildScores(getRuns().size(), "ERROR", scores.quality(), scores.confidence(),
                scores.costUsd(), false);
    }

    /** One Obra run of the build. */
    public static final class Entry {
        private final String reportJson;
        private final ArrayList<String> archived;

        Entry(final String reportJson, final List<String> archived) {
            this.reportJson = reportJson;
            this.archived = new ArrayList<>(archived);
        }

        /** {@code obra-report.json} as the run wrote it. */
        public String getReportJson() {
            return reportJson == null ? "" : reportJson;
        }

        /** The workspace-relative paths archived as build artifacts (the same paths under the build's artifacts). */
        public List<String> getArchived() {
            return archived == null ? List.of() : List.copyOf(archived);
        }

        /** The report, or empty when the stored JSON cannot be read. */
        public Optional<Report> read() {
            try {
                return Optional.of(ReportJson.read(getReportJson()));
            } catch (ReportFormatException e) {
                return Optional.empty();
            }
        }
    }

    /** Reads and writes {@code obra-reports.xml}, as plugin-util-api's {@code BuildAction} expects. */
    static final class XmlStream extends AbstractXmlStream<ObraReports> {
        XmlStream() {
            super(ObraReports.class);
        }

        @Override
        protected ObraReports createDefaultValue() {
            return none();
        }
    }
}
