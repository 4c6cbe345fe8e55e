package io.obra.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.obra.config.BudgetSettings;
import io.obra.config.ConfigException;
import io.obra.config.ConfigLoader;
import io.obra.config.ConfigSource;
import io.obra.cost.FileUsageLedger;
import io.obra.cost.UsageSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code obra usage}: this month's spending against the budgets, by scope, from the local usage ledger. */
@Command(name = "usage", sortOptions = false, usageHelpAutoWidth = true,
        description = {"Show the month's spending (from ~/.obra/usage.jsonl, or $OBRA_HOME/usage.jsonl) against "
                + "the monthly budget, by scope.", "Exit: 0 shown, 2 bad usage or configuration."})
final class UsageCommand implements Callable<Integer> {

    /** {@code usage} needs no orchestrator; this lowest layer satisfies the loader's required model. */
    private static final ConfigSource NO_ORCHESTRATOR = ConfigSource.of("obra usage",
            Map.of("orchestrator", Map.of("llm", Map.of("model", "(not needed by obra usage)"))));

    @ParentCommand
    private ObraCommand root;

    @Option(names = "--month", paramLabel = "YYYY-MM", description = "The month (UTC; default: this month).")
    private YearMonth month;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Configuration file with budget.monthly_usd (default: .obra.yml in the working directory).")
    private String config;

    @Option(names = "--workdir", paramLabel = "DIR", description = "Where .obra.yml is (default: here).")
    private String workdir;

    @Option(names = "--monthly-budget-usd", paramLabel = "USD", description = "The monthly budget to compare with.")
    private Double monthlyBudgetUsd;

    @Option(names = "--json", description = "Print the summary as JSON.")
    private boolean json;

    @Override
    public Integer call() {
        CliEnvironment env = root.environment();
        Console console = root.console();
        BudgetSettings budget;
        try {
            budget = budget(env);
        } catch (UsageException e) {
            console.problem(e.getMessage());
            return ExitCodes.USAGE;
        } catch (ConfigException e) {
            LocalRun.printConfigProblems(console, e);
            return ExitCodes.USAGE;
        }
        YearMonth shown = month != null ? month : YearMonth.now(Clock.systemUTC().withZone(ZoneOffset.UTC));
        Path file = env.ledgerFile();
        FileUsageLedger ledger = new FileUsageLedger(file, new ConsoleLog(console.err(), console.style()));
        UsageSummary summary;
        try {
            summary = ledger.summary(shown, budget.monthlyUsd());
        } catch (IOException e) {
            console.problem("cannot read the usage ledger " + file + ": " + e.getMessage());
            return ExitCodes.RUN_ERROR;
        }
        if (json) {
            console.out().println(json(summary, budget, file));
            return ExitCodes.PASSED;
        }
        summary.lines().forEach(console.out()::println);
        if (summary.scopes().isEmpty()) {
            console.out().println("  (no runs recorded this month)");
        }
        budget.perRunUsd().ifPresent(limit -> console.out().println("Per-run limit: " + VerdictTable.dollars(limit)));
        console.out().println(console.style().dim("Ledger: " + file));
        return ExitCodes.PASSED;
    }

    private BudgetSettings budget(final CliEnvironment env) throws UsageException, ConfigException {
        ConfigOptions options = new ConfigOptions();
        options.config = config;
        options.workdir = workdir;
        options.monthlyBudgetUsd = monthlyBudgetUsd;
        ConfigResolver resolver = new ConfigResolver(env);
        Path dir = resolver.workdir(options);
        List<ConfigSource> layers = new ArrayList<>();
        layers.add(NO_ORCHESTRATOR);
        layers.addAll(resolver.layers(options, resolver.configFile(options, dir), new ArrayList<>()));
        return new ConfigLoader(env.variables()).load(layers).budget();
    }

    private static String json(final UsageSummary summary, final BudgetSettings budget, final Path file) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode node = mapper.createObjectNode();
        node.put("month", summary.month().toString());
        node.put("ledger", file.toString());
        node.put("totalUsd", summary.totalUsd());
        put(node, "monthlyBudgetUsd", summary.budgetUsd());
        put(node, "remainingUsd", summary.remainingUsd());
        put(node, "fractionUsed", summary.fractionUsed());
        put(node, "perRunBudgetUsd", budget.perRunUsd());
        node.put("unknownCostCalls", summary.unknownCalls());
        ArrayNode scopes = node.putArray("scopes");
        for (UsageSummary.ScopeUsage s : summary.scopes()) {
            scopes.addObject().put("scope", s.scope()).put("usd", s.usd()).put("runs", s.runs())
                    .put("calls", s.calls()).put("unknownCostCalls", s.unknownCalls());
        }
        try {
            return mapper.writeValueAsString(node);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    private static void put(final ObjectNode node, final String name, final Optional<Double> value) {
        if (value.isPresent()) {
            node.put(name, value.get());
        } else {
            node.putNull(name);
        }
    }
}
