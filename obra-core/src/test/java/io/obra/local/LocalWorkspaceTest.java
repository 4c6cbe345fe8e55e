package io.obra.local;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LocalWorkspaceTest {

    @TempDir
    Path dir;

    @Test
    void writesReadsAndStreamsFilesUnderItsRoot() throws IOException {
        LocalWorkspace workspace = new LocalWorkspace(dir);

        workspace.writeText("a/b/c.txt", "hello");
        try (OutputStream out = workspace.openForWrite("obra-reports/raw.jsonl")) {
            out.write("{}\n".getBytes(StandardCharsets.UTF_8));
        }

        assertThat(workspace.root()).isEqualTo(dir.toAbsolutePath().toString());
        assertThat(workspace.readText("a/b/c.txt")).contains("hello");
        assertThat(dir.resolve("obra-reports/raw.jsonl")).hasContent("{}");
        assertThat(workspace.readText("missing.txt")).isEmpty();
    }

    @Test
    void refusesPathsOutsideTheRoot() {
        LocalWorkspace workspace = new LocalWorkspace(dir);

        assertThatThrownBy(() -> workspace.writeText("../escape.txt", "x"))
                .hasMessageContaining("'../escape.txt' is not a file inside the workspace");
        assertThatThrownBy(() -> workspace.openForWrite("/etc/passwd")).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> workspace.readText("a/../../x")).isInstanceOf(IOException.class);
    }
}
