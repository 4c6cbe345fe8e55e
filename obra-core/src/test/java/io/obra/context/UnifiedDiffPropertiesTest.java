package io.obra.context;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class UnifiedDiffPropertiesTest {

    /** Fragments of diffs, glued at random, reach the parser's corner cases far more often than random text. */
    private static final List<String> FRAGMENTS = List.of("diff --git a/x b/x\n", "diff --git \"a/q\\", "diff --cc m\n",
            "--- a/x\n", "+++ b/x\n", "--- /dev/null\n", "@@ -1,2 +1,3 @@\n", "@@ -0,0 +1 @@ f\n", "@@@ -1 -1 +1 @@@\n",
            "@@ -99999999999 +1 @@\n", " ctx\n", "-rem\n", "+add\n", "\n", "\r\n", "\r", "\\ No newline at end of file\n",
            "GIT binary patch\n", "literal 5\n", "Binary files a/x and b/x differ\n", "rename from x\n",
            "rename to \"y\\303\"\n", "new file mode 100644\n", "index 1..2 100644\n", "\"", "@", "-", "+", " ", "é",
            "\uD83D\uDE00", "\t");

    @Property
    void parsingAnyTextNeverFailsAndRendersItBack(@ForAll final String text) {
        assertThat(UnifiedDiff.parse(text).render()).isEqualTo(text);
    }

    @Property(tries = 2000)
    void parsingDiffLikeGarbageNeverFailsAndRendersItBack(@ForAll("garbage") final String text) {
        assertThat(UnifiedDiff.parse(text).render()).isEqualTo(text);
    }

    @Property(tries = 500)
    void aWellFormedDiffParsesIntoItsFilesAndHunksAndRendersBack(@ForAll("diffs") final List<FileSpec> files) {
        final String text = files.stream().map(FileSpec::render).reduce("", String::concat);

        final UnifiedDiff diff = UnifiedDiff.parse(text);

        assertThat(diff.render()).isEqualTo(text);
        assertThat(diff.files()).hasSameSizeAs(files);
        for (int f = 0; f < files.size(); f++) {
            final FileDiff parsed = diff.files().get(f);
            final FileSpec spec = files.get(f);
            assertThat(parsed.path()).isEqualTo(spec.path());
            assertThat(parsed.hunks()).hasSameSizeAs(spec.hunks());
            for (int h = 0; h < spec.hunks().size(); h++) {
                assertThat(parsed.hunks().get(h).lines()).extracting(DiffLine::render)
                        .containsExactlyElementsOf(spec.hunks().get(h));
            }
        }
    }

    @Provide
    Arbitrary<String> garbage() {
        return Arbitraries.of(FRAGMENTS).list().ofMaxSize(30).map(parts -> String.join("", parts));
    }

    @Provide
    Arbitrary<List<FileSpec>> diffs() {
        final Arbitrary<String> path = Arbitraries.strings().withChars("abcXYZ019._-/ ").ofMinLength(1).ofMaxLength(20)
                .filter(p -> !p.startsWith(" ") && !p.endsWith(" ") && !p.contains(" b/") && !p.startsWith("/"));
        // Content may itself look like diff syntax: "-- x", "++ y", "@@ -1 +1 @@", "diff --git".
        final Arbitrary<String> content = Arbitraries.oneOf(
                Arbitraries.strings().withChars("ab -+@\\\"\té").ofMaxLength(12),
                Arbitraries.of("-- a/x", "++ b/x", "@@ -1 +1 @@", "diff --git a/x b/x", "\\ fake", ""));
        final Arbitrary<String> line = Combinators.combine(Arbitraries.of(' ', '-', '+'), content,
                Arbitraries.of("\n", "\r\n")).as((prefix, text, eol) -> prefix + text + eol);
        final Arbitrary<List<String>> hunk = line.list().ofMinSize(1).ofMaxSize(8)
                .filter(lines -> lines.stream().anyMatch(l -> !l.startsWith(" ")));
        final Arbitrary<FileSpec> file = Combinators.combine(path, hunk.list().ofMinSize(1).ofMaxSize(3))
                .as(FileSpec::new);
        return file.list().ofMinSize(1).ofMaxSize(4);
    }

    /** A file of a generated diff: its path and its hunks' lines (prefix, text and terminator each). */
    record FileSpec(String path, List<List<String>> hunks) {

        String render() {
            final StringBuilder out = new StringBuilder("diff --git a/" + path + " b/" + path + "\n")
                    .append("index 1111111..2222222 100644\n")
                    .append("--- a/").append(path).append('\n')
                    .append("+++ b/").append(path).append('\n');
            int oldLine = 1;
            int newLine = 1;
            for (final List<String> lines : hunks) {
                final List<String> body = new ArrayList<>(lines);
                final int old = (int) body.stream().filter(l -> !l.startsWith("+")).count();
                final int now = (int) body.stream().filter(l -> !l.startsWith("-")).count();
                out.append("@@ -").append(old == 0 ? oldLine - 1 : oldLine).append(',').append(old)
                        .append(" +").append(now == 0 ? newLine - 1 : newLine).append(',').append(now).append(" @@\n");
                body.forEach(out::append);
                oldLine += old + 10;
                newLine += now + 10;
            }
            return out.toString();
        }
    }
}
