package io.obra.report;

import io.obra.report.Report.ImplementerInfo;
import io.obra.report.Report.IterationReport;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The files of a run worth keeping with the build: the four report files beside {@code obra-report.json}
 * and each round's raw implementer stream. Paths are workspace-relative and {@code /}-separated; a path
 * that is absolute or climbs out of the workspace is never listed, whatever the report says.
 */
public final class ReportArtifacts {

    private ReportArtifacts() {
    }

    /**
     * @param reportJsonPath where the run wrote {@code obra-report.json}, e.g. {@code obra-reports/obra-report.json}
     * @param report         the run's report (for the raw streams); empty when it could not be read
     * @return the paths, report files first, without duplicates
     */
    public static List<String> of(final String reportJsonPath, final Optional<Report> report) {
        Set<String> paths = new LinkedHashSet<>();
        String json = normalise(reportJsonPath);
        if (isSafe(json)) {
            String dir = json.contains("/") ? json.substring(0, json.lastIndexOf('/') + 1) : "";
            paths.add(dir + ReportJson.FILE_NAME);
            paths.add(dir + ReportMarkdown.FILE_NAME);
            paths.add(dir + ReportHtml.FILE_NAME);
            paths.add(dir + ReportJUnit.FILE_NAME);
        }
        report.ifPresent(r -> {
            for (IterationReport it : r.iterations()) {
                it.implementer().map(ImplementerInfo::rawStream).map(ReportArtifacts::normalise)
                        .filter(ReportArtifacts::isSafe).ifPresent(paths::add);
            }
        });
        return List.copyOf(paths);
    }

    private static String normalise(final String path) {
        String p = path.strip().replace('\\', '/');
        while (p.startsWith("./")) {
            p = p.substring(2);
        }
        return p;
    }

    private static boolean isSafe(final String path) {
        if (path.isEmpty() || path.startsWith("/") || path.matches("^[A-Za-z]:.*") || path.endsWith("/")) {
            return false;
        }
        for (String segment : path.split("/")) {
            if (segment.equals("..")) {
                return false;
            }
        }
        return true;
    }
}
