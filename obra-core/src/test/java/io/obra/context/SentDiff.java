package io.obra.context;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Reads back the diff part of a {@link ChangeContext} and checks it against the original the way a
 * reviewer would: every hunk sent is a contiguous run of one original hunk with a header that
 * matches its lines and its position, and every original hunk is either absent or present with all
 * of its changed lines.
 */
final class SentDiff {

    private SentDiff() {
    }

    /** Checks the sent diff and returns, per path, the indexes of the original hunks it shows. */
    static Map<String, Set<Integer>> keptHunks(final UnifiedDiff original, final ChangeContext context) {
        final UnifiedDiff sent = UnifiedDiff.parse(context.diff());
        final Map<String, Set<Integer>> kept = new HashMap<>();
        for (final FileDiff file : sent.files()) {
            if (file.change() == FileChange.UNPARSED) {
                assertThat(original.render()).as("unparsed text sent must come from the input")
                        .contains(file.renderHeader());
                continue;
            }
            final FileDiff source = original.files().stream()
                    .filter(f -> f.change() != FileChange.UNPARSED && f.renderHeader().equals(file.renderHeader()))
                    .findFirst()
                    .orElseGet(() -> fail("sent file %s has no original with the same header", file.path()));
            kept.put(file.path(), keptOf(source, file));
        }
        return kept;
    }

    private static Set<Integer> keptOf(final FileDiff source, final FileDiff sent) {
        final Map<Integer, Set<Integer>> covered = new HashMap<>();
        for (final Hunk piece : sent.hunks()) {
            assertConsistent(sent.path(), piece);
            boolean placed = false;
            for (int h = 0; h < source.hunks().size() && !placed; h++) {
                final int offset = offsetIn(source.hunks().get(h), piece);
                if (offset >= 0) {
                    final Set<Integer> lines = covered.computeIfAbsent(h, k -> new TreeSet<>());
                    for (int i = 0; i < piece.lines().size(); i++) {
                        lines.add(offset + i);
                    }
                    placed = true;
                }
            }
            if (!placed) {
                fail("hunk %s of %s is not a run of any original hunk", piece.header().text(), sent.path());
            }
        }
        covered.forEach((h, lines) -> {
            final List<DiffLine> all = source.hunks().get(h).lines();
            for (int i = 0; i < all.size(); i++) {
                if (all.get(i).isChange() && !lines.contains(i)) {
                    fail("hunk %d of %s was cut: changed line %d (%s) is missing", h, sent.path(), i, all.get(i).text());
                }
            }
        });
        return covered.keySet();
    }

    /** The header's counts match the lines under it. */
    private static void assertConsistent(final String path, final Hunk piece) {
        int old = 0;
        int now = 0;
        for (final DiffLine line : piece.lines()) {
            old += line.kind() == DiffLine.Kind.CONTEXT || line.kind() == DiffLine.Kind.REMOVED ? 1 : 0;
            now += line.kind() == DiffLine.Kind.CONTEXT || line.kind() == DiffLine.Kind.ADDED ? 1 : 0;
        }
        assertThat(old).as("old count of %s in %s", piece.header().text(), path).isEqualTo(piece.oldCount());
        assertThat(now).as("new count of %s in %s", piece.header().text(), path).isEqualTo(piece.newCount());
    }

    /** Where {@code piece} sits in {@code hunk}, with matching lines and line numbers; -1 if nowhere. */
    private static int offsetIn(final Hunk hunk, final Hunk piece) {
        final List<DiffLine> lines = hunk.lines();
        int oldLine = hunk.oldCount() == 0 ? hunk.oldStart() + 1 : hunk.oldStart();
        int newLine = hunk.newCount() == 0 ? hunk.newStart() + 1 : hunk.newStart();
        for (int k = 0; k + piece.lines().size() <= lines.size(); k++) {
            final int oldStart = piece.oldCount() == 0 ? oldLine - 1 : oldLine;
            final int newStart = piece.newCount() == 0 ? newLine - 1 : newLine;
            if (oldStart == piece.oldStart() && newStart == piece.newStart()
                    && lines.subList(k, k + piece.lines().size()).equals(piece.lines())) {
                return k;
            }
            final DiffLine.Kind kind = lines.get(k).kind();
            oldLine += kind == DiffLine.Kind.CONTEXT || kind == DiffLine.Kind.REMOVED ? 1 : 0;
            newLine += kind == DiffLine.Kind.CONTEXT || kind == DiffLine.Kind.ADDED ? 1 : 0;
        }
        return -1;
    }

    /**
     * Every file of the original that the sent diff does not show whole has an {@link Omission},
     * and every omission is a line of the summary (with its +/- line counts) or is counted in the
     * summary's closing "... and N more not listed" line.
     */
    static void assertEveryFileNotShownIsAccountedFor(final UnifiedDiff original, final ChangeContext context,
                                                      final Map<String, Set<Integer>> kept) {
        for (final FileDiff file : original.files()) {
            final int shown = file.change() == FileChange.UNPARSED ? 0 : kept.getOrDefault(file.path(), Set.of()).size();
            final boolean whole = shown == file.hunks().size() && context.diff().contains(file.renderHeader());
            if (!whole) {
                assertThat(context.omissions()).as("omission for %s", file.path()).anySatisfy(o -> assertThat(
                        file.change() == FileChange.UNPARSED ? o.reason() == Omission.Reason.UNPARSED
                                : o.path().equals(file.path())).isTrue());
            }
        }
        int unlisted = 0;
        for (final Omission omission : context.omissions()) {
            if (!context.summary().contains("- " + omission.line() + "\n")) {
                unlisted++;
            } else if (omission.reason() == Omission.Reason.DELETED) {
                assertThat(omission.line()).contains(": " + OmissionSummary.number(omission.removedLines()) + " line");
            } else if (omission.hunksTotal() > 0) {
                assertThat(omission.line()).contains("+" + OmissionSummary.number(omission.addedLines()) + " -"
                        + OmissionSummary.number(omission.removedLines()) + " lines");
            }
        }
        if (unlisted > 0) {
            assertThat(context.summary()).contains("- ... and " + unlisted + " more not listed");
        }
    }
}
