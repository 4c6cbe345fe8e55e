package io.obra.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code obra run --task TEXT}: Claude Code implements the task, the orchestrator scores it, the gate decides. */
@Command(name = "run", sortOptions = false, usageHelpAutoWidth = true,
        description = {"Implement a task with Claude Code, have the orchestrator score the change, and gate on "
                + "the score; rounds repeat with the findings until the gate passes or max iterations are used.",
                "Exit: 0 passed, 1 gate failed, 2 bad usage or configuration, 3 run error."})
final class RunCommand implements Callable<Integer> {

    @ParentCommand
    private ObraCommand root;

    @Option(names = "--task", required = true, paramLabel = "TEXT", description = "What Claude Code should do.")
    private String task;

    @Mixin
    private RunOptions run;

    @Mixin
    private ConfigOptions config;

    @Override
    public Integer call() {
        return new LocalRun(root.environment(), root.console()).execute(Optional.of(task), Optional.empty(), config, run);
    }
}
