package io.obra.validation;

import java.util.Optional;

/**
 * Finds the JSON object in a model reply that may wrap it in a code fence or prose. Iterative, so
 * deeply nested or hostile input cannot overflow the stack.
 */
final class JsonExtraction {

    private JsonExtraction() {
    }

    /** The first balanced {@code {...}} in the text (inside a ```json fence if there is one). */
    static Optional<String> firstObject(final String text) {
        String body = fenced(text).orElse(text);
        Optional<String> inFence = balancedFrom(body);
        return inFence.isPresent() ? inFence : balancedFrom(text);
    }

    private static Optional<String> fenced(final String text) {
        int open = text.indexOf("```");
        if (open < 0) {
            return Optional.empty();
        }
        int lineEnd = text.indexOf('\n', open);
        if (lineEnd < 0) {
            return Optional.empty();
        }
        int close = text.indexOf("```", lineEnd);
        return Optional.of(close < 0 ? text.substring(lineEnd + 1) : text.substring(lineEnd + 1, close));
    }

    /** One pass with a stack of open braces: the balanced object that starts earliest wins. */
    private static Optional<String> balancedFrom(final String text) {
        int first = text.indexOf('{');
        if (first < 0) {
            return Optional.empty();
        }
        int[] stack = new int[16];
        int depth = 0;
        int bestStart = -1;
        int bestEnd = -1;
        boolean inString = false;
        boolean escaped = false;
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                if (escaped) {
                    escaped = false;
                } else if (c == '\\') {
                    escaped = true;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{') {
                if (depth == stack.length) {
                    stack = java.util.Arrays.copyOf(stack, depth * 2);
                }
                stack[depth++] = i;
            } else if (c == '}' && depth > 0) {
                int open = stack[--depth];
                if (bestStart < 0 || open < bestStart) {
                    bestStart = open;
                    bestEnd = i;
                }
                if (open == first) {
                    break;
                }
            }
        }
        return bestStart < 0 ? Optional.empty() : Optional.of(text.substring(bestStart, bestEnd + 1));
    }
}
