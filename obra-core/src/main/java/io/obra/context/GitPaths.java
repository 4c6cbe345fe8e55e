package io.obra.context;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads paths as git writes them in diff headers: plain, or C-quoted ({@code "a/caf\303\251 x.txt"})
 * when they hold special characters, with the {@code a/} and {@code b/} prefixes removed.
 */
final class GitPaths {

    static final String DEV_NULL = "/dev/null";

    private GitPaths() {
    }

    /** The two paths of a {@code diff --git A B} line, given the text after {@code diff --git }. */
    static String[] fromDiffGitLine(final String rest) {
        if (rest.startsWith("\"")) {
            final Quoted first = readQuoted(rest, 0);
            if (first != null) {
                final String tail = first.end < rest.length() ? rest.substring(first.end).stripLeading() : "";
                return new String[] {stripPrefix(first.value, "a/"), stripPrefix(headerPath(tail), "b/")};
            }
        }
        if (rest.endsWith("\"")) {
            final int split = rest.lastIndexOf(" \"");
            if (split > 0) {
                final Quoted second = readQuoted(rest, split + 1);
                if (second != null) {
                    return new String[] {stripPrefix(rest.substring(0, split), "a/"), stripPrefix(second.value, "b/")};
                }
            }
        }
        return splitUnquoted(rest);
    }

    /**
     * A path from a {@code ---}/{@code +++}, {@code rename from/to} or {@code copy from/to} line (text
     * after the keyword): unquoted, cut at a tab (plain diff adds a timestamp there). Prefixes stay.
     */
    static String headerPath(final String rest) {
        if (rest.startsWith("\"")) {
            final Quoted quoted = readQuoted(rest, 0);
            if (quoted != null) {
                return quoted.value;
            }
        }
        final int tab = rest.indexOf('\t');
        return tab >= 0 ? rest.substring(0, tab) : rest;
    }

    static String stripPrefix(final String path, final String prefix) {
        return path.startsWith(prefix) && path.length() > prefix.length() ? path.substring(prefix.length()) : path;
    }

    /** "a/x y b/x y" is ambiguous; git itself takes the split where both sides name the same file. */
    private static String[] splitUnquoted(final String rest) {
        for (int i = rest.indexOf(' '); i >= 0; i = rest.indexOf(' ', i + 1)) {
            final String left = rest.substring(0, i);
            final String right = rest.substring(i + 1);
            if (left.startsWith("a/") && right.startsWith("b/") && left.substring(2).equals(right.substring(2))) {
                return new String[] {left.substring(2), right.substring(2)};
            }
        }
        final int prefixed = rest.indexOf(" b/");
        if (rest.startsWith("a/") && prefixed > 0) {
            return new String[] {rest.substring(2, prefixed), rest.substring(prefixed + 3)};
        }
        final int middle = (rest.length() - 1) / 2;
        if (rest.length() % 2 == 1 && rest.charAt(middle) == ' '
                && rest.substring(0, middle).equals(rest.substring(middle + 1))) {
            return new String[] {rest.substring(0, middle), rest.substring(middle + 1)};
        }
        final int space = rest.indexOf(' ');
        return space > 0
                ? new String[] {rest.substring(0, space), rest.substring(space + 1)}
                : new String[] {rest, rest};
    }

    /** A C-quoted string starting at {@code start}, or null when it is not closed. */
    static Quoted readQuoted(final String s, final int start) {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int i = start + 1;
        while (i < s.length()) {
            final char c = s.charAt(i);
            if (c == '"') {
                return new Quoted(bytes.toString(StandardCharsets.UTF_8), i + 1);
            }
            if (c == '\\' && i + 1 < s.length()) {
                i = escape(s, i + 1, bytes);
                continue;
            }
            final int cp = s.codePointAt(i);
            final byte[] utf8 = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
            bytes.write(utf8, 0, utf8.length);
            i += Character.charCount(cp);
        }
        return null;
    }

    /** Decodes the escape whose letter is at {@code i}; returns the index after it. */
    private static int escape(final String s, final int i, final ByteArrayOutputStream bytes) {
        final char e = s.charAt(i);
        if (e >= '0' && e <= '7') {
            int value = 0;
            int j = i;
            while (j < s.length() && j < i + 3 && s.charAt(j) >= '0' && s.charAt(j) <= '7') {
                value = value * 8 + (s.charAt(j) - '0');
                j++;
            }
            bytes.write(value & 0xff);
            return j;
        }
        final int decoded = switch (e) {
            case 'a' -> 7;
            case 'b' -> '\b';
            case 't' -> '\t';
            case 'n' -> '\n';
            case 'v' -> 11;
            case 'f' -> '\f';
            case 'r' -> '\r';
            default -> e; // \" and \\ and anything unknown stand for themselves
        };
        if (decoded < 0x80) {
            bytes.write(decoded);
        } else {
            final byte[] utf8 = String.valueOf((char) decoded).getBytes(StandardCharsets.UTF_8);
            bytes.write(utf8, 0, utf8.length);
        }
        return i + 1;
    }

    /** A decoded quoted string and the index just after its closing quote. */
    record Quoted(String value, int end) {
    }
}
