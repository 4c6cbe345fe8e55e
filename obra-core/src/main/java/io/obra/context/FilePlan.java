package io.obra.context;

import java.util.ArrayList;
import java.util.List;

/**
 * One file of the diff while it is being fitted to the budget: its kind, the tokens of its header,
 * and a {@link HunkPlan} per hunk. Unparsed text is one unit shown whole or not at all. Mutable,
 * confined to one {@link ContextBuilder#build} call.
 */
final class FilePlan {

    private final int index;
    private final FileDiff file;
    private final FileKind kind;
    private final int headerTokens;
    private final List<HunkPlan> hunks;
    private boolean unparsedShown;

    FilePlan(final int index, final FileDiff file, final FileKind kind, final LineTokens counter) {
        this.index = index;
        this.file = file;
        this.kind = kind;
        this.headerTokens = counter.count(file.renderHeader());
        final List<HunkPlan> plans = new ArrayList<>();
        if (!summarisedOnly(file)) {
            for (final Hunk hunk : file.hunks()) {
                plans.add(new HunkPlan(hunk, counter));
            }
        }
        this.hunks = List.copyOf(plans);
    }

    /** Binary files and files without hunks (pure renames, mode changes, empty files) become one summary line. */
    private static boolean summarisedOnly(final FileDiff file) {
        return file.change() != FileChange.UNPARSED && (file.binary() || file.hunks().isEmpty());
    }

    int index() {
        return index;
    }

    FileDiff file() {
        return file;
    }

    FileKind kind() {
        return kind;
    }

    int headerTokens() {
        return headerTokens;
    }

    List<HunkPlan> hunks() {
        return hunks;
    }

    boolean unparsed() {
        return file.change() == FileChange.UNPARSED;
    }

    boolean summarisedOnly() {
        return summarisedOnly(file);
    }

    boolean deleted() {
        return file.change() == FileChange.DELETED;
    }

    boolean unparsedShown() {
        return unparsedShown;
    }

    void unparsedShown(final boolean value) {
        unparsedShown = value;
    }

    /** True when any of it is in the text sent. */
    boolean shown() {
        return unparsed() ? unparsedShown : hunks.stream().anyMatch(h -> h.level() != HunkPlan.Level.NONE);
    }

    /** True when all of it is in the text sent, context included. */
    boolean shownInFull() {
        return unparsed() ? unparsedShown
                : !summarisedOnly() && hunks.stream().allMatch(h -> h.level() == HunkPlan.Level.FULL);
    }

    /** Its part of the text sent: header and shown hunks in their original order, or nothing. */
    String render() {
        if (!shown()) {
            return "";
        }
        final StringBuilder out = new StringBuilder(file.renderHeader());
        for (final HunkPlan hunk : hunks) {
            out.append(hunk.render());
        }
        return out.toString();
    }
}
