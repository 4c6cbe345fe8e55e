package io.obra.privacy;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DiffSegmentsTest {

    @Test
    void splitsProseAndFilesAndKeepsEveryCharacter() {
        String text = "intro\n"
                + "diff --git a/src/A.java b/src/A.java\nindex 1..2 100644\n--- a/src/A.java\n+++ b/src/A.java\n"
                + "@@ -1,2 +1,2 @@\n-old\n+new\n same\n"
                + "diff --git a/docs/read me.md b/docs/read me.md\nnew file mode 100644\n--- /dev/null\n+++ b/docs/read me.md\n"
                + "@@ -0,0 +1 @@\n+hello\n"
                + "Tests run: 5\n- bullet after the diff\n";

        List<DiffSegments.Segment> segments = DiffSegments.split(text);

        assertThat(segments).extracting(DiffSegments.Segment::paths).containsExactly(List.of(), List.of("src/A.java"),
                List.of("docs/read me.md"), List.of());
        assertThat(segments.get(3).text()).isEqualTo("Tests run: 5\n- bullet after the diff\n");
        assertThat(String.join("", segments.stream().map(DiffSegments.Segment::text).toList())).isEqualTo(text);
    }

    @Test
    void renamesDeletionsAndModeChangesNameTheirFiles() {
        String text = "diff --git a/old/name.yml b/secrets/name.yml\nsimilarity index 100%\n"
                + "rename from old/name.yml\nrename to secrets/name.yml\n"
                + "diff --git a/gone.txt b/gone.txt\ndeleted file mode 100644\n--- a/gone.txt\n+++ /dev/null\n"
                + "@@ -1 +0,0 @@\n-bye\n"
                + "diff --git a/run.sh b/run.sh\nold mode 100644\nnew mode 100755\n"
                + "diff --git a/img.png b/img.png\nBinary files a/img.png and b/img.png differ\n";

        List<DiffSegments.Segment> segments = DiffSegments.split(text);

        assertThat(segments).extracting(DiffSegments.Segment::paths).containsExactly(
                List.of("old/name.yml", "secrets/name.yml"), List.of("gone.txt"), List.of("run.sh"), List.of("img.png"));
        assertThat(segments.get(0).displayPath()).isEqualTo("secrets/name.yml");
    }

    @Test
    void plainDiffUWithTimestampsAndQuotedGitPathsAreUnderstood() {
        String plain = "--- a/conf/app.env\t2026-01-01 10:00:00\n+++ b/conf/app.env\t2026-01-02 10:00:00\n"
                + "@@ -1 +1 @@\n-A=1\n+A=2\n";
        String quoted = "diff --git \"a/dir/with \\\"q\\\".txt\" \"b/dir/with \\\"q\\\".txt\"\n"
                + "--- \"a/dir/with \\\"q\\\".txt\"\n+++ \"b/dir/with \\\"q\\\".txt\"\n@@ -1 +1 @@\n-x\n+y\n";

        assertThat(DiffSegments.split(plain).get(0).paths()).containsExactly("conf/app.env");
        assertThat(DiffSegments.split(quoted).get(0).paths()).containsExactly("dir/with \"q\".txt");
    }

    @Test
    void aTruncatedHunkEndsAtTheNextFile() {
        String text = "diff --git a/a.txt b/a.txt\n--- a/a.txt\n+++ b/a.txt\n@@ -1,50 +1,50 @@\n+only one line\n"
                + "diff --git a/b.txt b/b.txt\n--- a/b.txt\n+++ b/b.txt\n@@ -1 +1 @@\n+b\n";

        assertThat(DiffSegments.split(text)).extracting(DiffSegments.Segment::displayPath)
                .containsExactly("a.txt", "b.txt");
    }
}
