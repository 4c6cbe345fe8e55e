package io.obra.context;

import java.util.List;
import java.util.Objects;

/**
 * A file the orchestrator does not see in full, and why; each becomes one line of the summary
 * appended to the diff.
 *
 * @param path          the file (for a rename, its new path); for unparsed text a description
 * @param kind          what the file is
 * @param reason        why it is not shown in full
 * @param hunksOmitted  hunks not shown
 * @param hunksTotal    hunks the file has
 * @param addedLines    added lines not shown
 * @param removedLines  removed lines not shown
 * @param tokens        tokens of the diff text not shown
 * @param omittedHunks  the headers ({@code @@ -a,b +c,d @@}) of the hunks not shown
 * @param line          the line that stands for the file in the summary
 */
public record Omission(String path, FileKind kind, Reason reason, int hunksOmitted, int hunksTotal, int addedLines,
                       int removedLines, int tokens, List<String> omittedHunks, String line) {

    public Omission {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reason, "reason");
        omittedHunks = List.copyOf(omittedHunks);
        Objects.requireNonNull(line, "line");
    }

    /** Why a file is not shown in full. */
    public enum Reason {
        /** Renamed or copied without content changes: one line says it all. */
        RENAME_ONLY,
        /** A binary file: one line instead of a base85 payload the orchestrator cannot read. */
        BINARY,
        /** Only the file mode changed. */
        MODE_ONLY,
        /** A file git shows without content (an empty file added or deleted). */
        NO_CONTENT,
        /** A deleted file: its name and size instead of every removed line. */
        DELETED,
        /** None of its hunks fit the budget. */
        FILE_OMITTED,
        /** Some of its hunks fit the budget, these did not. */
        HUNKS_OMITTED,
        /** Text that is not part of a diff, which did not fit the budget. */
        UNPARSED;

        /** True when the summary line describes the change completely (nothing a reviewer misses). */
        public boolean summarised() {
            return this == RENAME_ONLY || this == BINARY || this == MODE_ONLY || this == NO_CONTENT;
        }
    }
}
