package io.obra.context;

import io.obra.config.ContextSettings;
import io.obra.testing.DiffCorpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** The context builder on the corpus benchmark P3 reports on, at the default budget. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContextCorpusTest {

    private static final int BUDGET = ContextSettings.defaults().maxTokens();

    private final TokenCounter counter = TokenCounter.o200k();
    private final FileClassifier classifier = new FileClassifier();
    private final ContextBuilder builder = new ContextBuilder(counter, classifier);
    private List<DiffCorpus.Entry> corpus;
    private final List<ChangeContext> contexts = new ArrayList<>();

    @BeforeAll
    void buildEveryEntry() {
        // A hang guard only: a 5 MB diff must never stall the loop; timings come from benchmark P3.
        assertTimeoutPreemptively(Duration.ofMinutes(3), () -> {
            corpus = DiffCorpus.all();
            for (final DiffCorpus.Entry entry : corpus) {
                contexts.add(builder.build(entry.diff(), BUDGET));
            }
        });
    }

    @Test
    void theCorpusHasTheShapesTheBenchmarkNeeds() {
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(20);
        assertThat(corpus).extracting(DiffCorpus.Entry::name).doesNotHaveDuplicates();
        assertThat(corpus).anySatisfy(e -> assertThat(e.diff().length()).isGreaterThanOrEqualTo(5_000_000));
        assertThat(corpus).anySatisfy(e -> assertThat(e.diff()).contains("\r\n"));
        assertThat(corpus).anySatisfy(e -> assertThat(e.diff()).contains("GIT binary patch"));
        assertThat(corpus).anySatisfy(e -> assertThat(e.diff()).contains("\"integrity\": \"sha512-"));
        for (final DiffCorpus.Entry entry : corpus) {
            assertThat(UnifiedDiff.parse(entry.diff()).render()).as(entry.name()).isEqualTo(entry.diff());
            assertThat(UnifiedDiff.parse(entry.diff()).files()).as(entry.name())
                    .noneMatch(f -> f.change() == FileChange.UNPARSED);
        }
    }

    @Test
    void everyEntryStaysWithinTheBudgetAndNoHunkIsCut() {
        for (int i = 0; i < corpus.size(); i++) {
            final ChangeContext context = contexts.get(i);
            final String name = corpus.get(i).name();
            assertThat(context.sentTokens()).as(name).isLessThanOrEqualTo(BUDGET)
                    .isEqualTo(counter.count(context.text()));
            SentDiff.keptHunks(UnifiedDiff.parse(corpus.get(i).diff()), context);
        }
    }

    @Test
    void diffsThatFitAreSentUnchanged() {
        for (int i = 0; i < corpus.size(); i++) {
            if (counter.count(corpus.get(i).diff()) <= BUDGET) {
                assertThat(contexts.get(i).text()).as(corpus.get(i).name()).isEqualTo(corpus.get(i).diff());
                assertThat(contexts.get(i).whole()).isTrue();
            }
        }
        assertThat(contexts).filteredOn(ChangeContext::whole).isNotEmpty();
    }

    @Test
    void everySourceHunkIsKeptWhereTheSourceChangesFitTheBudget() {
        int checked = 0;
        for (int i = 0; i < corpus.size(); i++) {
            final UnifiedDiff original = UnifiedDiff.parse(corpus.get(i).diff());
            final List<FileDiff> source = original.files().stream()
                    .filter(f -> classifier.classify(f) == FileKind.SOURCE && f.change() != FileChange.DELETED
                            && !f.hunks().isEmpty())
                    .toList();
            final int sourceTokens = source.stream().mapToInt(f -> counter.count(f.render())).sum();
            if (source.isEmpty() || sourceTokens > BUDGET / 2) {
                continue;
            }
            checked++;
            final Map<String, Set<Integer>> kept = SentDiff.keptHunks(original, contexts.get(i));
            for (final FileDiff file : source) {
                assertThat(kept.getOrDefault(file.path(), Set.of())).as("%s: %s", corpus.get(i).name(), file.path())
                        .hasSize(file.hunks().size());
            }
        }
        assertThat(checked).as("entries whose source fits").isGreaterThanOrEqualTo(15);
    }

    @Test
    void theSummaryAccountsForEveryFileNotShownInFull() {
        for (int i = 0; i < corpus.size(); i++) {
            final UnifiedDiff original = UnifiedDiff.parse(corpus.get(i).diff());
            final ChangeContext context = contexts.get(i);
            SentDiff.assertEveryFileNotShownIsAccountedFor(original, context, SentDiff.keptHunks(original, context));
            // At the default budget the corpus never needs the closing "... and N more" line: all are named.
            for (final Omission omission : context.omissions()) {
                assertThat(context.summary()).as(corpus.get(i).name()).contains("- " + omission.line() + "\n");
            }
        }
    }

    @Test
    void atATightBudgetEveryEntryStillFitsAndAccountsForWhatItLeavesOut() {
        final int tight = 4_000;
        for (final DiffCorpus.Entry entry : corpus) {
            final ChangeContext context = entry.name().equals("monorepo-5mb")
                    // A hang guard only, for the largest entry.
                    ? assertTimeoutPreemptively(Duration.ofSeconds(90), () -> builder.build(entry.diff(), tight))
                    : builder.build(entry.diff(), tight);
            final UnifiedDiff original = UnifiedDiff.parse(entry.diff());

            assertThat(context.sentTokens()).as(entry.name()).isLessThanOrEqualTo(tight);
            SentDiff.assertEveryFileNotShownIsAccountedFor(original, context, SentDiff.keptHunks(original, context));
        }
    }

    @Test
    void theCorpusSendsAtLeastAThirdFewerTokensThanTheWholeDiffs() {
        final long full = contexts.stream().mapToLong(ChangeContext::fullTokens).sum();
        final long sent = contexts.stream().mapToLong(ChangeContext::sentTokens).sum();

        assertThat(sent).isLessThanOrEqualTo(full * 65 / 100);
    }
}
