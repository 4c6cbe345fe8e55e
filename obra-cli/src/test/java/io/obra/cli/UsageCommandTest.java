package io.obra.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.obra.cost.FileUsageLedger;
import io.obra.cost.UsageEntry;
import io.obra.port.BuildLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class UsageCommandTest {

    private static final Instant IN_MONTH = Instant.parse("2026-10-14T09:00:00Z");

    @TempDir
    Path dir;

    private Map<String, String> env;

    @BeforeEach
    void ledger() throws Exception {
        Path home = dir.resolve("obra-home");
        env = Map.of("OBRA_HOME", home.toString());
        FileUsageLedger ledger = new FileUsageLedger(home.resolve("usage.jsonl"), BuildLog.silent());
        ledger.record(new UsageEntry(IN_MONTH, "cli", "repo#1", "implementer", "claude-sonnet-4-5", 1.25, true));
        ledger.record(new UsageEntry(IN_MONTH, "cli", "repo#1", "orchestrator", "gpt-4o-2024-11-20", 0.05, true));
        ledger.record(new UsageEntry(IN_MONTH, "team/app", "team/app#7", "orchestrator", "gpt-4o-2024-11-20", 0.70, true));
        ledger.record(new UsageEntry(Instant.parse("2026-09-30T23:59:00Z"), "cli", "repo#0", "orchestrator",
                "gpt-4o-2024-11-20", 9.0, true));
        Files.writeString(dir.resolve(".obra.yml"), """
                orchestrator:
                  llm: {provider: openai, model: gpt-4o-2024-11-20}
                budget: {per_run_usd: 2.0, monthly_usd: 10}
                """);
    }

    @Test
    void showsTheMonthsSpendingByScopeAgainstTheBudget() {
        InProcess.Result result = InProcess.run(dir, env, "usage", "--month", "2026-10");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("Obra spending in 2026-10: $2.00 of $10.00 monthly budget (20 %)")
                .containsPattern("cli\\s+\\$1\\.30\\s+1 run\\(s\\), 2 call\\(s\\)")
                .containsPattern("team/app\\s+\\$0\\.70")
                .contains("Per-run limit: $2.0000")
                .contains(dir.resolve("obra-home").resolve("usage.jsonl").toString());
    }

    @Test
    void jsonForScripts() throws Exception {
        InProcess.Result result = InProcess.run(dir, env, "usage", "--month", "2026-10", "--json",
                "--monthly-budget-usd", "4");

        JsonNode json = new ObjectMapper().readTree(result.out());
        assertThat(json.path("totalUsd").asDouble()).isEqualTo(2.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(json.path("monthlyBudgetUsd").asDouble()).isEqualTo(4.0);
        assertThat(json.path("fractionUsed").asDouble()).isEqualTo(0.5, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(json.path("scopes").get(0).path("scope").asText()).isEqualTo("cli");
    }

    @Test
    void anEmptyMonthSaysSo() {
        String month = YearMonth.now(ZoneOffset.UTC).plusMonths(1).toString();

        InProcess.Result result = InProcess.run(dir, env, "usage", "--month", month);

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("$0.00 of $10.00").contains("(no runs recorded this month)");
    }
}
