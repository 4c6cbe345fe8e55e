package io.obra.context;

import java.util.ArrayList;
import java.util.List;

/**
 * One way to show more of the diff: a hunk's changed lines with minimal context, a hunk in full, or
 * a whole file (deleted files and unparsed text, which are shown whole or not at all). The builder
 * tries steps in priority order and takes each one that still fits.
 */
final class Step {

    /** What the step shows. */
    enum Target {
        /** The hunk's changed lines with 1, else 0, lines of context. */
        MIN,
        /** The hunk as the diff had it. */
        FULL,
        /** Every hunk of the file in full, or the unparsed text. */
        WHOLE
    }

    /** A step taken: what it cost and how to take it back. */
    record Taken(int cost, Runnable undo) {
    }

    private final FilePlan file;
    private final HunkPlan hunk;
    private final Target target;

    private Step(final FilePlan file, final HunkPlan hunk, final Target target) {
        this.file = file;
        this.hunk = hunk;
        this.target = target;
    }

    static Step hunk(final FilePlan file, final HunkPlan hunk, final Target target) {
        return new Step(file, hunk, target);
    }

    static Step whole(final FilePlan file) {
        return new Step(file, null, Target.WHOLE);
    }

    /** Takes the step if it shows something new within {@code available} tokens; null otherwise. */
    Taken tryTake(final int available) {
        final int header = file.shown() ? 0 : file.headerTokens();
        return switch (target) {
            case MIN -> hunk.level() != HunkPlan.Level.NONE ? null : minimal(header, available);
            case FULL -> raise(List.of(hunk), header, available);
            case WHOLE -> file.unparsed() ? unparsed(header, available) : raise(file.hunks(), header, available);
        };
    }

    private Taken minimal(final int header, final int available) {
        for (final HunkPlan.Level level : List.of(HunkPlan.Level.CONTEXT1, HunkPlan.Level.CONTEXT0)) {
            final int cost = header + hunk.tokens(level);
            if (cost <= available) {
                // A hunk too short to lose context is simply shown in full.
                hunk.level(hunk.isTrimmed(level) ? level : HunkPlan.Level.FULL);
                return new Taken(cost, () -> hunk.level(HunkPlan.Level.NONE));
            }
        }
        return null;
    }

    private static Taken raise(final List<HunkPlan> hunks, final int header, final int available) {
        int cost = header;
        final List<HunkPlan> raised = new ArrayList<>();
        final List<HunkPlan.Level> before = new ArrayList<>();
        for (final HunkPlan h : hunks) {
            if (h.level() != HunkPlan.Level.FULL) {
                cost += h.tokens(HunkPlan.Level.FULL) - h.tokens(h.level());
                raised.add(h);
                before.add(h.level());
            }
        }
        if (raised.isEmpty() || cost > available) {
            return null;
        }
        raised.forEach(h -> h.level(HunkPlan.Level.FULL));
        return new Taken(cost, () -> {
            for (int i = 0; i < raised.size(); i++) {
                raised.get(i).level(before.get(i));
            }
        });
    }

    private Taken unparsed(final int header, final int available) {
        if (file.unparsedShown() || header > available) {
            return null;
        }
        file.unparsedShown(true);
        return new Taken(header, () -> file.unparsedShown(false));
    }
}
