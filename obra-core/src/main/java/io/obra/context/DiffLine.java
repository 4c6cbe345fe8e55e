package io.obra.context;

import java.util.Objects;

/**
 * One line of a diff exactly as it appeared: its text (with the +, - or space prefix of a hunk line)
 * and its line terminator ({@code "\n"}, {@code "\r\n"}, or empty for a last line without one), so
 * that rendering gives back the input byte for byte.
 *
 * @param kind what the line is
 * @param text the line without its terminator
 * @param eol  the terminator
 */
public record DiffLine(Kind kind, String text, String eol) {

    /** What a line of a diff is. */
    public enum Kind {
        /** A file header line: {@code diff --git}, {@code index}, {@code ---}, mode, rename, binary payload. */
        HEADER,
        /** A hunk header, {@code @@ -a,b +c,d @@}. */
        HUNK_HEADER,
        /** An unchanged line shown around the changes. */
        CONTEXT,
        /** A line the change adds. */
        ADDED,
        /** A line the change removes. */
        REMOVED,
        /** {@code \ No newline at end of file}, about the line before it. */
        NO_NEWLINE,
        /** Text that is not part of a recognisable diff. */
        UNPARSED
    }

    public DiffLine {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(eol, "eol");
    }

    /** True for lines the change adds or removes. */
    public boolean isChange() {
        return kind == Kind.ADDED || kind == Kind.REMOVED;
    }

    /** The line as it appeared, terminator included. */
    public String render() {
        return text + eol;
    }

    /** The same text with another meaning (the parser learns a line's kind after splitting). */
    DiffLine as(final Kind other) {
        return new DiffLine(other, text, eol);
    }
}
