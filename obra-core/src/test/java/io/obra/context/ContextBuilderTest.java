package io.obra.context;

import io.obra.testing.DiffWriter;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ContextBuilderTest {

    private static final TokenCounter COUNTER = TokenCounter.o200k();

    private final ContextBuilder builder = new ContextBuilder(COUNTER);

    @Test
    void aDiffWithinTheBudgetIsSentExactlyAsGiven() {
        final String diff = sourceChange(new DiffWriter(new Random(1)), "src/App.java", 3).text();

        final ChangeContext context = builder.build(diff, 24_000);

        assertThat(context.text()).isSameAs(diff);
        assertThat(context.whole()).isTrue();
        assertThat(context.omissions()).isEmpty();
        assertThat(context.summary()).isEmpty();
        assertThat(context.sentTokens()).isEqualTo(context.fullTokens()).isEqualTo(COUNTER.count(diff));
        assertThat(context.note()).contains("whole diff is shown");
    }

    @Test
    void anEmptyDiffIsSentEmpty() {
        final ChangeContext context = builder.build("", 1_000);

        assertThat(context.text()).isEmpty();
        assertThat(context.note()).isEqualTo("The diff is empty.");
    }

    @Test
    void sourceHunksAreKeptAndTheLockFileIsLeftOutAndListedWithItsLineCounts() {
        final DiffWriter w = new DiffWriter(new Random(2));
        sourceChange(w, "src/main/java/io/acme/Cart.java", 4);
        lockFile(w, "package-lock.json", 300);
        final String diff = w.text();
        final UnifiedDiff original = UnifiedDiff.parse(diff);
        final FileDiff lock = original.files().get(1);
        final int budget = COUNTER.count(original.files().get(0).render()) + 1_500;

        final ChangeContext context = builder.build(diff, budget);

        final Map<String, Set<Integer>> kept = SentDiff.keptHunks(original, context);
        assertThat(kept.get("src/main/java/io/acme/Cart.java")).hasSize(4);
        assertThat(context.sentTokens()).isLessThanOrEqualTo(budget).isEqualTo(COUNTER.count(context.text()));
        assertThat(context.whole()).isFalse();
        assertThat(context.omissions()).extracting(Omission::path).contains("package-lock.json");
        final Omission omitted = context.omissions().stream().filter(o -> o.path().equals("package-lock.json"))
                .findFirst().orElseThrow();
        assertThat(omitted.kind()).isEqualTo(FileKind.LOCK);
        final List<Hunk> missing = lock.hunks().stream()
                .filter(h -> !kept.getOrDefault("package-lock.json", Set.of()).contains(lock.hunks().indexOf(h)))
                .toList();
        final int added = missing.stream().mapToInt(Hunk::addedLines).sum();
        final int removed = missing.stream().mapToInt(Hunk::removedLines).sum();
        assertThat(omitted.addedLines()).isEqualTo(added);
        assertThat(omitted.removedLines()).isEqualTo(removed);
        assertThat(context.summary()).startsWith(ChangeContext.SUMMARY_HEADING)
                .contains("- package-lock.json [lock file]: ")
                .contains("+" + OmissionSummary.number(added) + " -" + OmissionSummary.number(removed) + " lines");
        assertThat(context.note()).contains("1 of 2 files not shown in full").contains("lock file");
        assertThat(context.text()).endsWith(context.summary());
    }

    @Test
    void contextLinesGoBeforeAnyChangedLineDoes() {
        final DiffWriter w = new DiffWriter(new Random(3));
        sourceChange(w, "src/main/java/io/acme/Orders.java", 30);
        final String diff = w.text();
        final UnifiedDiff original = UnifiedDiff.parse(diff);
        final int budget = COUNTER.count(diff) * 3 / 4;

        final ChangeContext context = builder.build(diff, budget);

        assertThat(SentDiff.keptHunks(original, context).get("src/main/java/io/acme/Orders.java")).hasSize(30);
        assertThat(context.omissions()).isEmpty();
        assertThat(context.trimmedHunks()).isPositive();
        assertThat(context.sentTokens()).isLessThanOrEqualTo(budget);
        assertThat(context.note()).contains("All 1 file is shown").contains("context cut to at most one line");
    }

    @Test
    void withinAKindSmallHunksInManyFilesComeBeforeOneLargeHunk() {
        final DiffWriter w = new DiffWriter(new Random(4));
        final List<String> big = javaLines("Big", 400);
        w.modify("src/Big.java", big).replace(20, 300, javaLines("Bigger", 320)).done();
        for (int f = 0; f < 6; f++) {
            sourceChange(w, "src/Small" + f + ".java", 2);
        }
        final String diff = w.text();
        final UnifiedDiff original = UnifiedDiff.parse(diff);
        final int smallTokens = original.files().stream().skip(1).mapToInt(f -> COUNTER.count(f.render())).sum();
        final int budget = smallTokens + 800;

        final ChangeContext context = builder.build(diff, budget);

        final Map<String, Set<Integer>> kept = SentDiff.keptHunks(original, context);
        assertThat(kept.keySet()).containsExactlyInAnyOrder("src/Small0.java", "src/Small1.java", "src/Small2.java",
                "src/Small3.java", "src/Small4.java", "src/Small5.java");
        assertThat(context.omissions()).singleElement().satisfies(o -> {
            assertThat(o.path()).isEqualTo("src/Big.java");
            assertThat(o.reason()).isEqualTo(Omission.Reason.FILE_OMITTED);
            assertThat(o.addedLines()).isEqualTo(320);
            assertThat(o.removedLines()).isEqualTo(300);
        });
        assertThat(context.summary()).contains("- src/Big.java [source]: its hunk not shown, +320 -300 lines");
    }

    @Test
    void renamesBinariesModeChangesAndDeletedFilesBecomeOneLineEach() {
        final DiffWriter w = new DiffWriter(new Random(5));
        w.renamed("src/old/Name.java", "src/new/Name.java");
        w.binaryPatch("assets/hero.jpg", 20_000);
        w.modeChanged("scripts/run.sh", "100644", "100755");
        w.deleted("src/legacy/Old.java", javaLines("Old", 300));
        sourceChange(w, "src/App.java", 2);
        final String diff = w.text();
        final UnifiedDiff original = UnifiedDiff.parse(diff);
        final int budget = COUNTER.count(original.files().get(4).render()) + 600;

        final ChangeContext context = builder.build(diff, budget);

        assertThat(SentDiff.keptHunks(original, context)).containsOnlyKeys("src/App.java");
        assertThat(context.diff()).doesNotContain("GIT binary patch").doesNotContain("rename from");
        assertThat(context.summary())
                .contains("- renamed src/old/Name.java -> src/new/Name.java, no content change\n")
                .contains("- binary file changed: assets/hero.jpg\n")
                .contains("- mode 100644 -> 100755: scripts/run.sh\n")
                .contains("- deleted src/legacy/Old.java [source]: 300 lines, ");
        assertThat(context.omissions()).extracting(Omission::reason).containsExactlyInAnyOrder(
                Omission.Reason.RENAME_ONLY, Omission.Reason.BINARY, Omission.Reason.MODE_ONLY, Omission.Reason.DELETED);
        assertThat(context.note()).contains("the content of 1 deleted file")
                .contains("summarised in one line each 1 binary file, 1 rename or copy, 1 mode change");
        assertThat(context.sentTokens()).isLessThanOrEqualTo(budget);
    }

    @Test
    void changedSourceComesBeforeDocsAndDocsBeforeGeneratedCode() {
        final DiffWriter w = new DiffWriter(new Random(6));
        final List<String> generated = javaLines("Gen", 200);
        w.modify("api/gen/orders.pb.go", generated).replace(50, 40, javaLines("Regen", 40)).done();
        final List<String> docs = javaLines("Docs", 200);
        w.modify("docs/guide.md", docs).replace(50, 40, javaLines("Prose", 40)).done();
        sourceChange(w, "src/Service.java", 3);
        final String diff = w.text();
        final UnifiedDiff original = UnifiedDiff.parse(diff);
        final int source = COUNTER.count(original.files().get(2).render());
        final int docsTokens = COUNTER.count(original.files().get(1).render());

        final ChangeContext sourceOnly = builder.build(diff, source + 400);
        final ChangeContext sourceAndDocs = builder.build(diff, source + docsTokens + 500);

        assertThat(SentDiff.keptHunks(original, sourceOnly)).containsOnlyKeys("src/Service.java");
        assertThat(SentDiff.keptHunks(original, sourceAndDocs)).containsOnlyKeys("src/Service.java", "docs/guide.md");
        assertThat(sourceAndDocs.omissions()).extracting(Omission::path).containsExactly("api/gen/orders.pb.go");
    }

    @Test
    void noHunkIsCutAndTheBudgetHoldsAtEveryBudget() {
        final DiffWriter w = new DiffWriter(new Random(7));
        for (int f = 0; f < 5; f++) {
            sourceChange(w, "src/S" + f + ".java", 3 + f);
        }
        sourceChange(w, "src/test/java/STest.java", 4);
        w.deleted("src/Gone.java", javaLines("Gone", 80));
        lockFile(w, "yarn.lock", 120);
        w.binary("img/a.png", true);
        final String diff = w.text();
        final UnifiedDiff original = UnifiedDiff.parse(diff);

        for (int budget = ContextBuilder.MIN_BUDGET; budget < COUNTER.count(diff); budget += 733) {
            final ChangeContext context = builder.build(diff, budget);

            assertThat(context.sentTokens()).as("budget %d", budget).isLessThanOrEqualTo(budget)
                    .isEqualTo(COUNTER.count(context.text()));
            SentDiff.assertEveryFileNotShownIsAccountedFor(original, context, SentDiff.keptHunks(original, context));
        }
    }

    @Test
    void aListTooLongForTheBudgetEndsWithTheCountOfTheRest() {
        final DiffWriter w = new DiffWriter(new Random(8));
        for (int f = 0; f < 300; f++) {
            sourceChange(w, "vendor/github.com/lib/pkg/file_with_a_long_name_" + f + ".go", 1);
        }
        final String diff = w.text();

        final ChangeContext context = builder.build(diff, 1_000);

        assertThat(context.sentTokens()).isLessThanOrEqualTo(1_000);
        assertThat(context.omissions()).hasSizeGreaterThan(250);
        assertThat(context.summary()).containsPattern("- \\.\\.\\. and \\d+ more not listed \\(\\d+ vendored\\): \\+");
        assertThat(context.note()).contains("of 300 files not shown in full");
    }

    @Test
    void crlfLinesKeepTheirLineEndings() {
        final DiffWriter w = new DiffWriter(new Random(9));
        w.modifyCrlf("src/Window.cs", javaLines("Window", 60)).replace(20, 1, List.of("changed();")).done();
        lockFile(w, "packages.lock.json", 200);
        final String diff = w.text();

        final ChangeContext context = builder.build(diff, 800);

        assertThat(context.diff()).contains("+changed();\r\n");
        SentDiff.keptHunks(UnifiedDiff.parse(diff), context);
    }

    @Test
    void textThatIsNotADiffIsListedWhenItDoesNotFit() {
        final String preamble = "commit 4cd3988\n" + "Long commit message line.\n".repeat(400);
        final DiffWriter w = new DiffWriter(new Random(10)).raw(preamble);
        sourceChange(w, "src/App.java", 2);
        final String diff = w.text();

        final ChangeContext context = builder.build(diff, 1_000);

        assertThat(context.omissions()).singleElement().extracting(Omission::reason).isEqualTo(Omission.Reason.UNPARSED);
        assertThat(context.summary()).contains("(text that is not a diff: \"commit 4cd3988\"): 401 lines");
        assertThat(SentDiff.keptHunks(UnifiedDiff.parse(diff), context)).containsOnlyKeys("src/App.java");
    }

    @Test
    void aBudgetTooSmallForAnySummaryIsRefusedNamingTheSetting() {
        assertThatThrownBy(() -> builder.build("diff", 50)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("context.maxTokens").hasMessageContaining("at least 200");
    }

    // ----- diffs of a given shape ----------------------------------------------------------------

    /** A source file with {@code hunks} small replacements, 3 lines of context each. */
    private static DiffWriter sourceChange(final DiffWriter w, final String path, final int hunks) {
        final List<String> lines = javaLines(path, hunks * 20 + 10);
        final DiffWriter.Edit edit = w.modify(path, lines);
        for (int h = 0; h < hunks; h++) {
            edit.replace(5 + h * 20, 1, List.of("        return service.call(request, " + h + ");"));
        }
        return edit.done();
    }

    private static void lockFile(final DiffWriter w, final String path, final int entries) {
        final List<String> lines = new ArrayList<>();
        IntStream.range(0, entries).forEach(i -> {
            lines.add("  \"node_modules/dep-" + i + "\": {");
            lines.add("    \"version\": \"1." + i + ".0\",");
            lines.add("    \"integrity\": \"sha512-" + w.digest(48) + "\"");
            lines.add("  },");
        });
        final DiffWriter.Edit edit = w.modify(path, lines);
        for (int at = 1; at + 8 < lines.size(); at += 8) {
            edit.replace(at, 2, List.of("    \"version\": \"2." + at + ".0\",", "    \"integrity\": \"sha512-"
                    + w.digest(48) + "\""));
        }
        edit.done();
    }

    private static List<String> javaLines(final String seed, final int n) {
        final List<String> lines = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            lines.add("        final Value v" + i + " = repository.load(\"" + seed + "\", " + i + ").orElseThrow();");
        }
        return lines;
    }
}
