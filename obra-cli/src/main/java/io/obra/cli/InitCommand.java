package io.obra.cli;

import io.obra.config.ConfigException;
import io.obra.config.ConfigLoader;
import io.obra.config.ConfigSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code obra init --provider openai|ollama}: writes a commented {@code .obra.yml} that validates. */
@Command(name = "init", sortOptions = false, usageHelpAutoWidth = true,
        description = {"Write a commented .obra.yml for OpenAI or Ollama; it refuses to overwrite one without --force.",
                "Exit: 0 written, 2 bad usage or the file exists."})
final class InitCommand implements Callable<Integer> {

    /** The defaults of each provider: model, fallback models, endpoint. */
    enum Provider {
        OPENAI("gpt-4o-2024-11-20", "gpt-4o-mini-2024-07-18", null),
        OLLAMA("qwen2.5-coder:32b", null, "http://localhost:11434");

        final String model;
        final String fallbackModel;
        final String baseUrl;

        Provider(final String model, final String fallbackModel, final String baseUrl) {
            this.model = model;
            this.fallbackModel = fallbackModel;
            this.baseUrl = baseUrl;
        }

        String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    @ParentCommand
    private ObraCommand root;

    @Option(names = "--provider", required = true, paramLabel = "openai|ollama",
            description = "The orchestrator: ${COMPLETION-CANDIDATES}.")
    private Provider provider;

    @Option(names = "--model", paramLabel = "MODEL",
            description = "The orchestrator model (default: gpt-4o-2024-11-20 for openai, qwen2.5-coder:32b for ollama).")
    private String model;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "The orchestrator endpoint, e.g. http://172.29.144.1:11434 for an Ollama GPU machine.")
    private String baseUrl;

    @Option(names = "--workdir", paramLabel = "DIR", description = "Where to write .obra.yml (default: here).")
    private String workdir;

    @Option(names = "--force", description = "Overwrite an existing .obra.yml.")
    private boolean force;

    @Override
    public Integer call() {
        Console console = root.console();
        CliEnvironment env = root.environment();
        Path dir = workdir == null ? env.workingDirectory() : env.resolve(workdir);
        if (!Files.isDirectory(dir)) {
            console.problem("--workdir " + workdir + ": no such directory");
            return ExitCodes.USAGE;
        }
        Path file = dir.resolve(ConfigResolver.DEFAULT_FILE);
        if (Files.exists(file) && !force) {
            console.problem(file + " exists; pass --force to overwrite it");
            return ExitCodes.USAGE;
        }
        String text = render(provider, model, baseUrl);
        List<String> problems;
        try {
            // Checked as validate-config will check it: a --model or --base-url can make it invalid.
            problems = new ConfigLoader(Map.of()).validate(ConfigSource.yaml(ConfigResolver.DEFAULT_FILE, text));
        } catch (ConfigException e) {
            problems = List.of(e.getMessage());
        }
        if (!problems.isEmpty()) {
            console.problem("not written, the options make it invalid:");
            problems.forEach(p -> console.err().println("  " + console.style().fail() + " " + p));
            return ExitCodes.USAGE;
        }
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            console.problem("cannot write " + file + ": " + e.getMessage());
            return ExitCodes.USAGE;
        }
        console.out().println(console.style().ok() + " wrote " + file + " (" + provider.id() + ", "
                + (model == null ? provider.model : model) + ")");
        console.out().println("Next: " + (provider == Provider.OPENAI ? "export OPENAI_API_KEY=...; " : "")
                + "export ANTHROPIC_API_KEY=...; obra doctor");
        return ExitCodes.PASSED;
    }

    /** The template of the provider with the model, fallback and endpoint filled in. */
    static String render(final Provider provider, final String model, final String baseUrl) {
        String fallback = provider.fallbackModel == null ? "# fallback_models: []"
                : model == null ? "fallback_models: [" + provider.fallbackModel + "]"
                : "# fallback_models: [" + provider.fallbackModel + "]";
        String url = baseUrl != null ? baseUrl : provider.baseUrl;
        return template(provider)
                .replace("{{model}}", quoted(model == null ? provider.model : model))
                .replace("{{fallback}}", fallback)
                .replace("{{base_url_line}}", url == null ? "# base_url: https://api.openai.com/v1"
                        : "base_url: " + quoted(url));
    }

    /** A YAML scalar: plain when safe, else double-quoted with escapes. */
    static String quoted(final String value) {
        if (value.matches("[A-Za-z0-9][A-Za-z0-9._/:@+-]*") && !value.contains(": ") && !value.endsWith(":")) {
            return value;
        }
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String template(final Provider provider) {
        String resource = "init-" + provider.id() + ".obra.yml";
        try (InputStream in = InitCommand.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
