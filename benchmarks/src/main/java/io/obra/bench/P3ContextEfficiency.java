package io.obra.bench;

import io.obra.config.ContextSettings;
import io.obra.context.ChangeContext;
import io.obra.context.ContextBuilder;
import io.obra.context.DiffLine;
import io.obra.context.FileChange;
import io.obra.context.FileClassifier;
import io.obra.context.FileDiff;
import io.obra.context.FileKind;
import io.obra.context.Hunk;
import io.obra.context.TokenCounter;
import io.obra.context.UnifiedDiff;
import io.obra.testing.DiffCorpus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * P3: tokens the {@link ContextBuilder} sends at the default budget against the whole diff, over every
 * entry of {@link DiffCorpus}, and how many hunks of source files reach the orchestrator. A source hunk
 * counts as kept when the sent diff shows a hunk of the same file with exactly its changed lines (context
 * lines may be fewer), read back from the sent text, not from the builder's own bookkeeping. Token
 * counts are exact (o200k_base), so there is no noise margin.
 */
public final class P3ContextEfficiency {

    static final double TARGET_REDUCTION = 0.35;

    private P3ContextEfficiency() {
    }

    private record Result(DiffCorpus.Entry entry, ChangeContext context, int sourceHunks, int keptHunks,
                          int sourceTokens) {
        double reduction() {
            return 1 - context.sentTokens() / (double) Math.max(1, context.fullTokens());
        }
    }

    public static void main(final String[] args) {
        int budget = ContextSettings.defaults().maxTokens();
        TokenCounter counter = TokenCounter.o200k();
        FileClassifier classifier = new FileClassifier();
        ContextBuilder builder = new ContextBuilder(counter, classifier);
        List<Result> results = new ArrayList<>();
        System.out.printf(Locale.ROOT, "P3: budget %,d tokens (o200k_base)%n", budget);
        System.out.printf(Locale.ROOT, "%-22s %12s %8s %8s %13s%n", "diff", "whole", "sent", "fewer", "source hunks");
        for (DiffCorpus.Entry entry : DiffCorpus.all()) {
            ChangeContext context = builder.build(entry.diff(), budget);
            UnifiedDiff original = UnifiedDiff.parse(entry.diff());
            List<FileDiff> source = original.files().stream()
                    .filter(f -> f.change() != FileChange.UNPARSED && f.change() != FileChange.DELETED
                            && classifier.classify(f) == FileKind.SOURCE && !f.hunks().isEmpty())
                    .toList();
            Map<String, Set<List<DiffLine>>> sent = changedLinesByPath(UnifiedDiff.parse(context.diff()));
            int hunks = 0;
            int kept = 0;
            int sourceTokens = 0;
            for (FileDiff file : source) {
                sourceTokens += counter.count(file.render());
                for (Hunk hunk : file.hunks()) {
                    hunks++;
                    kept += sent.getOrDefault(file.path(), Set.of()).contains(changedLines(hunk)) ? 1 : 0;
                }
            }
            Result result = new Result(entry, context, hunks, kept, sourceTokens);
            results.add(result);
            System.out.printf(Locale.ROOT, "%-22s %,12d %,8d %7.1f%% %6d/%-6d%s%n", entry.name(),
                    context.fullTokens(), context.sentTokens(), 100 * result.reduction(), kept, hunks,
                    sourceTokens > budget ? "  (source alone exceeds the budget)" : "");
        }
        report(results, budget);
    }

    private static void report(final List<Result> results, final int budget) {
        long full = results.stream().mapToLong(r -> r.context.fullTokens()).sum();
        long sent = results.stream().mapToLong(r -> r.context.sentTokens()).sum();
        double reduction = 1 - sent / (double) full;
        List<Result> withoutLargest = results.stream().filter(r -> !r.entry.name().equals("monorepo-5mb")).toList();
        double reductionWithoutLargest = 1 - withoutLargest.stream().mapToLong(r -> r.context.sentTokens()).sum()
                / (double) withoutLargest.stream().mapToLong(r -> r.context.fullTokens()).sum();
        long overBudget = results.stream().filter(r -> !r.context.whole()).count();
        new Row(String.format(Locale.ROOT, "P3 tokens sent vs whole diff (%d diffs, budget %,d)", results.size(),
                        budget),
                String.format(Locale.ROOT, "%.1f %% fewer (%,d of %,d tokens; %.1f %% fewer without the 5 MB diff;"
                        + " %d diffs over budget cut, %d sent whole)", 100 * reduction, sent, full,
                        100 * reductionWithoutLargest, overBudget, results.size() - overBudget),
                String.format(Locale.ROOT, ">= %.0f %% fewer (exact counts)", TARGET_REDUCTION * 100),
                Verdict.of(reduction >= TARGET_REDUCTION)).print();
        List<Result> fitting = results.stream().filter(r -> r.sourceTokens <= budget).toList();
        int fitHunks = fitting.stream().mapToInt(r -> r.sourceHunks).sum();
        int fitKept = fitting.stream().mapToInt(r -> r.keptHunks).sum();
        int allHunks = results.stream().mapToInt(r -> r.sourceHunks).sum();
        int allKept = results.stream().mapToInt(r -> r.keptHunks).sum();
        List<String> tooBig = results.stream().filter(r -> r.sourceTokens > budget).map(r -> r.entry.name())
                .toList();
        new Row("P3 source hunks kept",
                String.format(Locale.ROOT, "%d of %d in the %d diffs whose source fits the budget; %d of %d in all"
                                + " (source over budget: %s)", fitKept, fitHunks, fitting.size(), allKept, allHunks,
                        tooBig.isEmpty() ? "none" : String.join(", ", tooBig)),
                "all, where the source fits the budget",
                Verdict.of(fitKept == fitHunks)).print();
    }

    /** Per path, the changed lines of every hunk the sent diff shows. */
    private static Map<String, Set<List<DiffLine>>> changedLinesByPath(final UnifiedDiff sent) {
        Map<String, Set<List<DiffLine>>> byPath = new HashMap<>();
        for (FileDiff file : sent.files()) {
            for (Hunk hunk : file.hunks()) {
                byPath.computeIfAbsent(file.path(), p -> new HashSet<>()).add(changedLines(hunk));
            }
        }
        return byPath;
    }

    private static List<DiffLine> changedLines(final Hunk hunk) {
        return hunk.lines().stream().filter(DiffLine::isChange).toList();
    }
}
