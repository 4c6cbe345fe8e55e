package io.obra.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code obra} command line. */
@Command(name = "obra", mixinStandardHelpOptions = true, version = "obra 0.1.0",
        description = "Runs Claude Code, has an orchestrator LLM score the result, and gates on the score.")
public final class ObraCommand implements Runnable {

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    public static void main(final String[] args) {
        System.exit(new CommandLine(new ObraCommand()).execute(args));
    }
}
