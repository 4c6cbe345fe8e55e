package io.obra.context;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class UnifiedDiffTest {

    private static final String MODIFIED = """
            diff --git a/src/App.java b/src/App.java
            index 3b18e51..a5c1f93 100644
            --- a/src/App.java
            +++ b/src/App.java
            @@ -1,4 +1,5 @@ public class App {
             line one
            -line two
            +line 2
            +line 2b
             line three
             line four
            @@ -20 +21 @@
            -old
            +new
            """;

    @Test
    void readsFilesHunksAndLines() {
        final UnifiedDiff diff = UnifiedDiff.parse(MODIFIED);

        assertThat(diff.files()).hasSize(1);
        final FileDiff file = diff.files().get(0);
        assertThat(file.path()).isEqualTo("src/App.java");
        assertThat(file.change()).isEqualTo(FileChange.MODIFIED);
        assertThat(file.oldMode()).isEqualTo("100644");
        assertThat(file.modeChanged()).isFalse();
        assertThat(file.hunks()).hasSize(2);
        final Hunk first = file.hunks().get(0);
        assertThat(first).extracting(Hunk::oldStart, Hunk::oldCount, Hunk::newStart, Hunk::newCount, Hunk::section)
                .containsExactly(1, 4, 1, 5, " public class App {");
        assertThat(first.lines()).extracting(DiffLine::kind).containsExactly(DiffLine.Kind.CONTEXT,
                DiffLine.Kind.REMOVED, DiffLine.Kind.ADDED, DiffLine.Kind.ADDED, DiffLine.Kind.CONTEXT,
                DiffLine.Kind.CONTEXT);
        assertThat(file.hunks().get(1)).extracting(Hunk::oldStart, Hunk::oldCount, Hunk::newStart, Hunk::newCount)
                .containsExactly(20, 1, 21, 1);
        assertThat(file.addedLines()).isEqualTo(3);
        assertThat(file.removedLines()).isEqualTo(2);
        assertThat(diff.render()).isEqualTo(MODIFIED);
    }

    @Test
    void removedAndAddedLinesThatLookLikeHeadersStayInTheirHunk() {
        // "-- x" removed reads "--- x"; "++ y" added reads "+++ y": only the counts tell them apart.
        final String text = """
                --- a/notes.txt
                +++ b/notes.txt
                @@ -1,2 +1,2 @@
                --- x
                +++ y
                 diff --git a/not b/a-file
                """;
        final UnifiedDiff diff = UnifiedDiff.parse(text);

        assertThat(diff.files()).hasSize(1);
        assertThat(diff.files().get(0).hunks().get(0).lines()).extracting(DiffLine::kind)
                .containsExactly(DiffLine.Kind.REMOVED, DiffLine.Kind.ADDED, DiffLine.Kind.CONTEXT);
        assertThat(diff.render()).isEqualTo(text);
    }

    @Test
    void addedDeletedRenamedCopiedAndModeChanges() {
        final String text = """
                diff --git a/new.txt b/new.txt
                new file mode 100644
                index 0000000..e69de29
                --- /dev/null
                +++ b/new.txt
                @@ -0,0 +1 @@
                +hello
                diff --git a/gone.txt b/gone.txt
                deleted file mode 100644
                index e69de29..0000000
                --- a/gone.txt
                +++ /dev/null
                @@ -1 +0,0 @@
                -bye
                diff --git a/old/Name.java b/new/Name.java
                similarity index 100%
                rename from old/Name.java
                rename to new/Name.java
                diff --git a/a.txt b/b.txt
                similarity index 90%
                copy from a.txt
                copy to b.txt
                diff --git a/run.sh b/run.sh
                old mode 100644
                new mode 100755
                """;
        final List<FileDiff> files = UnifiedDiff.parse(text).files();

        assertThat(files).extracting(FileDiff::change).containsExactly(FileChange.ADDED, FileChange.DELETED,
                FileChange.RENAMED, FileChange.COPIED, FileChange.MODIFIED);
        assertThat(files).extracting(FileDiff::path).containsExactly("new.txt", "gone.txt", "new/Name.java", "b.txt",
                "run.sh");
        assertThat(files.get(2).oldPath()).isEqualTo("old/Name.java");
        assertThat(files.get(2).hunks()).isEmpty();
        assertThat(files.get(3).oldPath()).isEqualTo("a.txt");
        assertThat(files.get(4).modeChanged()).isTrue();
        assertThat(files.get(4)).extracting(FileDiff::oldMode, FileDiff::newMode).containsExactly("100644", "100755");
        assertThat(UnifiedDiff.parse(text).render()).isEqualTo(text);
    }

    @Test
    void binaryFilesInBothForms() {
        final String text = """
                diff --git a/logo.png b/logo.png
                index 1111111..2222222 100644
                Binary files a/logo.png and b/logo.png differ
                diff --git a/icon.png b/icon.png
                index 3333333..4444444 100644
                GIT binary patch
                literal 12
                TcmZ?wbhEHbRA5kGU|;|M0RR91

                literal 0
                HcmV?d00001

                diff --git a/src/A.java b/src/A.java
                --- a/src/A.java
                +++ b/src/A.java
                @@ -1 +1 @@
                -a
                +b
                """;
        final List<FileDiff> files = UnifiedDiff.parse(text).files();

        assertThat(files).extracting(FileDiff::path).containsExactly("logo.png", "icon.png", "src/A.java");
        assertThat(files).extracting(FileDiff::binary).containsExactly(true, true, false);
        assertThat(files.get(1).header()).hasSize(9);
        assertThat(files.get(2).hunks()).hasSize(1);
    }

    @Test
    void quotedPathsAndPathsWithSpaces() {
        final String text = """
                diff --git "a/docs/caf\\303\\251 menu.md" "b/docs/caf\\303\\251 menu.md"
                index 3b18e51..a5c1f93 100644
                --- "a/docs/caf\\303\\251 menu.md"
                +++ "b/docs/caf\\303\\251 menu.md"
                @@ -1 +1 @@
                -2 EUR
                +3 EUR
                diff --git a/My Documents/a b.txt b/My Documents/a b.txt
                index 1111111..2222222 100644
                Binary files a/My Documents/a b.txt and b/My Documents/a b.txt differ
                diff --git "a/tab\\there" "b/quote\\"d"
                similarity index 100%
                rename from "tab\\there"
                rename to "quote\\"d"
                """;
        final List<FileDiff> files = UnifiedDiff.parse(text).files();

        assertThat(files).extracting(FileDiff::path)
                .containsExactly("docs/café menu.md", "My Documents/a b.txt", "quote\"d");
        assertThat(files.get(2).oldPath()).isEqualTo("tab\there");
    }

    @Test
    void crlfLineEndingsAreKeptAndDoNotConfuseTheParser() {
        final String text = "diff --git a/w.cs b/w.cs\r\n--- a/w.cs\r\n+++ b/w.cs\r\n@@ -1,2 +1,2 @@\r\n"
                + " keep\r\n-old\r\n+new\r\n";
        final UnifiedDiff diff = UnifiedDiff.parse(text);

        final Hunk hunk = diff.files().get(0).hunks().get(0);
        assertThat(diff.files().get(0).path()).isEqualTo("w.cs");
        assertThat(hunk.lines()).extracting(DiffLine::text).containsExactly(" keep", "-old", "+new");
        assertThat(hunk.lines()).extracting(DiffLine::eol).containsOnly("\r\n");
        assertThat(diff.render()).isEqualTo(text);
    }

    @Test
    void noNewlineMarkersBelongToTheHunk() {
        final String text = """
                --- a/x
                +++ b/x
                @@ -1 +1 @@
                -old
                \\ No newline at end of file
                +new
                \\ No newline at end of file
                """;
        final Hunk hunk = UnifiedDiff.parse(text).files().get(0).hunks().get(0);

        assertThat(hunk.lines()).extracting(DiffLine::kind).containsExactly(DiffLine.Kind.REMOVED,
                DiffLine.Kind.NO_NEWLINE, DiffLine.Kind.ADDED, DiffLine.Kind.NO_NEWLINE);
    }

    @Test
    void combinedDiffOfAMerge() {
        final String text = """
                diff --cc src/Merge.java
                index 1111111,2222222..3333333
                --- a/src/Merge.java
                +++ b/src/Merge.java
                @@@ -1,3 -1,3 +1,4 @@@ class Merge
                  shared
                - from ours
                 -from theirs
                ++resolved
                ++both
                  end
                """;
        final FileDiff file = UnifiedDiff.parse(text).files().get(0);

        assertThat(file.path()).isEqualTo("src/Merge.java");
        final Hunk hunk = file.hunks().get(0);
        assertThat(hunk.parents()).isEqualTo(2);
        assertThat(hunk.combined()).isTrue();
        assertThat(hunk.lines()).extracting(DiffLine::kind).containsExactly(DiffLine.Kind.CONTEXT,
                DiffLine.Kind.REMOVED, DiffLine.Kind.REMOVED, DiffLine.Kind.ADDED, DiffLine.Kind.ADDED,
                DiffLine.Kind.CONTEXT);
    }

    @Test
    void textThatIsNotADiffIsKeptAsUnparsedEntries() {
        final String text = """
                commit 4cd3988
                Author: Dev <dev@example.com>

                    Fix the thing
                diff --git a/x b/x
                --- a/x
                +++ b/x
                @@ -1 +1 @@
                -a
                +b
                trailing garbage
                @@ not a hunk
                """;
        final UnifiedDiff diff = UnifiedDiff.parse(text);

        assertThat(diff.files()).extracting(FileDiff::change)
                .containsExactly(FileChange.UNPARSED, FileChange.MODIFIED, FileChange.UNPARSED);
        assertThat(diff.files().get(0).header()).hasSize(4);
        assertThat(diff.files().get(2).renderHeader()).isEqualTo("trailing garbage\n@@ not a hunk\n");
        assertThat(diff.render()).isEqualTo(text);
    }

    @Test
    void aHunkCutShortByTheNextFileEndsThere() {
        final String text = """
                diff --git a/x b/x
                --- a/x
                +++ b/x
                @@ -1,5 +1,5 @@
                 one
                -two
                diff --git a/y b/y
                --- a/y
                +++ b/y
                @@ -1 +1 @@
                -a
                +b
                """;
        final UnifiedDiff diff = UnifiedDiff.parse(text);

        assertThat(diff.files()).extracting(FileDiff::path).containsExactly("x", "y");
        assertThat(diff.files().get(0).hunks().get(0).lines()).hasSize(2);
        assertThat(diff.render()).isEqualTo(text);
    }

    @Test
    void emptyInputAndLastLineWithoutNewline() {
        assertThat(UnifiedDiff.parse("").files()).isEmpty();
        final String text = "--- a/x\n+++ b/x\n@@ -1 +1 @@\n-a\n+b";
        final UnifiedDiff diff = UnifiedDiff.parse(text);
        assertThat(diff.files().get(0).hunks().get(0).lines()).hasSize(2);
        assertThat(diff.render()).isEqualTo(text);
    }
}
