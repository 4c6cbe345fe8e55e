package io.obra.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The long options of the {@code obra} command line, read from the picocli {@code @Option} annotations of
 * obra-cli's sources (a negatable option also as {@code --no-…}), plus picocli's {@code --help} and
 * {@code --version}.
 */
final class CliOptions {

    private static final Pattern OPTION = Pattern.compile("@Option\\s*\\(");
    private static final Pattern LONG_NAME = Pattern.compile("\"(--[a-z][a-z0-9-]*)\"");
    /** An invocation of obra in a doc line: the jar, or the command at the start of a line or code span. */
    private static final Pattern INVOCATION = Pattern.compile("obra\\.jar\\s|(?:^|`|\\$ )\\s*obra\\s+[a-z]");
    private static final Pattern FLAG = Pattern.compile("(?<=[\\s`\\[])--[a-z][a-z0-9-]*");

    private final Set<String> names;

    CliOptions(final Set<String> names) {
        this.names = Set.copyOf(names);
    }

    /** obra-cli's options; empty when the CLI's sources are not there. */
    static CliOptions ofRepository() {
        Path sources = Docs.ROOT.resolve("obra-cli/src/main/java");
        Set<String> names = new TreeSet<>(List.of("--help", "--version"));
        if (Files.isDirectory(sources)) {
            try (Stream<Path> walk = Files.walk(sources)) {
                for (Path file : walk.filter(p -> p.toString().endsWith(".java")).toList()) {
                    names.addAll(options(Files.readString(file)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new CliOptions(names);
    }

    /** The long option names the {@code @Option} annotations of one source file declare. */
    static Set<String> options(final String java) {
        Set<String> names = new TreeSet<>();
        Matcher option = OPTION.matcher(java);
        while (option.find()) {
            int open = option.end() - 1;
            String annotation = java.substring(open, GroovyCalls.matching(java, open) + 1);
            boolean negatable = annotation.matches("(?s).*negatable\\s*=\\s*true.*");
            Matcher name = LONG_NAME.matcher(annotation);
            while (name.find()) {
                names.add(name.group(1));
                if (negatable) {
                    names.add("--no-" + name.group(1).substring(2));
                }
            }
        }
        return names;
    }

    Set<String> names() {
        return names;
    }

    /** The long flags of every line of {@code text} that invokes obra, and that obra does not have. */
    List<String> unknownFlags(final String text) {
        return text.lines().filter(line -> INVOCATION.matcher(line).find())
                .flatMap(line -> FLAG.matcher(line).results().map(MatchResult::group))
                .filter(flag -> !names.contains(flag))
                .distinct().toList();
    }
}
