package io.obra.context;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * The order in which the builder tries to show the diff; what comes first is kept first.
 * <ol>
 *   <li>Changed lines (with at most one line of context) of source, then test, config and docs
 *       files, then unparsed text;</li>
 *   <li>the full context of those hunks, in the same order;</li>
 *   <li>the content of deleted files of those kinds (a reviewer mostly needs to know that a file
 *       went, which the summary says, and only then what was in it);</li>
 *   <li>generated, lock, vendored and binary-kind files: changed lines, full context, deletions.</li>
 * </ol>
 * Within one kind, hunks are taken round by round: every file's smallest hunk first, then every
 * file's second smallest, and so on, each round smallest first. That covers as many files and shows
 * as many hunks as the budget allows, instead of spending it on the first large file.
 */
final class StepOrder {

    private static final int LOW_RANK = 4;

    private StepOrder() {
    }

    static List<Step> of(final List<FilePlan> plans) {
        final List<Step> steps = new ArrayList<>();
        final Predicate<FilePlan> changed = p -> !p.unparsed() && !p.summarisedOnly() && !p.deleted();
        for (int rank = 0; rank < LOW_RANK; rank++) {
            steps.addAll(hunkSteps(select(plans, changed, rank), Step.Target.MIN));
            if (rank == FileKind.DOCS.rank()) {
                select(plans, FilePlan::unparsed, rank).forEach(p -> steps.add(Step.whole(p)));
            }
        }
        for (int rank = 0; rank < LOW_RANK; rank++) {
            steps.addAll(hunkSteps(select(plans, changed, rank), Step.Target.FULL));
        }
        final Predicate<FilePlan> deleted = p -> p.deleted() && !p.summarisedOnly();
        for (int rank = 0; rank < LOW_RANK; rank++) {
            steps.addAll(wholeSteps(select(plans, deleted, rank)));
        }
        steps.addAll(hunkSteps(select(plans, changed, LOW_RANK), Step.Target.MIN));
        steps.addAll(hunkSteps(select(plans, changed, LOW_RANK), Step.Target.FULL));
        steps.addAll(wholeSteps(select(plans, deleted, LOW_RANK)));
        return steps;
    }

    private static List<FilePlan> select(final List<FilePlan> plans, final Predicate<FilePlan> which, final int rank) {
        return plans.stream().filter(which).filter(p -> p.kind().rank() == rank).toList();
    }

    private record Ranked(int round, int tokens, int file, int position, Step step) {
    }

    private static List<Step> hunkSteps(final List<FilePlan> files, final Step.Target target) {
        final List<Ranked> ranked = new ArrayList<>();
        for (final FilePlan file : files) {
            final List<HunkPlan> hunks = file.hunks();
            final List<Integer> bySize = new ArrayList<>();
            for (int i = 0; i < hunks.size(); i++) {
                bySize.add(i);
            }
            bySize.sort(Comparator.comparingInt(i -> hunks.get(i).tokens(HunkPlan.Level.FULL)));
            for (int round = 0; round < bySize.size(); round++) {
                final int position = bySize.get(round);
                final HunkPlan hunk = hunks.get(position);
                ranked.add(new Ranked(round, hunk.tokens(HunkPlan.Level.FULL), file.index(), position,
                        Step.hunk(file, hunk, target)));
            }
        }
        ranked.sort(Comparator.comparingInt(Ranked::round).thenComparingInt(Ranked::tokens)
                .thenComparingInt(Ranked::file).thenComparingInt(Ranked::position));
        return ranked.stream().map(Ranked::step).toList();
    }

    private static List<Step> wholeSteps(final List<FilePlan> files) {
        return files.stream()
                .sorted(Comparator.comparingInt(StepOrder::wholeTokens).thenComparingInt(FilePlan::index))
                .map(Step::whole)
                .toList();
    }

    private static int wholeTokens(final FilePlan file) {
        return file.headerTokens() + file.hunks().stream().mapToInt(h -> h.tokens(HunkPlan.Level.FULL)).sum();
    }
}
