package io.obra.cost;

import io.obra.config.PricingSettings;
import io.obra.orchestrator.Attempt;
import io.obra.orchestrator.Completion;
import io.obra.orchestrator.TokenUsage;
import io.obra.testing.InMemoryUsageLedger;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CostTrackerTest {

    private static final Instant NOW = Instant.parse("2026-11-03T10:15:30Z");

    private final InMemoryUsageLedger ledger = new InMemoryUsageLedger();
    private final CapturedLog log = new CapturedLog();
    private final CostTracker tracker = new CostTracker(Pricing.of(PricingSettings.defaults()), ledger, "team/app",
            "team/app#42", Clock.fixed(NOW, ZoneOffset.UTC), log);

    @Test
    void accumulatesPerIterationSeparatingImplementerAndOrchestrator() {
        tracker.recordImplementer(1, "claude-sonnet-4-5", Optional.of(0.30));
        tracker.recordOrchestrator(1, "openai", "gpt-4o-2024-11-20", new TokenUsage(10_000, 4_000, 2_000), Duration.ofSeconds(3));
        tracker.recordImplementer(2, "claude-sonnet-4-5", Optional.of(0.20));
        tracker.recordOrchestrator(2, new Completion("{}", "openai", "gpt-4o-mini-2024-07-18",
                new TokenUsage(1_000_000, 0, 0), List.of(new Attempt("openai", "gpt-4o-mini-2024-07-18", 200, "ok", 900)),
                900));

        assertThat(tracker.iterations()).hasSize(2);
        IterationCost first = tracker.iterations().get(0);
        assertThat(first.implementer().usd()).isEqualTo(0.30);
        assertThat(first.orchestrator().usd()).isCloseTo(0.04, within(1e-12));
        assertThat(tracker.iterations().get(1).orchestrator().usd()).isCloseTo(0.15, within(1e-12));
        assertThat(tracker.implementerTotal().usd()).isCloseTo(0.50, within(1e-12));
        assertThat(tracker.orchestratorTotal().usd()).isCloseTo(0.19, within(1e-12));
        assertThat(tracker.total().usd()).isCloseTo(0.69, within(1e-12));
        assertThat(tracker.total().known()).isTrue();
    }

    @Test
    void everyPaidCallIsAppendedToTheLedgerAtOnce() throws IOException {
        tracker.recordImplementer(1, "claude-sonnet-4-5", Optional.of(0.30));
        tracker.recordOrchestrator(1, "openai", "gpt-4o-2024-11-20", new TokenUsage(10_000, 4_000, 2_000), Duration.ZERO);

        assertThat(ledger.all()).containsExactly(
                new UsageEntry(NOW, "team/app", "team/app#42", "implementer", "claude-sonnet-4-5", 0.30, true),
                new UsageEntry(NOW, "team/app", "team/app#42", "orchestrator", "gpt-4o-2024-11-20",
                        ledger.all().get(1).costUsd(), true));
        assertThat(ledger.spent(YearMonth.of(2026, 11))).isCloseTo(0.34, within(1e-12));
    }

    @Test
    void unknownCostsAreFlaggedLoggedOnceAndNeverCountedAsZeroSilently() {
        tracker.recordOrchestrator(1, "openai", "gpt-7-preview", new TokenUsage(100, 0, 10), Duration.ZERO);
        tracker.recordOrchestrator(2, "openai", "gpt-7-preview", new TokenUsage(100, 0, 10), Duration.ZERO);
        tracker.recordImplementer(2, "sonnet", Optional.empty());
        tracker.recordImplementer(3, "sonnet", Optional.of(0.10));

        assertThat(tracker.total().known()).isFalse();
        assertThat(tracker.total().usd()).isEqualTo(0.10);
        assertThat(tracker.total().describe()).isEqualTo("$0.1000 + unknown (no price for model gpt-7-preview; "
                + "set pricing.models.gpt-7-preview; Claude Code reported no total_cost_usd for model sonnet)");
        assertThat(tracker.iterations().get(2).total().known()).isTrue();
        assertThat(log.warnings()).containsExactly(
                "cost of the orchestrator is unknown (no price for model gpt-7-preview; set pricing.models.gpt-7-preview)",
                "cost of the implementer is unknown (Claude Code reported no total_cost_usd for model sonnet)");
        assertThat(ledger.all()).extracting(UsageEntry::costKnown).containsExactly(false, false, false, true);
    }

    @Test
    void ollamaChargesItsGpuTimeWhenAnHourlyPriceIsSet() {
        CostTracker gpu = new CostTracker(Pricing.of(new PricingSettings(Map.of(), Optional.of(3.60))), ledger, "cli",
                "cli#1", Clock.fixed(NOW, ZoneOffset.UTC), log);

        Cost cost = gpu.recordOrchestrator(1, "ollama", "qwen2.5-coder:32b", new TokenUsage(50_000, 0, 2_000),
                Duration.ofSeconds(90));

        assertThat(cost.usd()).isCloseTo(0.09, within(1e-12));
        assertThat(cost.known()).isTrue();
    }

    @Test
    void aLedgerThatCannotBeWrittenIsAWarningNotAFailure() {
        UsageLedger broken = new UsageLedger() {
            @Override
            public void record(final UsageEntry entry) throws IOException {
                throw new IOException("/var/jenkins_home/obra/usage.jsonl: Permission denied");
            }

            @Override
            public List<UsageEntry> entries(final YearMonth month) {
                return List.of();
            }

            @Override
            public String location() {
                return "/var/jenkins_home/obra/usage.jsonl";
            }
        };
        CostTracker t = new CostTracker(Pricing.of(PricingSettings.defaults()), broken, "cli", "cli#1",
                Clock.fixed(NOW, ZoneOffset.UTC), log);

        t.recordImplementer(1, "sonnet", Optional.of(0.25));

        assertThat(t.total().usd()).isEqualTo(0.25);
        assertThat(log.warnings()).containsExactly("could not record $0.2500 for the implementer in the usage ledger "
                + "/var/jenkins_home/obra/usage.jsonl (/var/jenkins_home/obra/usage.jsonl: Permission denied); "
                + "the monthly budget does not count it");
    }
}
