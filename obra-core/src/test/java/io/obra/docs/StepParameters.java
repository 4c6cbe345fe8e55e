package io.obra.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The parameter names Pipeline accepts for Obra's step and orchestrator symbols, read from the plugin's
 * sources the way Stapler binds them: {@code @DataBoundConstructor} parameters and {@code @DataBoundSetter}
 * setters and fields, of the class and its superclasses in the plugin. Without plugin sources, the contract
 * of ARCHITECTURE.md applies.
 */
final class StepParameters {

    static final String STEP = "obraOrchestrate";

    /** ARCHITECTURE.md's contract, used only when the plugin's sources are not there. */
    private static final Map<String, Set<String>> CONTRACT = Map.of(
            STEP, Set.of("task", "orchestrator", "claudeCredentialsId", "claudeTool", "minQuality", "minConfidence",
                    "onFail", "maxIterations", "verifyCommand", "budgetUsd", "privacyMode", "maxTurns", "model",
                    "baseRef", "configFile", "reportDir"),
            "openai", Set.of("credentialsId", "model", "fallbackModels", "baseUrl", "apiVersion"),
            "ollama", Set.of("baseUrl", "model", "credentialsId", "fallbackModels"));

    private static final Pattern CONSTRUCTOR = Pattern.compile("@DataBoundConstructor\\s+public\\s+\\w+\\s*\\(([^)]*)\\)");
    private static final Pattern SETTER = Pattern.compile("@DataBoundSetter\\s+public\\s+void\\s+set(\\w+)\\s*\\(");
    private static final Pattern FIELD = Pattern.compile(
            "@DataBoundSetter\\s+(?:(?:private|protected|public)\\s+)?[\\w<>, ?.\\[\\]]+\\s+(\\w+)\\s*;");
    private static final Pattern EXTENDS = Pattern.compile("public\\s+(?:abstract\\s+)?class\\s+\\w+\\s+extends\\s+(\\w+)");

    private final Path sources;

    /**
     * @param pluginSources the plugin's {@code src/main/java}
     */
    StepParameters(final Path pluginSources) {
        this.sources = pluginSources;
    }

    static StepParameters ofRepository() {
        return new StepParameters(Docs.ROOT.resolve("plugin/src/main/java"));
    }

    /** Whether the names come from plugin sources (rather than the documented contract). */
    boolean fromSources() {
        return Files.isDirectory(sources);
    }

    /**
     * The parameter names of the step ({@value #STEP}) or of a symbol ({@code openai}, {@code ollama}).
     *
     * @throws IllegalStateException when the plugin has no class for it
     */
    Set<String> of(final String function) {
        if (!fromSources()) {
            return CONTRACT.getOrDefault(function, Set.of());
        }
        List<Path> files = javaFiles();
        String marker = function.equals(STEP) ? "return \"" + STEP + "\";" : "@Symbol(\"" + function + "\")";
        Path file = files.stream().filter(f -> read(f).contains(marker)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no plugin class declares " + marker));
        Set<String> names = new LinkedHashSet<>();
        for (Optional<Path> current = Optional.of(file); current.isPresent(); ) {
            String source = read(current.get());
            collect(source, names);
            Matcher parent = EXTENDS.matcher(source);
            current = parent.find() ? find(files, parent.group(1)) : Optional.empty();
        }
        return names;
    }

    private static void collect(final String source, final Set<String> names) {
        Matcher constructor = CONSTRUCTOR.matcher(source);
        while (constructor.find()) {
            for (String parameter : constructor.group(1).split(",")) {
                String[] words = parameter.trim().split("\\s+");
                if (!parameter.isBlank()) {
                    names.add(words[words.length - 1]);
                }
            }
        }
        Matcher setter = SETTER.matcher(source);
        while (setter.find()) {
            String property = setter.group(1);
            names.add(Character.toLowerCase(property.charAt(0)) + property.substring(1));
        }
        Matcher field = FIELD.matcher(source);
        while (field.find()) {
            names.add(field.group(1));
        }
    }

    private static Optional<Path> find(final List<Path> files, final String simpleName) {
        return files.stream().filter(f -> f.getFileName().toString().equals(simpleName + ".java")).findFirst();
    }

    private List<Path> javaFiles() {
        try (Stream<Path> walk = Files.walk(sources)) {
            return walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(final Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
