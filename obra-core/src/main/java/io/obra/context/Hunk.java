package io.obra.context;

import java.util.List;
import java.util.Objects;

/**
 * One hunk: its header and its lines. The ranges are those the header declares; for a combined
 * diff ({@code @@@ ... @@@}, {@code parents} &gt; 1) the old range is the first parent's.
 *
 * @param header   the {@code @@ ... @@} line as it appeared
 * @param oldStart first line of the old range
 * @param oldCount lines of the old range
 * @param newStart first line of the new range
 * @param newCount lines of the new range
 * @param section  the text after the closing {@code @@} (git's function context), possibly empty
 * @param parents  1 for an ordinary diff, more for a combined (merge) diff
 * @param lines    the body: context, added, removed and no-newline marker lines
 */
public record Hunk(DiffLine header, int oldStart, int oldCount, int newStart, int newCount, String section,
                   int parents, List<DiffLine> lines) {

    public Hunk {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(section, "section");
        lines = List.copyOf(lines);
    }

    /** Lines this hunk adds. */
    public int addedLines() {
        return count(DiffLine.Kind.ADDED);
    }

    /** Lines this hunk removes. */
    public int removedLines() {
        return count(DiffLine.Kind.REMOVED);
    }

    /** Unchanged lines shown around the changes. */
    public int contextLines() {
        return count(DiffLine.Kind.CONTEXT);
    }

    /** True when the hunk is part of a combined (merge) diff. */
    public boolean combined() {
        return parents > 1;
    }

    /** The hunk exactly as it appeared. */
    public String render() {
        final StringBuilder out = new StringBuilder(header.render());
        for (final DiffLine line : lines) {
            out.append(line.text()).append(line.eol());
        }
        return out.toString();
    }

    private int count(final DiffLine.Kind kind) {
        int n = 0;
        for (final DiffLine line : lines) {
            if (line.kind() == kind) {
                n++;
            }
        }
        return n;
    }
}
