package io.obra.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.nio.file.Path;
import java.util.Map;

/** Parses command-line flags the way {@code obra run} does, for tests of the flag → configuration mapping. */
final class Flags {

    @Command(name = "test")
    static final class Holder {
        @Mixin
        ConfigOptions options;
    }

    private Flags() {
    }

    static ConfigOptions parse(final String... args) {
        Holder holder = new Holder();
        new CommandLine(holder).parseArgs(args);
        return holder.options;
    }

    static CliEnvironment environment(final Path dir, final Map<String, String> variables) {
        return new CliEnvironment(variables, dir, dir.resolve("java-home"));
    }
}
