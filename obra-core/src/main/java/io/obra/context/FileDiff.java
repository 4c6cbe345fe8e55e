package io.obra.context;

import java.util.List;
import java.util.Objects;

/**
 * One file of a diff: its header lines, what happened to it, and its hunks. Text the parser could
 * not read as a diff becomes a {@link FileChange#UNPARSED} entry whose header holds that text, so
 * nothing of the input is ever lost.
 *
 * @param header  the header lines as they appeared ({@code diff --git}, mode, rename, index,
 *                {@code ---}/{@code +++}, binary payload), or the unparsed text
 * @param oldPath path before the change, without the {@code a/} prefix; empty when unknown
 * @param newPath path after the change, without the {@code b/} prefix; empty when unknown
 * @param change  added, deleted, renamed, ...
 * @param binary  git reported a binary file ({@code Binary files ... differ} or {@code GIT binary patch})
 * @param oldMode file mode before ({@code 100644}), empty when the diff does not say
 * @param newMode file mode after, empty when the diff does not say
 * @param hunks   the hunks, in order
 */
public record FileDiff(List<DiffLine> header, String oldPath, String newPath, FileChange change, boolean binary,
                       String oldMode, String newMode, List<Hunk> hunks) {

    public FileDiff {
        header = List.copyOf(header);
        Objects.requireNonNull(oldPath, "oldPath");
        Objects.requireNonNull(newPath, "newPath");
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(oldMode, "oldMode");
        Objects.requireNonNull(newMode, "newMode");
        hunks = List.copyOf(hunks);
    }

    /** The path a reader knows the file by: the new path, or the old one for a deleted file. */
    public String path() {
        if (change == FileChange.DELETED || newPath.isEmpty()) {
            return oldPath;
        }
        return newPath;
    }

    /** True when the file mode changes (e.g. a script made executable). */
    public boolean modeChanged() {
        return !oldMode.isEmpty() && !newMode.isEmpty() && !oldMode.equals(newMode);
    }

    /** Lines added over all hunks. */
    public int addedLines() {
        return hunks.stream().mapToInt(Hunk::addedLines).sum();
    }

    /** Lines removed over all hunks. */
    public int removedLines() {
        return hunks.stream().mapToInt(Hunk::removedLines).sum();
    }

    /** The header lines exactly as they appeared. */
    public String renderHeader() {
        final StringBuilder out = new StringBuilder();
        for (final DiffLine line : header) {
            out.append(line.text()).append(line.eol());
        }
        return out.toString();
    }

    /** The file's part of the diff exactly as it appeared. */
    public String render() {
        final StringBuilder out = new StringBuilder(renderHeader());
        for (final Hunk hunk : hunks) {
            out.append(hunk.render());
        }
        return out.toString();
    }
}
