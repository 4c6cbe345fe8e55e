package io.obra.cost;

import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A month's spending against the monthly budget, by scope (Jenkins job or {@code cli}), biggest
 * spender first.
 *
 * @param month     the calendar month (UTC)
 * @param budgetUsd the monthly budget, if one is set
 * @param scopes    spending per scope, by descending amount
 */
public record UsageSummary(YearMonth month, Optional<Double> budgetUsd, List<ScopeUsage> scopes) {

    public UsageSummary {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(budgetUsd, "budgetUsd");
        scopes = List.copyOf(scopes);
    }

    /** Sums the month's entries by scope. Entries of other months are ignored. */
    public static UsageSummary of(final YearMonth month, final Collection<UsageEntry> entries,
                                  final Optional<Double> budgetUsd) {
        Map<String, Accumulator> byScope = new LinkedHashMap<>();
        for (UsageEntry entry : entries) {
            if (!YearMonth.from(entry.at().atZone(ZoneOffset.UTC)).equals(month)) {
                continue;
            }
            byScope.computeIfAbsent(entry.scope(), s -> new Accumulator()).add(entry);
        }
        List<ScopeUsage> scopes = new ArrayList<>();
        byScope.forEach((scope, acc) -> scopes.add(
                new ScopeUsage(scope, acc.usd, acc.runs.size(), acc.calls, acc.unknownCalls)));
        scopes.sort(Comparator.comparingDouble(ScopeUsage::usd).reversed().thenComparing(ScopeUsage::scope));
        return new UsageSummary(month, budgetUsd, scopes);
    }

    public double totalUsd() {
        return scopes.stream().mapToDouble(ScopeUsage::usd).sum();
    }

    /** Calls whose cost was unknown (no price); the total does not include them. */
    public int unknownCalls() {
        return scopes.stream().mapToInt(ScopeUsage::unknownCalls).sum();
    }

    /** What is left of the budget (never below 0), if one is set. */
    public Optional<Double> remainingUsd() {
        return budgetUsd.map(b -> Math.max(0, b - totalUsd()));
    }

    /** The spent fraction of the budget, e.g. 0.81, if one is set and positive. */
    public Optional<Double> fractionUsed() {
        return budgetUsd.filter(b -> b > 0).map(b -> totalUsd() / b);
    }

    /** A plain-text table, as {@code obra usage} prints it. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        String head = "Obra spending in " + month + ": " + Cost.dollars(totalUsd(), 2)
                + budgetUsd.map(b -> " of " + Cost.dollars(b, 2) + " monthly budget ("
                + Math.round(100 * fractionUsed().orElse(0d)) + " %)").orElse(" (no monthly budget)");
        lines.add(head);
        if (unknownCalls() > 0) {
            lines.add(unknownCalls() + " call(s) of unknown cost are not included (set pricing.models.<model>)");
        }
        for (ScopeUsage s : scopes) {
            lines.add(String.format(Locale.ROOT, "  %-40s %10s  %d run(s), %d call(s)%s", s.scope(),
                    Cost.dollars(s.usd(), 2), s.runs(), s.calls(),
                    s.unknownCalls() > 0 ? ", " + s.unknownCalls() + " of unknown cost" : ""));
        }
        return lines;
    }

    /**
     * One scope's spending.
     *
     * @param scope        job full name or {@code cli}
     * @param usd          known spending
     * @param runs         distinct runs
     * @param calls        ledger entries (paid calls)
     * @param unknownCalls entries whose cost was unknown
     */
    public record ScopeUsage(String scope, double usd, int runs, int calls, int unknownCalls) {
    }

    private static final class Accumulator {
        private double usd;
        private int calls;
        private int unknownCalls;
        private final Set<String> runs = new HashSet<>();

        void add(final UsageEntry entry) {
            usd += entry.costUsd();
            calls++;
            if (!entry.costKnown()) {
                unknownCalls++;
            }
            runs.add(entry.runId());
        }
    }
}
