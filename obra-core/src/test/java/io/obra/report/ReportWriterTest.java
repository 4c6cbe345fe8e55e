package io.obra.report;

import io.obra.port.Workspace;
import io.obra.testing.Reports;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportWriterTest {

    private final RecordingWorkspace workspace = new RecordingWorkspace();
    private final ReportWriter writer = new ReportWriter(workspace);

    @Test
    void writesTheFourFilesIntoTheDirectoryJsonFirst() throws Exception {
        Report report = Reports.failedAfterThreeIterations().build();

        ReportFiles files = writer.write(report, "obra-reports");

        assertThat(files.all()).containsExactly("obra-reports/obra-report.json", "obra-reports/obra-report.md",
                "obra-reports/obra-report.html", "obra-reports/obra-junit.xml");
        assertThat(workspace.files.keySet()).containsExactlyElementsOf(files.all());
        assertThat(ReportJson.read(workspace.files.get(files.json()))).isEqualTo(report);
        assertThat(workspace.files.get(files.markdown())).isEqualTo(ReportMarkdown.write(report));
        assertThat(workspace.files.get(files.html())).isEqualTo(ReportHtml.write(report));
        assertThat(workspace.files.get(files.junit())).isEqualTo(ReportJUnit.write(report));
    }

    @Test
    void acceptsTheUsualSpellingsOfARelativeDirectory() throws Exception {
        Report report = Reports.passed().build();

        assertThat(writer.write(report, "./build/obra/").json()).isEqualTo("build/obra/obra-report.json");
        assertThat(writer.write(report, "build\\obra").junit()).isEqualTo("build/obra/obra-junit.xml");
        assertThat(writer.write(report, "").html()).isEqualTo("obra-report.html");
    }

    @Test
    void refusesADirectoryOutsideTheWorkspace() {
        Report report = Reports.passed().build();

        assertThatThrownBy(() -> writer.write(report, "../elsewhere"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("inside the workspace");
        assertThatThrownBy(() -> writer.write(report, "/tmp/obra"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("relative to the workspace");
        assertThatThrownBy(() -> writer.write(report, "C:\\reports"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("relative to the workspace");
        assertThat(workspace.files).isEmpty();
    }

    @Test
    void theJsonIsKeptWhenALaterFileCannotBeWritten() {
        workspace.failOn = "obra-reports/obra-report.html";

        assertThatThrownBy(() -> writer.write(Reports.passed().build(), "obra-reports"))
                .isInstanceOf(IOException.class).hasMessageContaining("disk full");
        assertThat(workspace.files).containsKeys("obra-reports/obra-report.json", "obra-reports/obra-report.md");
    }

    /** Keeps written files in memory, in write order. */
    private static final class RecordingWorkspace implements Workspace {
        final Map<String, String> files = new LinkedHashMap<>();
        String failOn = "";

        @Override
        public String root() {
            return "/work/checkout";
        }

        @Override
        public Optional<String> readText(final String relativePath) {
            return Optional.ofNullable(files.get(relativePath));
        }

        @Override
        public void writeText(final String relativePath, final String text) throws IOException {
            if (relativePath.equals(failOn)) {
                throw new IOException("disk full writing " + relativePath);
            }
            files.put(relativePath, text);
        }

        @Override
        public OutputStream openForWrite(final String relativePath) {
            return new ByteArrayOutputStream();
        }
    }
}
