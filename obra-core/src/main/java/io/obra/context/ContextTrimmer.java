package io.obra.context;

import java.util.ArrayList;
import java.util.List;

/**
 * Shows a hunk with fewer unchanged lines around its changes, as {@code git diff -U<n>} would: every
 * added and removed line stays, context further than {@code n} lines from a change goes, and where
 * that leaves a gap the hunk becomes several hunks with correct headers. Nothing is cut in the middle
 * of a change.
 */
final class ContextTrimmer {

    private ContextTrimmer() {
    }

    /**
     * The hunk with at most {@code context} lines of context around each change; the hunk itself
     * when nothing would go. Combined (merge) hunks are returned as they are.
     */
    static List<Hunk> trim(final Hunk hunk, final int context) {
        if (hunk.combined()) {
            return List.of(hunk);
        }
        final List<DiffLine> lines = hunk.lines();
        final boolean[] keep = keepMask(lines, context);
        boolean all = true;
        for (final boolean k : keep) {
            all &= k;
        }
        if (all) {
            return List.of(hunk);
        }
        return pieces(hunk, keep);
    }

    /** Which lines stay: changes, context within reach of one, and markers after a kept line. */
    static boolean[] keepMask(final List<DiffLine> lines, final int context) {
        final int n = lines.size();
        final int far = Integer.MAX_VALUE / 2;
        final int[] sinceChange = new int[n];
        final int[] untilChange = new int[n];
        int distance = far;
        for (int i = 0; i < n; i++) {
            final DiffLine line = lines.get(i);
            if (line.isChange()) {
                distance = 0;
            } else if (line.kind() == DiffLine.Kind.CONTEXT) {
                distance = distance >= far ? far : distance + 1;
            }
            sinceChange[i] = distance;
        }
        distance = far;
        for (int i = n - 1; i >= 0; i--) {
            final DiffLine line = lines.get(i);
            if (line.isChange()) {
                distance = 0;
            } else if (line.kind() == DiffLine.Kind.CONTEXT) {
                distance = distance >= far ? far : distance + 1;
            }
            untilChange[i] = distance;
        }
        final boolean[] keep = new boolean[n];
        for (int i = 0; i < n; i++) {
            final DiffLine line = lines.get(i);
            if (line.kind() == DiffLine.Kind.NO_NEWLINE) {
                keep[i] = i > 0 && keep[i - 1];
            } else {
                keep[i] = line.isChange() || Math.min(sinceChange[i], untilChange[i]) <= context;
            }
        }
        return keep;
    }

    /** Each run of kept lines becomes a hunk whose header is counted from the original's. */
    private static List<Hunk> pieces(final Hunk hunk, final boolean[] keep) {
        final List<DiffLine> lines = hunk.lines();
        final List<Hunk> out = new ArrayList<>();
        // Line numbers of the next old and new line; a zero count means the start names the line before.
        int oldLine = hunk.oldCount() == 0 ? hunk.oldStart() + 1 : hunk.oldStart();
        int newLine = hunk.newCount() == 0 ? hunk.newStart() + 1 : hunk.newStart();
        int i = 0;
        while (i < lines.size()) {
            if (!keep[i]) {
                final DiffLine.Kind kind = lines.get(i).kind();
                oldLine += kind == DiffLine.Kind.CONTEXT || kind == DiffLine.Kind.REMOVED ? 1 : 0;
                newLine += kind == DiffLine.Kind.CONTEXT || kind == DiffLine.Kind.ADDED ? 1 : 0;
                i++;
                continue;
            }
            final int oldFirst = oldLine;
            final int newFirst = newLine;
            int oldCount = 0;
            int newCount = 0;
            final List<DiffLine> run = new ArrayList<>();
            while (i < lines.size() && keep[i]) {
                final DiffLine line = lines.get(i);
                if (line.kind() == DiffLine.Kind.CONTEXT || line.kind() == DiffLine.Kind.REMOVED) {
                    oldCount++;
                    oldLine++;
                }
                if (line.kind() == DiffLine.Kind.CONTEXT || line.kind() == DiffLine.Kind.ADDED) {
                    newCount++;
                    newLine++;
                }
                run.add(line);
                i++;
            }
            final int oldStart = oldCount == 0 ? oldFirst - 1 : oldFirst;
            final int newStart = newCount == 0 ? newFirst - 1 : newFirst;
            // git's function context names the function around the original start; later pieces lack one.
            final String section = out.isEmpty() ? hunk.section() : "";
            final String text = HunkRange.format(oldStart, oldCount, newStart, newCount, section);
            final DiffLine header = new DiffLine(DiffLine.Kind.HUNK_HEADER, text, hunk.header().eol());
            out.add(new Hunk(header, oldStart, oldCount, newStart, newCount, section, 1, run));
        }
        return out;
    }
}
