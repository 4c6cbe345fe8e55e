package io.obra.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the calls of a Pipeline step or symbol in Groovy text and the names of their named arguments: enough
 * of Groovy's lexical rules (strings of four kinds, comments, nesting) to split an argument list correctly,
 * both {@code obraOrchestrate(task: 'x', minQuality: 80)} and the snippet form {@code obraOrchestrate task: 'x'}.
 */
final class GroovyCalls {

    private static final Pattern NAMED = Pattern.compile("^\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*:(?!:)");

    private GroovyCalls() {
    }

    /**
     * One call.
     *
     * @param names     the named arguments, in order
     * @param arguments the argument text
     */
    record Call(String function, List<String> names, String arguments) {
    }

    /** Every call of {@code function} in {@code groovy}, comments ignored. */
    static List<Call> calls(final String groovy, final String function) {
        String code = withoutComments(groovy);
        List<Call> calls = new ArrayList<>();
        Matcher m = Pattern.compile("(?<![A-Za-z0-9_.])" + Pattern.quote(function) + "\\b").matcher(code);
        while (m.find()) {
            int i = m.end();
            while (i < code.length() && (code.charAt(i) == ' ' || code.charAt(i) == '\t')) {
                i++;
            }
            String arguments;
            if (i < code.length() && code.charAt(i) == '(') {
                int close = matching(code, i);
                arguments = code.substring(i + 1, close);
            } else if (NAMED.matcher(code.substring(i)).find()) {
                arguments = commandArguments(code, i);
            } else {
                continue;
            }
            List<String> names = new ArrayList<>();
            for (String argument : splitTopLevel(arguments)) {
                Matcher named = NAMED.matcher(argument);
                if (named.find()) {
                    names.add(named.group(1));
                }
            }
            calls.add(new Call(function, names, arguments));
        }
        return calls;
    }

    /** The argument list of the parenthesis-free form: to the end of the line, continued after a trailing comma. */
    private static String commandArguments(final String code, final int from) {
        int end = from;
        while (true) {
            int nl = code.indexOf('\n', end);
            int lineEnd = nl < 0 ? code.length() : nl;
            end = lineEnd;
            if (nl < 0 || !code.substring(from, lineEnd).stripTrailing().endsWith(",")) {
                return code.substring(from, end);
            }
            end = nl + 1;
        }
    }

    /** The index of the parenthesis that closes the one at {@code open}. */
    static int matching(final String code, final int open) {
        int depth = 0;
        for (int i = open; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '\'' || c == '"') {
                i = endOfString(code, i) - 1;
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
        }
        throw new IllegalArgumentException("unbalanced parentheses after: "
                + code.substring(open, Math.min(code.length(), open + 80)));
    }

    /** The arguments separated by commas outside strings and brackets. */
    static List<String> splitTopLevel(final String arguments) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < arguments.length(); i++) {
            char c = arguments.charAt(i);
            if (c == '\'' || c == '"') {
                i = endOfString(arguments, i) - 1;
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(arguments.substring(start, i));
                start = i + 1;
            }
        }
        if (start < arguments.length() && !arguments.substring(start).isBlank()) {
            parts.add(arguments.substring(start));
        }
        return parts;
    }

    /** The index just after the string starting at {@code start} ({@code '…'}, {@code "…"}, or tripled). */
    private static int endOfString(final String code, final int start) {
        char quote = code.charAt(start);
        String triple = String.valueOf(quote).repeat(3);
        if (code.startsWith(triple, start)) {
            int end = code.indexOf(triple, start + 3);
            if (end < 0) {
                throw new IllegalArgumentException("unterminated " + triple + " string");
            }
            return end + 3;
        }
        for (int i = start + 1; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == quote) {
                return i + 1;
            } else if (c == '\n') {
                break;
            }
        }
        throw new IllegalArgumentException("unterminated string: "
                + code.substring(start, Math.min(code.length(), start + 60)));
    }

    /** The text with {@code //} and {@code /* *\/} comments blanked; strings are kept. */
    static String withoutComments(final String groovy) {
        StringBuilder out = new StringBuilder(groovy.length());
        int i = 0;
        while (i < groovy.length()) {
            char c = groovy.charAt(i);
            if (c == '\'' || c == '"') {
                int end = endOfString(groovy, i);
                out.append(groovy, i, end);
                i = end;
            } else if (groovy.startsWith("//", i)) {
                int nl = groovy.indexOf('\n', i);
                i = nl < 0 ? groovy.length() : nl;
            } else if (groovy.startsWith("/*", i)) {
                int end = groovy.indexOf("*/", i + 2);
                i = end < 0 ? groovy.length() : end + 2;
                out.append(' ');
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
