package io.obra.loop;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClaudeCodePackageTest {

    @Test
    void exactVersionsAreAcceptedAndRangesOrTagsAreRefusedWithTheFix() {
        assertThat(ClaudeCodePackage.checkVersion("2.1.197")).isEmpty();
        assertThat(ClaudeCodePackage.checkVersion("2.2.0-beta.1")).isEmpty();
        assertThat(ClaudeCodePackage.checkVersion("latest")).get().asString()
                .contains("'latest' is not an exact version").contains("such as 2.1.197");
        assertThat(ClaudeCodePackage.checkVersion("^2.1.0")).isPresent();
        assertThat(ClaudeCodePackage.checkVersion("")).get().asString().contains("no Claude Code version given");
        assertThat(ClaudeCodePackage.checkVersion(null)).isPresent();
    }

    @Test
    void npmInstallsThePinnedPackageIntoTheToolHomeWithoutScripts() {
        assertThat(ClaudeCodePackage.npmInstallArguments("/opt/tools/claude", "2.1.197")).containsExactly(
                "install", "--prefix", "/opt/tools/claude", "--no-audit", "--no-fund", "--ignore-scripts",
                "--loglevel=error", "@anthropic-ai/claude-code@2.1.197");
    }

    @Test
    void npmInstallRefusesAnUnpinnedVersion() {
        assertThatThrownBy(() -> ClaudeCodePackage.npmInstallArguments("/tmp/x", "latest"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not an exact version");
    }

    @Test
    void theGlibcBinaryIsPickedOnGlibcAndTheMuslOneOnMusl() {
        List<String> both = List.of("node_modules/@anthropic-ai/claude-code-linux-x64-musl/claude",
                "node_modules/@anthropic-ai/claude-code-linux-x64/claude");

        assertThat(ClaudeCodePackage.pickNativeBinary(both, false))
                .contains("node_modules/@anthropic-ai/claude-code-linux-x64/claude");
        assertThat(ClaudeCodePackage.pickNativeBinary(both, true))
                .contains("node_modules/@anthropic-ai/claude-code-linux-x64-musl/claude");
    }

    @Test
    void windowsPathsAreNormalisedAndTheExeIsFound() {
        assertThat(ClaudeCodePackage.pickNativeBinary(
                List.of("node_modules\\@anthropic-ai\\claude-code-win32-x64\\claude.exe"), false))
                .contains("node_modules/@anthropic-ai/claude-code-win32-x64/claude.exe");
    }

    @Test
    void nothingIsPickedWhenNpmInstalledNoNativePackage() {
        assertThat(ClaudeCodePackage.pickNativeBinary(List.of(), false)).isEmpty();
        assertThat(ClaudeCodePackage.pickNativeBinary(List.of("node_modules/@anthropic-ai/claude-code-linux-x64/README.md"),
                false)).isEmpty();
    }

    @Test
    void theExecutableLivesInTheBinDirectoryOfTheToolHome() {
        assertThat(ClaudeCodePackage.executable(false)).isEqualTo("bin/claude");
        assertThat(ClaudeCodePackage.executable(true)).isEqualTo("bin/claude.exe");
    }
}
