package io.obra.context;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ContextTrimmerTest {

    /** Two changes 7 unchanged lines apart, with 3 lines of context around them (git's default). */
    private static final String DIFF = """
            --- a/f.txt
            +++ b/f.txt
            @@ -10,15 +10,16 @@ void run() {
             c10
             c11
             c12
            -old13
            +new13
             c14
             c15
             c16
             c17
             c18
             c19
             c20
            -old21
            +new21
            +added
             c22
             c23
             c24
            """;

    private static Hunk hunk() {
        return UnifiedDiff.parse(DIFF).files().get(0).hunks().get(0);
    }

    @Test
    void oneLineOfContextSplitsTheHunkWhereTheGapIsWide() {
        final List<Hunk> pieces = ContextTrimmer.trim(hunk(), 1);

        assertThat(pieces).extracting(h -> h.header().text())
                .containsExactly("@@ -12,3 +12,3 @@ void run() {", "@@ -20,3 +20,4 @@");
        assertThat(pieces.get(0).lines()).extracting(DiffLine::text).containsExactly(" c12", "-old13", "+new13", " c14");
        assertThat(pieces.get(1).lines()).extracting(DiffLine::text)
                .containsExactly(" c20", "-old21", "+new21", "+added", " c22");
    }

    @Test
    void noContextKeepsOnlyTheChangedLines() {
        final List<Hunk> pieces = ContextTrimmer.trim(hunk(), 0);

        assertThat(pieces).extracting(h -> h.header().text()).containsExactly("@@ -13 +13 @@ void run() {",
                "@@ -21 +21,2 @@");
        assertThat(pieces.stream().flatMap(h -> h.lines().stream()).map(DiffLine::text))
                .containsExactly("-old13", "+new13", "-old21", "+new21", "+added");
    }

    @Test
    void aHunkWithNoMoreContextThanAskedIsReturnedAsItIs() {
        final Hunk full = hunk();

        assertThat(ContextTrimmer.trim(full, 4)).containsExactly(full);
        assertThat(ContextTrimmer.trim(full, 10)).containsExactly(full);
        // Seven unchanged lines between the changes are more than 2 x 3: git -U3 would show two hunks.
        assertThat(ContextTrimmer.trim(full, 3)).extracting(h -> h.header().text())
                .containsExactly("@@ -10,7 +10,7 @@ void run() {", "@@ -18,7 +18,8 @@");
    }

    @Test
    void aPureInsertionGetsGitsLineBeforeConvention() {
        final Hunk hunk = UnifiedDiff.parse("""
                --- a/f
                +++ b/f
                @@ -4,4 +4,5 @@
                 a
                 b
                +inserted
                 c
                 d
                """).files().get(0).hunks().get(0);

        final List<Hunk> pieces = ContextTrimmer.trim(hunk, 0);

        assertThat(pieces).extracting(h -> h.header().text()).containsExactly("@@ -5,0 +6 @@");
    }

    @Test
    void noNewlineMarkerStaysWithItsLine() {
        final Hunk hunk = UnifiedDiff.parse("""
                --- a/f
                +++ b/f
                @@ -1,4 +1,4 @@
                 a
                 b
                 c
                -d
                \\ No newline at end of file
                +e
                \\ No newline at end of file
                """).files().get(0).hunks().get(0);

        final List<Hunk> pieces = ContextTrimmer.trim(hunk, 0);

        assertThat(pieces).hasSize(1);
        assertThat(pieces.get(0).lines()).extracting(DiffLine::kind).containsExactly(DiffLine.Kind.REMOVED,
                DiffLine.Kind.NO_NEWLINE, DiffLine.Kind.ADDED, DiffLine.Kind.NO_NEWLINE);
        assertThat(pieces.get(0).header().text()).isEqualTo("@@ -4 +4 @@");
    }
}
