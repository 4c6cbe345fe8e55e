package io.obra.docs;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Every text the product can print, as written in its main sources: the string literals of the Java code
 * (escapes resolved) and the values of the Messages.properties files (MessageFormat quotes resolved). A
 * documented message is found when each of its fixed parts (separated by {@code …} where the code inserts a
 * value) lies within one such text.
 */
final class SourceStrings {

    /** Where a documented message may stand for the values the code fills in. */
    static final String GAP = "…";

    private final List<String> texts;

    SourceStrings(final List<String> texts) {
        this.texts = List.copyOf(texts);
    }

    /** The main sources of the engine, the CLI and the plugin, those that exist. */
    static SourceStrings ofRepository() {
        List<String> texts = new ArrayList<>();
        for (String module : List.of("obra-core", "obra-cli", "plugin")) {
            Path main = Docs.ROOT.resolve(module).resolve("src/main");
            if (!Files.isDirectory(main)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(main)) {
                for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                    String name = file.getFileName().toString();
                    if (name.endsWith(".java")) {
                        texts.addAll(javaStrings(Files.readString(file)));
                    } else if (name.endsWith(".properties")) {
                        texts.addAll(propertyValues(file));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new SourceStrings(texts);
    }

    int size() {
        return texts.size();
    }

    /**
     * Whether every fixed part of {@code message} lies within one source text. Parts shorter than 3 characters
     * (a closing quote or parenthesis) are not looked for; the parts looked for must add up to 12 characters,
     * so that a message is specific enough to be found in a console.
     */
    boolean contains(final String message) {
        int matched = 0;
        for (String part : message.split(GAP)) {
            String fixed = part.strip();
            if (fixed.length() < 3) {
                continue;
            }
            if (texts.stream().noneMatch(text -> text.contains(fixed))) {
                return false;
            }
            matched += fixed.length();
        }
        return matched >= 12;
    }

    /** The string literals and text blocks of Java source, with their escapes resolved; comments skipped. */
    static List<String> javaStrings(final String java) {
        List<String> strings = new ArrayList<>();
        int i = 0;
        while (i < java.length()) {
            char c = java.charAt(i);
            if (java.startsWith("//", i)) {
                int nl = java.indexOf('\n', i);
                i = nl < 0 ? java.length() : nl;
            } else if (java.startsWith("/*", i)) {
                int end = java.indexOf("*/", i + 2);
                i = end < 0 ? java.length() : end + 2;
            } else if (c == '\'') {
                int end = i + 1;
                while (end < java.length() && java.charAt(end) != '\'') {
                    end += java.charAt(end) == '\\' ? 2 : 1;
                }
                i = end + 1;
            } else if (java.startsWith("\"\"\"", i)) {
                int end = java.indexOf("\"\"\"", i + 3);
                end = end < 0 ? java.length() : end;
                strings.add(unescape(java.substring(java.indexOf('\n', i) + 1, end).stripIndent()));
                i = end + 3;
            } else if (c == '"') {
                int end = i + 1;
                while (end < java.length() && java.charAt(end) != '"') {
                    end += java.charAt(end) == '\\' ? 2 : 1;
                }
                strings.add(unescape(java.substring(i + 1, Math.min(end, java.length()))));
                i = end + 1;
            } else {
                i++;
            }
        }
        return strings;
    }

    private static String unescape(final String literal) {
        StringBuilder out = new StringBuilder(literal.length());
        for (int i = 0; i < literal.length(); i++) {
            char c = literal.charAt(i);
            if (c != '\\' || i + 1 >= literal.length()) {
                out.append(c);
                continue;
            }
            char next = literal.charAt(++i);
            switch (next) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'u' -> {
                    out.append((char) Integer.parseInt(literal.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> out.append(next);
            }
        }
        return out.toString();
    }

    private static List<String> propertyValues(final Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            properties.load(reader);
        }
        // MessageFormat writes a single quote as ''.
        return properties.stringPropertyNames().stream().sorted()
                .map(key -> properties.getProperty(key).replace("''", "'")).toList();
    }
}
