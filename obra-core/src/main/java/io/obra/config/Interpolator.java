package io.obra.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Replaces {@code ${NAME}} and {@code ${NAME:-default}} in configuration strings with environment values;
 * {@code $${} stands for a literal {@code ${}. Only the braced form is recognised, so a verify command's
 * {@code $HOME} is left to the shell. Defaults are literal text (no nesting).
 */
final class Interpolator {

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final Map<String, String> environment;

    Interpolator(final Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    /**
     * @param raw     the text as written
     * @param quote   whether problems may quote parts of {@code raw} (never for a secret)
     * @param onError receives each problem (e.g. {@code environment variable X is not set}); then the
     *                result is empty
     */
    Optional<Text> apply(final String raw, final boolean quote, final Consumer<String> onError) {
        if (!raw.contains("${")) {
            return Optional.of(new Text(raw, raw, List.of(), !raw.isEmpty()));
        }
        StringBuilder value = new StringBuilder();
        List<String> variables = new ArrayList<>();
        boolean literal = false;
        boolean failed = false;
        int i = 0;
        while (i < raw.length()) {
            if (raw.startsWith("$${", i)) {
                value.append("${");
                literal = true;
                i += 3;
                continue;
            }
            if (!raw.startsWith("${", i)) {
                value.append(raw.charAt(i));
                literal = true;
                i++;
                continue;
            }
            int end = raw.indexOf('}', i + 2);
            if (end < 0) {
                onError.accept("unterminated ${" + (quote ? " in \"" + raw.substring(i) + "\"" : "")
                        + "; write $${ for a literal ${");
                return Optional.empty();
            }
            String reference = raw.substring(i + 2, end);
            int dash = reference.indexOf(":-");
            String name = dash < 0 ? reference : reference.substring(0, dash);
            if (!NAME.matcher(name).matches()) {
                onError.accept((quote ? "${" + reference + "}" : "a ${...} reference")
                        + " does not name an environment variable (letters, digits, _)");
                failed = true;
            } else {
                String found = environment.get(name);
                if (found != null && !(found.isEmpty() && dash >= 0)) {
                    value.append(found);
                    variables.add(name);
                } else if (dash >= 0) {
                    value.append(reference.substring(dash + 2));
                    literal |= dash + 2 < reference.length();
                } else {
                    onError.accept("environment variable " + name + " is not set");
                    failed = true;
                }
            }
            i = end + 1;
        }
        return failed ? Optional.empty() : Optional.of(new Text(value.toString(), raw, List.copyOf(variables), literal));
    }

    /**
     * A string after interpolation.
     *
     * @param value       the resulting text
     * @param raw         the text as written
     * @param variables   environment variables whose values were substituted
     * @param literalText whether any character of the value was written literally (not from a variable)
     */
    record Text(String value, String raw, List<String> variables, boolean literalText) {

        /** Whether the value came from the environment (then it is not quoted in messages). */
        boolean fromEnvironment() {
            return !variables.isEmpty();
        }

        /** The variable when the whole value is exactly one variable's value. */
        Optional<String> soleVariable() {
            return variables.size() == 1 && !literalText ? Optional.of(variables.get(0)) : Optional.empty();
        }
    }
}
