package io.obra.context;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Says what the orchestrator does not see: one {@link Omission} per file not shown in full, a
 * one-sentence note, and the section appended to the diff that lists them. The section has a token
 * cap; if the list does not fit, the least important entries are folded into one closing line with
 * their count and sizes, so even then every omission is accounted for.
 */
final class OmissionSummary {

    /** Room kept for the closing "... and N more" line while listing. */
    private static final int FOLD_LINE_TOKENS = 64;
    private static final int MAX_RANGES = 4;

    private final TokenCounter counter;

    OmissionSummary(final TokenCounter counter) {
        this.counter = counter;
    }

    /** The files not shown in full in the current state of the plans, most important kind first. */
    List<Omission> omissions(final List<FilePlan> plans) {
        final List<Omission> out = new ArrayList<>();
        for (final FilePlan plan : plans) {
            final Omission omission = omission(plan);
            if (omission != null) {
                out.add(omission);
            }
        }
        out.sort(Comparator.comparingInt(o -> o.kind().rank()));
        return out;
    }

    private Omission omission(final FilePlan plan) {
        final FileDiff file = plan.file();
        if (plan.unparsed()) {
            if (plan.unparsedShown()) {
                return null;
            }
            final String path = "(text that is not a diff: \"" + display(abbreviate(firstLine(file), 40)) + "\")";
            final String line = path + ": " + file.header().size() + " lines, " + number(plan.headerTokens())
                    + " tokens";
            return new Omission(path, plan.kind(), Omission.Reason.UNPARSED, 0, 0, 0, 0, plan.headerTokens(),
                    List.of(), line);
        }
        if (plan.summarisedOnly()) {
            return summarised(plan);
        }
        final List<HunkPlan> missing = plan.hunks().stream().filter(h -> h.level() == HunkPlan.Level.NONE).toList();
        if (missing.isEmpty()) {
            return null;
        }
        final int added = missing.stream().mapToInt(h -> h.hunk().addedLines()).sum();
        final int removed = missing.stream().mapToInt(h -> h.hunk().removedLines()).sum();
        final int tokens = missing.stream().mapToInt(h -> h.tokens(HunkPlan.Level.FULL)).sum()
                + (plan.shown() ? 0 : plan.headerTokens());
        final List<String> headers = missing.stream().map(h -> h.hunk().header().text()).toList();
        final String path = display(file.path());
        final int total = plan.hunks().size();
        if (plan.deleted()) {
            final String line = "deleted " + path + " [" + plan.kind().label() + "]: " + lines(removed) + ", "
                    + number(tokens) + " tokens not shown";
            return new Omission(file.path(), plan.kind(), Omission.Reason.DELETED, total, total, added, removed,
                    tokens, headers, line);
        }
        final String counts = ", +" + number(added) + " -" + number(removed) + " lines, " + number(tokens) + " tokens";
        if (missing.size() == total) {
            final String line = path + " [" + plan.kind().label() + "]" + origin(file) + ": "
                    + (total == 1 ? "its hunk" : "all " + total + " hunks") + " not shown" + counts;
            return new Omission(file.path(), plan.kind(), Omission.Reason.FILE_OMITTED, total, total, added, removed,
                    tokens, headers, line);
        }
        // Where the missing hunks are helps a reviewer of source; of a lock file it is noise.
        final String where = plan.kind().lowPriority() ? "" : " (" + ranges(missing) + ")";
        final String line = path + " [" + plan.kind().label() + "]" + origin(file) + ": " + missing.size() + " of "
                + total + " hunks not shown" + where + counts;
        return new Omission(file.path(), plan.kind(), Omission.Reason.HUNKS_OMITTED, missing.size(), total, added,
                removed, tokens, headers, line);
    }

    private Omission summarised(final FilePlan plan) {
        final FileDiff file = plan.file();
        final String path = display(file.path());
        final String mode = file.modeChanged() ? ", mode " + file.oldMode() + " -> " + file.newMode() : "";
        final Omission.Reason reason;
        final String line;
        if (file.binary()) {
            reason = Omission.Reason.BINARY;
            line = switch (file.change()) {
                case ADDED -> "binary file added: " + path;
                case DELETED -> "binary file deleted: " + path;
                case RENAMED, COPIED -> "binary file " + (file.change() == FileChange.RENAMED ? "renamed" : "copied")
                        + ": " + display(file.oldPath()) + " -> " + path;
                default -> "binary file changed: " + path;
            } + mode;
        } else if (file.change() == FileChange.RENAMED || file.change() == FileChange.COPIED) {
            reason = Omission.Reason.RENAME_ONLY;
            line = (file.change() == FileChange.RENAMED ? "renamed " : "copied ") + display(file.oldPath()) + " -> "
                    + path + ", no content change" + mode;
        } else if (file.modeChanged()) {
            reason = Omission.Reason.MODE_ONLY;
            line = "mode " + file.oldMode() + " -> " + file.newMode() + ": " + path;
        } else {
            reason = Omission.Reason.NO_CONTENT;
            line = switch (file.change()) {
                case ADDED -> "empty file added: " + path;
                case DELETED -> "empty file deleted: " + path;
                default -> "changed, no content shown by git: " + path;
            };
        }
        return new Omission(file.path(), plan.kind(), reason, 0, 0, 0, 0, plan.headerTokens(), List.of(), line);
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

    private static String origin(final FileDiff file) {
        return switch (file.change()) {
            case ADDED -> " (new file)";
            case RENAMED -> " (renamed from " + display(file.oldPath()) + ")";
            case COPIED -> " (copied from " + display(file.oldPath()) + ")";
            default -> "";
        };
    }

    /** Where the omitted hunks are, in new-file line numbers; the first few only. */
    private static String ranges(final List<HunkPlan> missing) {
        final StringJoiner out = new StringJoiner(", ", "at lines ", "");
        for (int i = 0; i < missing.size() && i < MAX_RANGES; i++) {
            final Hunk h = missing.get(i).hunk();
            out.add(h.newCount() == 0 ? "after " + h.newStart()
                    : h.newStart() + "-" + (h.newStart() + h.newCount() - 1));
        }
        return out + (missing.size() > MAX_RANGES ? ", ..." : "");
    }

    private static String lines(final int n) {
        return number(n) + (n == 1 ? " line" : " lines");
    }

    private static String firstLine(final FileDiff file) {
        return file.header().isEmpty() ? "" : file.header().get(0).text();
    }

    private static String abbreviate(final String s, final int max) {
        return s.length() <= max ? s : s.substring(0, max) + "...";
    }

    /** Paths may hold control characters; escaped as git escapes them, a summary line stays one line. */
    private static String display(final String s) {
        final StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            switch (cp) {
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> {
                    if (Character.isISOControl(cp)) {
                        out.append(String.format(Locale.ROOT, "\\%03o", cp));
                    } else {
                        out.appendCodePoint(cp);
                    }
                }
            }
        });
        return out.toString();
    }

    static String number(final int n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
