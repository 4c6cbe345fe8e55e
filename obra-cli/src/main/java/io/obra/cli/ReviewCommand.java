package io.obra.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code obra review --base REF}: a quality gate on an existing change (e.g. a pull request), no implementer. */
@Command(name = "review", sortOptions = false, usageHelpAutoWidth = true,
        description = {"Score the change between REF and the working tree (a pull request's diff) and gate on it; "
                + "Claude Code is not run.",
                "Exit: 0 passed, 1 gate failed, 2 bad usage or configuration, 3 run error."})
final class ReviewCommand implements Callable<Integer> {

    @ParentCommand
    private ObraCommand root;

    @Option(names = "--base", required = true, paramLabel = "REF",
            description = "The ref the change is measured against, e.g. origin/main.")
    private String base;

    @Mixin
    private RunOptions run;

    @Mixin
    private ConfigOptions config;

    @Override
    public Integer call() {
        return new LocalRun(root.environment(), root.console()).execute(Optional.empty(), Optional.of(base), config, run);
    }
}
