package io.obra.context;

import java.util.List;

/**
 * A unified diff ({@code git diff} output, or a plain {@code diff -u}) as a list of files. Parsing
 * never fails: text that is not a diff is kept as {@link FileChange#UNPARSED} entries, and
 * {@link #render()} gives back the parsed text unchanged, line terminators included.
 *
 * @param files the files in the order they appeared
 */
public record UnifiedDiff(List<FileDiff> files) {

    public UnifiedDiff {
        files = List.copyOf(files);
    }

    /** Parses any text; never throws. */
    public static UnifiedDiff parse(final String text) {
        return new UnifiedDiff(new UnifiedDiffParser(text).parse());
    }

    /** The diff as text, identical to the text it was parsed from. */
    public String render() {
        final StringBuilder out = new StringBuilder();
        for (final FileDiff file : files) {
            out.append(file.render());
        }
        return out.toString();
    }
}
