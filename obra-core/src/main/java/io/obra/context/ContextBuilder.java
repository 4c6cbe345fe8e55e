package io.obra.context;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;

/**
 * Fits a diff into the orchestrator's token budget. A diff that fits is sent exactly as given.
 * Otherwise it is rebuilt from whole hunks in the order of {@link StepOrder} (source changes first,
 * generated, lock and vendored files last; changed lines before their context), binary files,
 * renames, mode changes and deleted files become one summary line each, and a section listing every
 * file not shown in full is appended. A hunk is never cut in the middle: it is shown with all its
 * changed lines (context possibly reduced to one line or none) or not at all. The sent text never
 * exceeds the budget; that is checked by counting the final text, not estimated.
 *
 * <p>Stateless and thread-safe; build one per {@link TokenCounter} and reuse it.
 */
public final class ContextBuilder {

    /** Below this even the summary of a large diff cannot be said. */
    public static final int MIN_BUDGET = 200;

    /** At most this share of the budget is set aside for the summary before hunks are chosen. */
    private static final int SUMMARY_SHARE_DIVISOR = 4;
    /** Tokens kept free when topping up, since the summary changes as more is shown. */
    private static final int TOP_UP_MARGIN = 16;
    private static final int TOP_UP_ROUNDS = 3;
    /** How many more tokens a "3 of 7 hunks not shown (at lines ...)" line takes than an "all hunks" one. */
    private static final int PARTIAL_LINE_EXTRA = 40;

    private final TokenCounter counter;
    private final FileClassifier classifier;
    private final OmissionSummary summary;

    public ContextBuilder(final TokenCounter counter, final FileClassifier classifier) {
        this.counter = Objects.requireNonNull(counter, "counter");
        this.classifier = Objects.requireNonNull(classifier, "classifier");
        this.summary = new OmissionSummary(counter);
    }

    public ContextBuilder(final TokenCounter counter) {
        this(counter, new FileClassifier());
    }

    /**
     * The change as the orchestrator should see it within {@code budget} tokens.
     *
     * @param diff   {@code git diff} output, any size; text that is not a diff is kept or listed, never lost
     * @param budget tokens the change may take in the prompt ({@code context.maxTokens})
     * @throws IllegalArgumentException if {@code budget} is below {@link #MIN_BUDGET}
     */
    public ChangeContext build(final String diff, final int budget) {
        Objects.requireNonNull(diff, "diff");
        if (budget < MIN_BUDGET) {
            throw new IllegalArgumentException("the context budget (context.maxTokens) must be at least "
                    + MIN_BUDGET + " tokens, got " + budget);
        }
        final LineTokens lines = new LineTokens(diff, counter);
        final int fullTokens = lines.total();
        if (fullTokens <= budget) {
            final String note = diff.isEmpty() ? "The diff is empty."
                    : "The whole diff is shown (" + OmissionSummary.number(fullTokens) + " tokens, budget "
                    + OmissionSummary.number(budget) + ").";
            return new ChangeContext(diff, fullTokens, fullTokens, budget, true, List.of(), 0, "", note);
        }
        final List<FilePlan> plans = plan(UnifiedDiff.parse(diff), lines);
        final Fitting fitting = new Fitting(plans, budget, fullTokens);
        return fitting.fit();
    }

    private List<FilePlan> plan(final UnifiedDiff diff, final LineTokens lines) {
        final List<FilePlan> plans = new ArrayList<>();
        for (final FileDiff file : diff.files()) {
            // Text that is not a diff may be a commit message or garbage: kept if docs-level room remains.
            final FileKind kind = file.change() == FileChange.UNPARSED ? FileKind.DOCS : classifier.classify(file);
            plans.add(new FilePlan(plans.size(), file, kind, lines));
        }
        return plans;
    }

    /** The fitting of one diff: mutable, lives for one {@link #build} call. */
    private final class Fitting {
        private final List<FilePlan> plans;
        private final int budget;
        private final int fullTokens;
        private final int files;
        private final List<Step> steps;
        private final Deque<Step.Taken> taken = new ArrayDeque<>();

        Fitting(final List<FilePlan> plans, final int budget, final int fullTokens) {
            this.plans = plans;
            this.budget = budget;
            this.fullTokens = fullTokens;
            this.files = (int) plans.stream().filter(p -> !p.unparsed()).count();
            this.steps = StepOrder.of(plans);
        }

        ChangeContext fit() {
            take(budget - summaryReserve());
            Rendered rendered = render(0);
            // Spend what the reserve left over, but never at the price of listing fewer omissions.
            for (int round = 0; round < TOP_UP_ROUNDS && rendered.tokens() <= budget; round++) {
                final int slack = budget - rendered.tokens() - TOP_UP_MARGIN;
                final int before = taken.size();
                if (slack <= 0 || take(slack) == 0) {
                    break;
                }
                final Rendered next = render(0);
                if (next.tokens() > budget || next.folded() > rendered.folded()) {
                    while (taken.size() > before) {
                        taken.pop().undo().run();
                    }
                    break;
                }
                rendered = next;
            }
            while (rendered.tokens() > budget && !taken.isEmpty()) {
                taken.pop().undo().run();
                rendered = render(0);
            }
            int squeeze = 0;
            while (rendered.tokens() > budget && squeeze <= budget) {
                // Nothing is shown any more and the summary alone is over: list fewer entries.
                squeeze += rendered.tokens() - budget;
                rendered = render(squeeze);
            }
            return rendered.tokens() <= budget ? rendered.context() : bare(rendered.context());
        }

        /** For a budget too small even for the note: a heading and one short sentence. */
        private ChangeContext bare(final ChangeContext full) {
            final String note = "None of the " + files + " changed files is shown: the " + OmissionSummary.number(budget)
                    + "-token budget cannot even hold their summary (the whole diff has "
                    + OmissionSummary.number(fullTokens) + " tokens).";
            final String section = ChangeContext.SUMMARY_HEADING + "\n" + note + "\n";
            return new ChangeContext(section, fullTokens, counter.count(section), budget, false, full.omissions(),
                    0, section, note);
        }

        /**
         * Tokens the summary would need if nothing were shown, capped at a share of the budget. A
         * file partly shown later gets a longer line (where its missing hunks are), hence the allowance.
         */
        private int summaryReserve() {
            final List<Omission> all = Omissions.of(plans);
            final int lines = all.stream()
                    .mapToInt(o -> counter.count("- " + o.line() + "\n") + (o.hunksTotal() > 1 ? PARTIAL_LINE_EXTRA : 0))
                    .sum();
            final String note = summary.note(all, files, 0, budget, fullTokens);
            final int heading = counter.count(ChangeContext.SUMMARY_HEADING + "\n" + note + "\n");
            return heading + Math.min(lines, budget / SUMMARY_SHARE_DIVISOR) + TOP_UP_MARGIN;
        }

        /** Takes, in order, every step not yet taken that fits; returns how many. */
        private int take(final int available) {
            int left = available;
            int count = 0;
            for (final Step step : steps) {
                final Step.Taken done = step.tryTake(left);
                if (done != null) {
                    taken.push(done);
                    left -= done.cost();
                    count++;
                }
            }
            return count;
        }

        private Rendered render(final int squeeze) {
            final StringBuilder body = new StringBuilder();
            int trimmed = 0;
            for (final FilePlan plan : plans) {
                body.append(plan.render());
                trimmed += (int) plan.hunks().stream().filter(HunkPlan::trimmed).count();
            }
            if (!body.isEmpty() && body.charAt(body.length() - 1) != '\n') {
                body.append('\n');
            }
            final String diffPart = body.toString();
            final List<Omission> omissions = Omissions.of(plans);
            final String note = summary.note(omissions, files, trimmed, budget, fullTokens);
            final int cap = budget - counter.count(diffPart) - squeeze;
            final OmissionSummary.Section section = summary.render(omissions, note, cap);
            final String text = diffPart + section.text();
            final int tokens = counter.count(text);
            return new Rendered(new ChangeContext(text, fullTokens, tokens, budget, false, omissions, trimmed,
                    section.text(), note), tokens, section.folded());
        }
    }

    /** A candidate text, its exact size, and how many omissions its summary could not list one by one. */
    private record Rendered(ChangeContext context, int tokens, int folded) {
    }
}
