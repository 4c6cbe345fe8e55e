package io.obra.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the CLI reads from the process it runs in: environment variables and the current directory.
 * Handed in, so that tests run commands in-process with an environment of their own.
 *
 * @param variables        the environment
 * @param workingDirectory the directory {@code obra} was started in
 * @param systemUserHome   Java's {@code user.home}, used when {@code HOME} is unset
 */
record CliEnvironment(Map<String, String> variables, Path workingDirectory, Path systemUserHome) {

    CliEnvironment {
        variables = Map.copyOf(variables);
        Objects.requireNonNull(workingDirectory, "workingDirectory");
        Objects.requireNonNull(systemUserHome, "systemUserHome");
    }

    static CliEnvironment ofProcess() {
        return new CliEnvironment(System.getenv(), Path.of("").toAbsolutePath(),
                Path.of(System.getProperty("user.home")));
    }

    /** The variable's value, unless unset or blank. */
    Optional<String> get(final String name) {
        return Optional.ofNullable(variables.get(name)).filter(v -> !v.isBlank());
    }

    /** {@code $HOME}, like other command-line tools (Java's {@code user.home} ignores it on Linux). */
    Path userHome() {
        return get("HOME").map(Path::of).orElse(systemUserHome);
    }

    /** {@code $OBRA_HOME}, else {@code ~/.obra}: the usage ledger lives here. */
    Path obraHome() {
        return get("OBRA_HOME").map(Path::of).orElse(userHome().resolve(".obra"));
    }

    Path ledgerFile() {
        return obraHome().resolve("usage.jsonl");
    }

    /** Claude Code's state directory: {@code $CLAUDE_CONFIG_DIR}, else {@code ~/.claude} as the CLI itself uses. */
    Path claudeConfigDir() {
        return get("CLAUDE_CONFIG_DIR").map(Path::of).orElse(userHome().resolve(".claude"));
    }

    /** A path given on the command line, relative to the current directory. */
    Path resolve(final String path) {
        return workingDirectory.resolve(path).toAbsolutePath().normalize();
    }
}
