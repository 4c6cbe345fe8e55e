package io.obra.cli;

import io.obra.privacy.SecretMasker;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.concurrent.Callable;

/**
 * The {@code obra} command line: runs Claude Code, has an orchestrator LLM score the result, and gates on
 * the score, from a terminal or any CI. Commands: {@code run}, {@code review}, {@code doctor},
 * {@code validate-config}, {@code init}, {@code usage}. Exit codes: 0 passed, 1 gate failed, 2 bad usage or
 * configuration, 3 run error.
 */
@Command(name = "obra", mixinStandardHelpOptions = true, versionProvider = ObraCommand.Version.class,
        scope = CommandLine.ScopeType.INHERIT,
        usageHelpAutoWidth = true,
        description = "Runs Claude Code, has an orchestrator LLM (OpenAI or Ollama) score the result, and gates "
                + "on the score.",
        subcommands = {RunCommand.class, ReviewCommand.class, DoctorCommand.class, ValidateConfigCommand.class,
                InitCommand.class, UsageCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:gate passed (doctor: every check passed)", "1:gate failed (doctor: a check failed)",
                "2:bad usage or configuration", "3:run error (orchestrator, implementer, budget)"},
        footerHeading = "%nKeys come from the environment only:%n",
        footer = {"  OPENAI_API_KEY, ANTHROPIC_API_KEY or CLAUDE_CODE_OAUTH_TOKEN.", "Documentation: docs/cli.md"})
public final class ObraCommand implements Callable<Integer> {

    private final CliEnvironment environment;
    private final Console console;

    @Spec
    private CommandSpec spec;

    ObraCommand(final CliEnvironment environment, final Console console) {
        this.environment = environment;
        this.console = console;
    }

    CliEnvironment environment() {
        return environment;
    }

    Console console() {
        return console;
    }

    /** {@code obra} alone: the usage, and exit code 2. */
    @Override
    public Integer call() {
        spec.commandLine().usage(console.err());
        return ExitCodes.USAGE;
    }

    public static void main(final String[] args) {
        CliEnvironment environment = CliEnvironment.ofProcess();
        boolean terminal = System.console() != null;
        int code = execute(args, environment, new FileOutputStream(FileDescriptor.out),
                new FileOutputStream(FileDescriptor.err), terminal);
        System.exit(code);
    }

    /**
     * Runs one command line and returns its exit code; everything printed is masked for the environment's
     * credentials. Tests call this in-process with an environment and streams of their own.
     */
    static int execute(final String[] args, final CliEnvironment environment, final OutputStream out,
                       final OutputStream err, final boolean terminal) {
        SecretMasker masker = SecretMasker.ofSecrets(EnvironmentSecrets.all(environment));
        Style style = Style.detect(terminal, environment.variables().get("NO_COLOR"));
        Console console = new Console(
                new MaskingWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), masker),
                new MaskingWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), masker), style);
        CommandLine commandLine = new CommandLine(new ObraCommand(environment, console))
                .setOut(console.out())
                .setErr(console.err())
                .setColorScheme(CommandLine.Help.defaultColorScheme(
                        style.colour() ? CommandLine.Help.Ansi.ON : CommandLine.Help.Ansi.OFF))
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler((e, cl, parseResult) -> {
                    console.problem("unexpected error: " + e);
                    e.printStackTrace(console.err());
                    return ExitCodes.RUN_ERROR;
                });
        try {
            return commandLine.execute(args);
        } finally {
            console.flush();
        }
    }

    /** The version from the build ({@code version.properties}). */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties properties = new Properties();
            try (InputStream in = ObraCommand.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    properties.load(in);
                }
            }
            return new String[] {"obra " + properties.getProperty("version", "(development build)")};
        }
    }
}
