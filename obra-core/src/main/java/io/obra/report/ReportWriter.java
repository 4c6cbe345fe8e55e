package io.obra.report;

import io.obra.port.Workspace;

import java.io.IOException;
import java.util.Objects;

/**
 * Writes {@code obra-report.json}, {@code obra-report.md}, {@code obra-report.html} and
 * {@code obra-junit.xml} into one workspace directory. The JSON is written first: it is the record the
 * Jenkins pages and {@code obra usage} read, so it exists even if a later file cannot be written.
 */
public final class ReportWriter {

    private final Workspace workspace;

    public ReportWriter(final Workspace workspace) {
        this.workspace = Objects.requireNonNull(workspace, "workspace");
    }

    /**
     * @param directory workspace-relative directory, e.g. {@code obra-reports}; empty for the workspace root
     * @throws IllegalArgumentException when the directory is absolute or leaves the workspace
     */
    public ReportFiles write(final Report report, final String directory) throws IOException {
        String dir = normalise(directory);
        ReportFiles files = new ReportFiles(dir + ReportJson.FILE_NAME, dir + ReportMarkdown.FILE_NAME,
                dir + ReportHtml.FILE_NAME, dir + ReportJUnit.FILE_NAME);
        workspace.writeText(files.json(), ReportJson.write(report));
        workspace.writeText(files.markdown(), ReportMarkdown.write(report));
        workspace.writeText(files.html(), ReportHtml.write(report));
        workspace.writeText(files.junit(), ReportJUnit.write(report));
        return files;
    }

    /** {@code ""} or {@code "a/b/"}. */
    private static String normalise(final String directory) {
        String dir = Objects.requireNonNull(directory, "directory").replace('\\', '/').strip();
        if (dir.startsWith("/") || dir.matches("^[A-Za-z]:.*")) {
            throw new IllegalArgumentException("the report directory must be relative to the workspace, got '"
                    + directory + "'; use e.g. obra-reports");
        }
        StringBuilder out = new StringBuilder();
        for (String segment : dir.split("/")) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..")) {
                throw new IllegalArgumentException("the report directory must stay inside the workspace, got '"
                        + directory + "'; use e.g. obra-reports");
            }
            out.append(segment).append('/');
        }
        return out.toString();
    }
}
