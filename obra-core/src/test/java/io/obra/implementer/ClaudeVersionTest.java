package io.obra.implementer;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ClaudeVersionTest {

    @Test
    void readsWhatTheCliPrints() {
        assertThat(ClaudeVersion.parse("2.1.197 (Claude Code)")).contains(new ClaudeVersion(2, 1, 197));
        assertThat(ClaudeVersion.parse("claude 10.0.3")).contains(new ClaudeVersion(10, 0, 3));
        assertThat(ClaudeVersion.parse("unknown")).isEmpty();
        assertThat(ClaudeVersion.parse(null)).isEmpty();
    }

    @Test
    void ordersNumericallyAndKnowsWhichReportCumulativeCost() {
        assertThat(new ClaudeVersion(2, 1, 197)).isLessThan(new ClaudeVersion(2, 1, 331))
                .isGreaterThan(new ClaudeVersion(2, 0, 999)).isGreaterThan(ClaudeVersion.MINIMUM);
        assertThat(new ClaudeVersion(1, 9, 9)).isLessThan(ClaudeVersion.MINIMUM);
        assertThat(new ClaudeVersion(2, 1, 197).reportsCumulativeCost()).isFalse();
        assertThat(new ClaudeVersion(2, 1, 331).reportsCumulativeCost()).isTrue();
    }

    @Test
    void aResumedRoundOfACumulativeCliCostsTheDifferenceUnlessTheReportShrank() {
        SessionCosts costs = new SessionCosts();

        assertThat(costs.roundCost("s", Optional.of(0.10), false, true)).contains(0.10);
        assertThat(costs.roundCost("s", Optional.of(0.25), true, true).orElseThrow())
                .isCloseTo(0.15, org.assertj.core.data.Offset.offset(1e-12));
        // a smaller report cannot be cumulative: take it as the round's own cost
        assertThat(costs.roundCost("s", Optional.of(0.05), true, true)).contains(0.05);
        // per-run CLIs: always as reported
        assertThat(costs.roundCost("t", Optional.of(0.10), false, false)).contains(0.10);
        assertThat(costs.roundCost("t", Optional.of(0.30), true, false)).contains(0.30);
        assertThat(costs.roundCost("t", Optional.empty(), true, false)).isEmpty();
    }
}
