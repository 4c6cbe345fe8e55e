package io.obra.context;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Says what the orchestrator does not see: a one-sentence note, and the section appended to the diff
 * that lists the {@link Omission}s. The section has a token cap; if the list does not fit, the least
 * important entries are folded into one closing line with their count and sizes, so even then every
 * omission is accounted for.
 */
final class OmissionSummary {

    /** Room kept for the closing "... and N more" line while listing. */
    private static final int FOLD_LINE_TOKENS = 64;

    private final TokenCounter counter;

    OmissionSummary(final TokenCounter counter) {
        this.counter = counter;
    }

    /** The appended section, and how many omissions it folds into its closing line instead of listing. */
    record Section(String text, int folded) {
    }

    /** The section appended to the diff, listing omissions while they fit {@code cap} tokens. */
    Section render(final List<Omission> omissions, final String note, final int cap) {
        final StringBuilder out = new StringBuilder(ChangeContext.SUMMARY_HEADING).append('\n')
                .append(note).append('\n');
        int used = counter.count(out.toString());
        int listed = 0;
        for (final Omission omission : omissions) {
            final String line = "- " + omission.line() + "\n";
            final int tokens = counter.count(line);
            final boolean last = listed == omissions.size() - 1;
            if (used + tokens + (last ? 0 : FOLD_LINE_TOKENS) > cap) {
                break;
            }
            out.append(line);
            used += tokens;
            listed++;
        }
        if (listed < omissions.size()) {
            out.append(foldLine(omissions.subList(listed, omissions.size())));
        }
        return new Section(out.toString(), omissions.size() - listed);
    }

    private static String foldLine(final List<Omission> rest) {
        final Map<String, Integer> byKind = new LinkedHashMap<>();
        rest.forEach(o -> byKind.merge(o.kind().label(), 1, Integer::sum));
        final StringJoiner kinds = new StringJoiner(", ");
        byKind.forEach((kind, n) -> kinds.add(n + " " + kind));
        return "- ... and " + rest.size() + " more not listed (" + kinds + "): +"
                + number(rest.stream().mapToInt(Omission::addedLines).sum()) + " -"
                + number(rest.stream().mapToInt(Omission::removedLines).sum()) + " lines, "
                + number(rest.stream().mapToInt(Omission::tokens).sum()) + " tokens\n";
    }

    /** One sentence: how many files are not shown in full, what kinds, how big, and what was summarised. */
    String note(final List<Omission> omissions, final int files, final int trimmedHunks, final int budget,
                final int fullTokens) {
        final long notInFull = omissions.stream().filter(o -> o.reason() != Omission.Reason.UNPARSED).count();
        final String fit = " to fit the " + number(budget) + "-token budget (the whole diff has "
                + number(fullTokens) + " tokens)";
        final StringBuilder note = new StringBuilder();
        if (files == 0) {
            note.append("The input holds no file diff; it is not shown in full").append(fit);
        } else if (notInFull == 0) {
            note.append("All ").append(files).append(files == 1 ? " file is" : " files are").append(" shown").append(fit);
        } else {
            note.append(notInFull).append(" of ").append(files).append(" files not shown in full").append(fit);
        }
        final List<String> parts = new ArrayList<>();
        final StringJoiner omitted = new StringJoiner(", ", "omitted ", "").setEmptyValue("");
        for (final FileKind kind : FileKind.values()) {
            addGroup(omitted, omissions, kind, Omission.Reason.FILE_OMITTED, plural(kind.label()) + " ");
            addGroup(omitted, omissions, kind, Omission.Reason.HUNKS_OMITTED, kind.label() + " hunks ");
        }
        final List<Omission> deleted = of(omissions, Omission.Reason.DELETED);
        if (!deleted.isEmpty()) {
            omitted.add("the content of " + deleted.size() + " deleted " + (deleted.size() == 1 ? "file" : "files")
                    + " (" + number(tokens(deleted)) + " tokens)");
        }
        final List<Omission> unparsed = of(omissions, Omission.Reason.UNPARSED);
        if (!unparsed.isEmpty()) {
            omitted.add(unparsed.size() + (unparsed.size() == 1 ? " block" : " blocks")
                    + " of text that is not a diff (" + number(tokens(unparsed)) + " tokens)");
        }
        parts.add(omitted.toString());
        final StringJoiner summarised = new StringJoiner(", ", "summarised in one line each ", "").setEmptyValue("");
        count(summarised, omissions, Omission.Reason.BINARY, "binary file", "binary files");
        count(summarised, omissions, Omission.Reason.RENAME_ONLY, "rename or copy", "renames or copies");
        count(summarised, omissions, Omission.Reason.MODE_ONLY, "mode change", "mode changes");
        count(summarised, omissions, Omission.Reason.NO_CONTENT, "empty file", "empty files");
        parts.add(summarised.toString());
        if (trimmedHunks > 0) {
            parts.add("context cut to at most one line in " + trimmedHunks + (trimmedHunks == 1 ? " hunk" : " hunks")
                    + " (all changed lines shown)");
        }
        parts.removeIf(String::isEmpty);
        return note.append(parts.isEmpty() ? "." : ": " + String.join("; ", parts) + ".").toString();
    }

    private static void addGroup(final StringJoiner out, final List<Omission> omissions, final FileKind kind,
                                 final Omission.Reason reason, final String noun) {
        final List<Omission> group = omissions.stream().filter(o -> o.kind() == kind && o.reason() == reason).toList();
        if (group.isEmpty()) {
            return;
        }
        final int n = reason == Omission.Reason.FILE_OMITTED ? group.size()
                : group.stream().mapToInt(Omission::hunksOmitted).sum();
        out.add(n + " " + (n == 1 ? singular(noun) : noun) + "(" + number(tokens(group)) + " tokens)");
    }

    private static void count(final StringJoiner out, final List<Omission> omissions, final Omission.Reason reason,
                              final String one, final String many) {
        final int n = of(omissions, reason).size();
        if (n > 0) {
            out.add(n + " " + (n == 1 ? one : many));
        }
    }

    private static List<Omission> of(final List<Omission> omissions, final Omission.Reason reason) {
        return omissions.stream().filter(o -> o.reason() == reason).toList();
    }

    private static int tokens(final List<Omission> omissions) {
        return omissions.stream().mapToInt(Omission::tokens).sum();
    }

    private static String plural(final String label) {
        return label.endsWith("file") ? label + "s" : label + " files";
    }

    private static String singular(final String noun) {
        return noun.replace("files ", "file ").replace("hunks ", "hunk ");
    }

    static String number(final int n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
