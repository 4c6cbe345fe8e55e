package io.obra.context;

import java.util.ArrayList;
import java.util.List;

/**
 * How much of one hunk the context shows while it is being fitted to the budget: nothing, its
 * changed lines with 0 or 1 lines of context, or all of it. Tokens are counted once per line, so
 * that the size of every trimmed form is a sum, not another pass of the tokenizer over a huge diff;
 * the sum slightly overestimates the count of the joined text, and the builder counts the final
 * text exactly anyway. Mutable, confined to one {@link ContextBuilder#build} call.
 */
final class HunkPlan {

    /** How much of the hunk is shown; later constants show more. */
    enum Level { NONE, CONTEXT0, CONTEXT1, FULL }

    private final Hunk hunk;
    private final LineTokens counter;
    private final int[] lineTokens;
    private final int fullTokens;
    private final List<List<Hunk>> trimmed = new ArrayList<>(List.of(List.of(), List.of()));
    private final int[] trimmedTokens = {-1, -1};
    private Level level = Level.NONE;

    HunkPlan(final Hunk hunk, final LineTokens counter) {
        this.hunk = hunk;
        this.counter = counter;
        final List<DiffLine> lines = hunk.lines();
        this.lineTokens = new int[lines.size()];
        int sum = counter.count(hunk.header().render());
        for (int i = 0; i < lineTokens.length; i++) {
            lineTokens[i] = counter.count(lines.get(i).render());
            sum += lineTokens[i];
        }
        this.fullTokens = sum;
    }

    Hunk hunk() {
        return hunk;
    }

    Level level() {
        return level;
    }

    void level(final Level value) {
        level = value;
    }

    /** Tokens of the hunk shown at {@code at} (summed per line). */
    int tokens(final Level at) {
        return switch (at) {
            case NONE -> 0;
            case FULL -> fullTokens;
            case CONTEXT0, CONTEXT1 -> {
                final int i = at.ordinal() - 1;
                if (trimmedTokens[i] < 0) {
                    trimmedTokens[i] = isTrimmed(at) ? trimmedTokens(i) : fullTokens;
                }
                yield trimmedTokens[i];
            }
        };
    }

    private int trimmedTokens(final int context) {
        int sum = 0;
        for (final Hunk piece : form(context)) {
            sum += counter.count(piece.header().render());
        }
        final boolean[] keep = ContextTrimmer.keepMask(hunk.lines(), context);
        for (int i = 0; i < keep.length; i++) {
            sum += keep[i] ? lineTokens[i] : 0;
        }
        return sum;
    }

    /** True when showing the hunk at {@code at} leaves out context lines that FULL would show. */
    boolean isTrimmed(final Level at) {
        return (at == Level.CONTEXT0 || at == Level.CONTEXT1) && form(at.ordinal() - 1).get(0) != hunk;
    }

    /** True when the hunk is shown, but with fewer context lines than the diff had. */
    boolean trimmed() {
        return isTrimmed(level);
    }

    /** The hunk as currently shown (empty when not shown). */
    String render() {
        return switch (level) {
            case NONE -> "";
            case FULL -> hunk.render();
            case CONTEXT0, CONTEXT1 -> {
                final StringBuilder out = new StringBuilder();
                for (final Hunk piece : form(level.ordinal() - 1)) {
                    out.append(piece.render());
                }
                yield out.toString();
            }
        };
    }

    private List<Hunk> form(final int context) {
        if (trimmed.get(context).isEmpty()) {
            final List<Hunk> pieces = ContextTrimmer.trim(hunk, context);
            // A hunk without changed lines trims to nothing; showing it whole is the honest form.
            trimmed.set(context, pieces.isEmpty() ? List.of(hunk) : pieces);
        }
        return trimmed.get(context);
    }
}
