package io.obra.cli;

import io.obra.config.ConfigException;
import io.obra.config.ConfigLoader;
import io.obra.config.ConfigSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code obra validate-config FILE}: every problem of a configuration file, each naming its field. */
@Command(name = "validate-config", usageHelpAutoWidth = true,
        description = {"Check a configuration file (.obra.yml) and list every problem, each naming the field.",
                "Exit: 0 valid, 2 invalid or unreadable."})
final class ValidateConfigCommand implements Callable<Integer> {

    @ParentCommand
    private ObraCommand root;

    @Parameters(index = "0", paramLabel = "FILE", description = "The file to check, e.g. .obra.yml.")
    private String file;

    @Override
    public Integer call() {
        Console console = root.console();
        Style style = console.style();
        Path path = root.environment().resolve(file);
        if (!Files.isRegularFile(path)) {
            console.problem(file + ": file not found");
            return ExitCodes.USAGE;
        }
        ConfigSource source;
        try {
            source = ConfigSource.yaml(file, ConfigResolver.read(path));
        } catch (UsageException e) {
            console.problem(e.getMessage());
            return ExitCodes.USAGE;
        } catch (ConfigException e) {
            LocalRun.printConfigProblems(console, e);
            return ExitCodes.USAGE;
        }
        ConfigLoader loader = new ConfigLoader(root.environment().variables());
        List<String> problems = loader.validate(source);
        loader.warnings(source).forEach(w -> console.err().println(style.yellow("warning: " + w)));
        if (!problems.isEmpty()) {
            console.err().println(style.red(file + ": " + problems.size() + (problems.size() == 1 ? " problem" : " problems")));
            problems.forEach(p -> console.err().println("  " + style.fail() + " " + p));
            return ExitCodes.USAGE;
        }
        console.out().println(style.ok() + " " + file + " is valid");
        return ExitCodes.PASSED;
    }
}
