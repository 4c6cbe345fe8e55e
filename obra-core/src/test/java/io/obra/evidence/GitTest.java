package io.obra.evidence;

import io.obra.local.LocalProcessLauncher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GitTest {

    @TempDir
    Path repo;
    @TempDir
    Path scratch;

    private Git git;
    private CommandRunner runner;

    @BeforeEach
    void createRepository() throws Exception {
        runner = new CommandRunner(new LocalProcessLauncher(), repo.toString());
        git = new Git(runner);
        sh("git init -q -b main && git config user.email t@example.com && git config user.name T");
        Files.writeString(repo.resolve("A.java"), "class A {}\n");
        Files.writeString(repo.resolve(".gitignore"), "build/\n");
        sh("git add -A && git commit -q -m first");
    }

    @Test
    void workingTreeDiffShowsEditsAndNewFilesButLeavesTheUsersIndexAlone() throws Exception {
        String start = git.head();
        Files.writeString(repo.resolve("A.java"), "class A { int x; }\n");
        Files.writeString(repo.resolve("B.java"), "class B {}\n");
        Files.createDirectories(repo.resolve("build"));
        Files.writeString(repo.resolve("build/out.txt"), "ignored\n");
        Files.createDirectories(repo.resolve("obra-reports"));
        Files.writeString(repo.resolve("obra-reports/obra-report.json"), "{}\n");
        String statusBefore = sh("git status --porcelain");

        Git.Diff diff = git.workingTreeDiff(start, scratch.resolve("index").toString(), List.of("obra-reports"));

        assertThat(diff.text()).contains("+class A { int x; }").contains("new file mode").contains("+class B {}")
                .doesNotContain("ignored").doesNotContain("obra-report.json");
        assertThat(sh("git status --porcelain")).isEqualTo(statusBefore);
    }

    @Test
    void reviewDiffIsTheCommittedChangeSinceTheMergeBase() throws Exception {
        sh("git checkout -q -b feature && echo 'class C {}' > C.java && git add C.java && git commit -q -m c");
        sh("git checkout -q main && echo 'class D {}' > D.java && git add D.java && git commit -q -m d");
        sh("git checkout -q feature");

        String base = git.mergeBase(git.resolve("main"), git.head());
        Git.Diff diff = git.diff(base, "HEAD");

        assertThat(diff.text()).contains("+class C {}").doesNotContain("class D");
    }

    @Test
    void aMissingBaseRefSaysHowToFetchIt() {
        assertThatThrownBy(() -> git.resolve("origin/release"))
                .isInstanceOf(Git.GitException.class)
                .hasMessageContaining("origin/release is not in the checkout")
                .hasMessageContaining("refs/remotes/origin/release");
        assertThatThrownBy(() -> git.resolve("no-such-branch"))
                .hasMessageContaining("does not name a commit");
    }

    @Test
    void aDirectoryThatIsNotACheckoutIsExplained(@TempDir final Path empty) {
        Git elsewhere = new Git(new CommandRunner(new LocalProcessLauncher(), empty.toString()));

        assertThatThrownBy(elsewhere::head).hasMessageContaining("is this a git checkout");
    }

    @Test
    void repositoryHooksDoNotRun() throws Exception {
        Path hook = repo.resolve(".git/hooks/post-index-change");
        Files.writeString(hook, "#!/bin/sh\ntouch " + repo.resolve("hook-ran") + "\n");
        hook.toFile().setExecutable(true);
        Files.writeString(repo.resolve("A.java"), "class A { }\n");

        git.workingTreeDiff(git.head(), scratch.resolve("index").toString(), List.of());

        assertThat(repo.resolve("hook-ran")).doesNotExist();
    }

    private String sh(final String command) throws IOException, InterruptedException {
        CommandRunner.CommandResult result = runner.run(List.of("sh", "-c", command), Map.of(), Duration.ofSeconds(30),
                1 << 20);
        assertThat(result.exitCode()).as(command + ": " + result.stderr()).isZero();
        return result.stdout();
    }
}
