package io.obra.report;

import java.util.List;
import java.util.Objects;

/**
 * Where {@link ReportWriter} put the four report files (workspace-relative, {@code /}-separated).
 *
 * @param json     {@code <dir>/obra-report.json}
 * @param markdown {@code <dir>/obra-report.md}
 * @param html     {@code <dir>/obra-report.html}
 * @param junit    {@code <dir>/obra-junit.xml}
 */
public record ReportFiles(String json, String markdown, String html, String junit) {

    public ReportFiles {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(markdown, "markdown");
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(junit, "junit");
    }

    /** All four, JSON first. */
    public List<String> all() {
        return List.of(json, markdown, html, junit);
    }
}
