package io.obra.config;

import java.util.List;

/**
 * The configuration cannot be used. The message lists every problem found, one per line, each naming the
 * layer and the key path (e.g. {@code .obra.yml: gate.min_quality: expected a number 0–100, got "high"});
 * {@link #path()} and {@link #source()} describe the first. Never contains a secret value.
 */
public final class ConfigException extends Exception {

    private static final long serialVersionUID = 1L;

    private final List<ConfigProblem> problems;

    /**
     * @param problems at least one problem
     */
    public ConfigException(final List<ConfigProblem> problems) {
        super(render(problems));
        this.problems = List.copyOf(problems);
    }

    public ConfigException(final ConfigProblem problem) {
        this(List.of(problem));
    }

    private static String render(final List<ConfigProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a ConfigException needs at least one problem");
        }
        return String.join("\n", problems.stream().map(ConfigProblem::toString).toList());
    }

    /** Key path of the first problem, e.g. {@code gate.min_quality}; empty when the whole layer is wrong. */
    public String path() {
        return problems.get(0).path();
    }

    /** Name of the layer of the first problem, e.g. {@code .obra.yml}. */
    public String source() {
        return problems.get(0).source();
    }

    /** Every problem found, in the order of the layers and keys. */
    public List<ConfigProblem> problems() {
        return problems;
    }
}
