package io.obra.context;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

import static io.obra.context.OmissionSummary.number;

/**
 * Finds what the orchestrator does not see in the current state of a fitting: one {@link Omission}
 * per file not shown in full, with the line that stands for it in the summary.
 */
final class Omissions {

    private static final int MAX_RANGES = 4;

    private Omissions() {
    }

    /** The files not shown in full in the current state of the plans, most important kind first. */
    static List<Omission> of(final List<FilePlan> plans) {
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

    private static Omission omission(final FilePlan plan) {
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

    private static Omission summarised(final FilePlan plan) {
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
}
