package io.obra.cost;

import io.obra.orchestrator.Completion;
import io.obra.orchestrator.TokenUsage;
import io.obra.port.BuildLog;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The cost of one run: accumulates each paid call per iteration, split into implementer (Claude
 * Code, as its result line reports) and orchestrator (tokens at the model's price, plus GPU time
 * for Ollama), and appends each call to the usage ledger so the monthly budget sees it at once.
 *
 * <p>Thread-safe: the loop records from one thread, but a status page may read totals meanwhile.
 * A ledger that cannot be written is reported as a warning and does not stop the run.
 */
public final class CostTracker {

    public static final String IMPLEMENTER = "implementer";
    public static final String ORCHESTRATOR = "orchestrator";

    private final Pricing pricing;
    private final UsageLedger ledger;
    private final String scope;
    private final String runId;
    private final Clock clock;
    private final BuildLog log;

    private final SortedMap<Integer, Cost[]> byIteration = new TreeMap<>();
    private final Set<String> warned = new HashSet<>();

    /**
     * @param pricing prices for orchestrator tokens
     * @param ledger  where each call is appended
     * @param scope   who pays (job full name or {@code cli}), as in {@link UsageEntry#scope()}
     * @param runId   this run, e.g. {@code my-job#42}
     * @param clock   timestamps of ledger entries
     * @param log     warnings about unknown costs and ledger failures
     */
    public CostTracker(final Pricing pricing, final UsageLedger ledger, final String scope, final String runId,
                       final Clock clock, final BuildLog log) {
        this.pricing = Objects.requireNonNull(pricing, "pricing");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.scope = Objects.requireNonNull(scope, "scope");
        this.runId = Objects.requireNonNull(runId, "runId");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.log = Objects.requireNonNull(log, "log");
    }

    public Pricing pricing() {
        return pricing;
    }

    /**
     * Records a Claude Code round.
     *
     * @param costUsd the round's own cost from the result line's {@code total_cost_usd} (for CLIs that
     *                report a cumulative cost after {@code --resume}, pass the difference); empty when
     *                the CLI reported none, which makes the cost unknown
     * @return the round's cost
     */
    public Cost recordImplementer(final int iteration, final String model, final Optional<Double> costUsd) {
        Cost cost = costUsd.filter(usd -> !usd.isNaN() && usd >= 0).map(Cost::usd)
                .orElseGet(() -> Cost.unknown("Claude Code reported no total_cost_usd for model " + model));
        add(iteration, 0, cost, IMPLEMENTER, model);
        return cost;
    }

    /** Records an orchestrator call from its completion (model and usage as the API reported them). */
    public Cost recordOrchestrator(final int iteration, final Completion completion) {
        return recordOrchestrator(iteration, completion.provider(), completion.model(), completion.usage(),
                Duration.ofMillis(completion.durationMs()));
    }

    /**
     * Records an orchestrator call: its tokens at the model's price plus, for a local provider with
     * {@code pricing.gpu_usd_per_hour}, its wall time.
     *
     * @return the call's cost
     */
    public Cost recordOrchestrator(final int iteration, final String provider, final String model,
                                   final TokenUsage usage, final Duration wallTime) {
        Cost cost = pricing.cost(provider, model, usage).plus(pricing.gpuTime(provider, wallTime));
        add(iteration, 1, cost, ORCHESTRATOR, model);
        return cost;
    }

    /** The run's total so far. */
    public synchronized Cost total() {
        Cost total = Cost.ZERO;
        for (Cost[] costs : byIteration.values()) {
            total = total.plus(costs[0]).plus(costs[1]);
        }
        return total;
    }

    public synchronized Cost implementerTotal() {
        return byIteration.values().stream().map(c -> c[0]).reduce(Cost.ZERO, Cost::plus);
    }

    public synchronized Cost orchestratorTotal() {
        return byIteration.values().stream().map(c -> c[1]).reduce(Cost.ZERO, Cost::plus);
    }

    /** Per iteration, in order. */
    public synchronized List<IterationCost> iterations() {
        List<IterationCost> list = new ArrayList<>();
        byIteration.forEach((i, c) -> list.add(new IterationCost(i, c[0], c[1])));
        return list;
    }

    private void add(final int iteration, final int slot, final Cost cost, final String kind, final String model) {
        if (iteration < 1) {
            throw new IllegalArgumentException("iterations are numbered from 1, got " + iteration);
        }
        synchronized (this) {
            Cost[] costs = byIteration.computeIfAbsent(iteration, i -> new Cost[] {Cost.ZERO, Cost.ZERO});
            costs[slot] = costs[slot].plus(cost);
            if (!cost.known()) {
                for (String reason : cost.unknowns()) {
                    if (warned.add(reason)) {
                        log.warn("cost of the " + kind + " is unknown (" + reason + ")");
                    }
                }
            }
        }
        try {
            ledger.record(new UsageEntry(clock.instant(), scope, runId, kind, model, cost.usd(), cost.known()));
        } catch (IOException | RuntimeException e) {
            log.warn("could not record " + cost.describe() + " for the " + kind + " in the usage ledger "
                    + ledger.location() + " (" + e.getMessage() + "); the monthly budget does not count it");
        }
    }
}
