package io.obra.cli;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LocalRunTest {

    private final Path workdir = Path.of("/work/repo");

    @Test
    void reportDirIsHandedToTheEngineRelativeToTheWorkingDirectory() throws Exception {
        assertThat(LocalRun.reportDir(workdir, "obra-reports")).isEqualTo("obra-reports");
        assertThat(LocalRun.reportDir(workdir, "/work/repo/build/obra")).isEqualTo("build/obra");
        assertThat(LocalRun.reportDir(workdir, "a/../b")).isEqualTo("b");
    }

    @Test
    void reportDirOutsideTheWorkingDirectoryIsBadUsage() {
        assertThatThrownBy(() -> LocalRun.reportDir(workdir, "../elsewhere")).isInstanceOf(UsageException.class)
                .hasMessageContaining("--report-dir ../elsewhere");
        assertThatThrownBy(() -> LocalRun.reportDir(workdir, ".")).isInstanceOf(UsageException.class);
    }
}
