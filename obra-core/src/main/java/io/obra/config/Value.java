package io.obra.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.POJONode;
import io.obra.config.Interpolator.Text;
import io.obra.privacy.Secret;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One value of the configuration tree at a key path, read as the type a field needs. Every reader returns
 * empty when the value is absent or wrong; a wrong value is reported with the path, the expectation and
 * what was found (quoted unless it came from the environment or is a secret).
 */
final class Value {

    private static final int QUOTE_LIMIT = 60;

    private final JsonNode node;
    private final String path;
    private final BindContext context;
    private final boolean secret;

    /**
     * @param node   the value, or {@code null} when the key is absent (a YAML null counts as absent)
     * @param secret never quote the value in a message
     */
    Value(final JsonNode node, final String path, final BindContext context, final boolean secret) {
        this.node = node == null || node.isNull() || node.isMissingNode() ? null : node;
        this.path = path;
        this.context = context;
        this.secret = secret;
    }

    String path() {
        return path;
    }

    BindContext context() {
        return context;
    }

    boolean isPresent() {
        return node != null;
    }

    void error(final String message) {
        context.error(path, message);
    }

    void warn(final String message) {
        context.warn(path, message);
    }

    /** A string, interpolated. Numbers and booleans are refused: a model name must be written as text. */
    Optional<Text> text() {
        if (node == null) {
            return Optional.empty();
        }
        if (!node.isTextual()) {
            String hint = node.isValueNode() && !isSecretObject() && !secret ? " (quote it: \"" + node.asText() + "\")" : "";
            return expected("a string", hint);
        }
        return context.interpolator().apply(node.asText(), !secret, this::error);
    }

    /** A non-empty string; an empty one (e.g. {@code ${URL:-}}) counts as not set. */
    Optional<String> string() {
        return text().map(Text::value).filter(value -> !value.isEmpty());
    }

    /** The text as written, without interpolation or any report (for hints that must not fail twice). */
    Optional<String> rawText() {
        return node != null && node.isTextual() ? Optional.of(node.asText()) : Optional.empty();
    }

    /** A non-empty, trimmed string; {@code missing} is reported when the key is absent or empty. */
    Optional<String> requiredString(final String missing) {
        Optional<Text> text = text();
        String value = text.map(t -> t.value().trim()).orElse("");
        if (value.isEmpty() && (text.isPresent() || node == null)) {
            error(missing);
        }
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    /** A string, number or boolean as text, for values that end up as text anyway (environment variables). */
    Optional<String> scalarText() {
        if (node != null && (node.isNumber() || node.isBoolean())) {
            return Optional.of(node.asText());
        }
        return text().map(Text::value);
    }

    /** A whole number in {@code [min, max]}; {@code max} of {@link Integer#MAX_VALUE} means no upper bound. */
    Optional<Integer> integer(final int min, final int max) {
        String range = max == Integer.MAX_VALUE ? " ≥ " + min : " " + min + "–" + max;
        Optional<BigDecimal> number = decimal("a number" + range);
        if (number.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal value = number.get();
        if (value.stripTrailingZeros().scale() > 0) {
            return expected("a whole number" + range, "");
        }
        if (value.compareTo(BigDecimal.valueOf(min)) < 0 || value.compareTo(BigDecimal.valueOf(max)) > 0) {
            return expected("a number" + range, "");
        }
        return Optional.of(value.intValueExact());
    }

    /**
     * A number accepted by {@code valid}.
     *
     * @param expectation e.g. {@code "an amount in USD above 0"}
     */
    Optional<Double> number(final String expectation, final Predicate<Double> valid) {
        Optional<Double> number = decimal(expectation).map(BigDecimal::doubleValue);
        if (number.isPresent() && !valid.test(number.get())) {
            return expected(expectation, "");
        }
        return number;
    }

    /**
     * A fraction 0–1, also written as a percentage string ({@code "60%"}). A number above 1 is refused with
     * the fraction it probably meant (60 → 0.6).
     *
     * @param zeroAllowed whether 0 is a valid value
     */
    Optional<Double> fraction(final boolean zeroAllowed) {
        String expectation = zeroAllowed ? "a number 0–1" : "a number above 0, at most 1";
        Optional<BigDecimal> number;
        if (node != null && node.isTextual() && node.asText().trim().endsWith("%")) {
            number = text().flatMap(t -> parseDecimal(t.value().trim().replaceFirst("%$", "").trim()))
                    .map(percent -> percent.movePointLeft(2));
            if (number.isEmpty()) {
                return expected(expectation + " or a percentage such as \"60%\"", "");
            }
        } else {
            number = decimal(expectation);
        }
        if (number.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal value = number.get();
        boolean percentMeant = value.compareTo(BigDecimal.ONE) > 0 && value.compareTo(BigDecimal.valueOf(100)) <= 0
                && value.stripTrailingZeros().scale() <= 0;
        if (percentMeant) {
            String percent = value.stripTrailingZeros().toPlainString();
            String meant = value.movePointLeft(2).stripTrailingZeros().toPlainString();
            return expected(expectation, "; for " + percent + " % write " + meant + " or \"" + percent + "%\"");
        }
        if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0 || !zeroAllowed && value.signum() == 0) {
            return expected(expectation, "");
        }
        return Optional.of(value.doubleValue());
    }

    /** {@code true}/{@code false}; also {@code yes}/{@code no}/{@code on}/{@code off} and their strings. */
    Optional<Boolean> bool() {
        if (node == null) {
            return Optional.empty();
        }
        if (node.isBoolean()) {
            return Optional.of(node.booleanValue());
        }
        if (node.isTextual()) {
            Optional<Text> text = text();
            if (text.isEmpty()) {
                return Optional.empty();
            }
            switch (text.get().value().trim().toLowerCase(Locale.ROOT)) {
                case "true", "yes", "on":
                    return Optional.of(true);
                case "false", "no", "off":
                    return Optional.of(false);
                default:
                    return expected("true or false", "");
            }
        }
        return expected("true or false", "");
    }

    /** A duration ({@link DurationText}); zero only if {@code zeroAllowed}. */
    Optional<Duration> duration(final boolean zeroAllowed) {
        if (node == null) {
            return Optional.empty();
        }
        String expectation = DurationText.EXPECTATION + (zeroAllowed ? "" : ", above 0");
        Optional<Duration> duration;
        if (node.isNumber()) {
            duration = DurationText.ofSeconds(node.decimalValue()).filter(d -> !d.isNegative());
        } else if (node.isTextual()) {
            Optional<Text> text = text();
            if (text.isEmpty()) {
                return Optional.empty();
            }
            duration = DurationText.parse(text.get().value());
        } else {
            duration = Optional.empty();
        }
        if (duration.isEmpty() || !zeroAllowed && duration.get().isZero()) {
            return expected(expectation, "");
        }
        return duration;
    }

    /** The elements of a list; a single scalar counts as a list of one. */
    Optional<List<Value>> elements() {
        if (node == null) {
            return Optional.empty();
        }
        if (node.isObject()) {
            return expected("a list", "");
        }
        if (!node.isArray()) {
            return Optional.of(List.of(this));
        }
        List<Value> elements = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            elements.add(new Value(node.get(i), path + "[" + i + "]", context, secret));
        }
        return Optional.of(elements);
    }

    /** A list of non-empty strings; empty when any element is wrong (each is reported). */
    Optional<List<String>> strings() {
        return strings(text -> Optional.empty());
    }

    /**
     * A list of strings each accepted by {@code check}; empty entries (e.g. an unset {@code ${EXTRA:-}}) are
     * skipped.
     *
     * @param check returns the problem of one entry, or empty when it is fine
     */
    Optional<List<String>> strings(final Function<String, Optional<String>> check) {
        Optional<List<Value>> elements = elements();
        if (elements.isEmpty()) {
            return Optional.empty();
        }
        List<String> strings = new ArrayList<>();
        boolean valid = true;
        for (Value element : elements.get()) {
            if (!element.isPresent()) {
                element.error("expected a string, got nothing");
                valid = false;
                continue;
            }
            Optional<String> text = element.text().map(Text::value);
            Optional<String> problem = text.filter(t -> !t.isEmpty()).flatMap(check);
            problem.ifPresent(element::error);
            valid &= text.isPresent() && problem.isEmpty();
            text.filter(t -> !t.isEmpty()).ifPresent(strings::add);
        }
        return valid ? Optional.of(List.copyOf(strings)) : Optional.empty();
    }

    /** A map section under this path. */
    Optional<Section> section() {
        if (node == null) {
            return Optional.empty();
        }
        if (!node.isObject()) {
            return expected("a map", "");
        }
        return Optional.of(new Section(node, path, context));
    }

    /** Plain Java values (maps, lists, strings, numbers, booleans) for options passed through to a provider. */
    Optional<Object> plain() {
        if (node == null) {
            return Optional.empty();
        }
        if (node.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            boolean valid = true;
            for (Map.Entry<String, JsonNode> entry : node.properties()) {
                Optional<Object> child = new Value(entry.getValue(), path + "." + entry.getKey(), context, secret).plain();
                child.ifPresent(value -> map.put(entry.getKey(), value));
                valid &= child.isPresent() || entry.getValue().isNull();
            }
            return valid ? Optional.of(Map.copyOf(map)) : Optional.empty();
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>();
            boolean valid = true;
            for (int i = 0; i < node.size(); i++) {
                if (!node.get(i).isNull()) {
                    Optional<Object> child = new Value(node.get(i), path + "[" + i + "]", context, secret).plain();
                    child.ifPresent(list::add);
                    valid &= child.isPresent();
                }
            }
            return valid ? Optional.of(List.copyOf(list)) : Optional.empty();
        }
        if (node.isTextual()) {
            return text().map(Text::value);
        }
        if (node.isBoolean()) {
            return Optional.of(node.booleanValue());
        }
        if (node.isIntegralNumber()) {
            return Optional.of(node.canConvertToInt() ? (Object) node.intValue()
                    : node.canConvertToLong() ? (Object) node.longValue() : node.bigIntegerValue());
        }
        if (node.isNumber()) {
            return Optional.of(node.doubleValue());
        }
        return expected("a string, number, boolean, list or map", "");
    }

    /** The {@link Secret} handed in directly by an adapter (e.g. from Jenkins credentials), if that is the value. */
    Optional<Secret> secretObject() {
        return isSecretObject() ? Optional.of((Secret) ((POJONode) node).getPojo()) : Optional.empty();
    }

    /** What was found, for messages: {@code "high"}, {@code 4}, {@code a list}; never a secret or environment value. */
    String describe() {
        if (node == null) {
            return "nothing";
        }
        if (isSecretObject()) {
            return "a secret";
        }
        if (node.isObject()) {
            return "a map";
        }
        if (node.isArray()) {
            return "a list";
        }
        if (secret) {
            return node.isTextual() ? "a string" : node.isNumber() ? "a number" : "a " + node.getNodeType().name().toLowerCase(Locale.ROOT);
        }
        if (node.isTextual()) {
            String raw = node.asText();
            return raw.replace("$${", "").contains("${") ? "the value of " + quote(raw) : quote(raw);
        }
        return node.asText();
    }

    private Optional<BigDecimal> decimal(final String expectation) {
        if (node == null) {
            return Optional.empty();
        }
        if (node.isNumber()) {
            return Optional.of(node.decimalValue());
        }
        if (node.isTextual()) {
            Optional<Text> text = text();
            if (text.isEmpty()) {
                return Optional.empty();
            }
            Optional<BigDecimal> parsed = parseDecimal(text.get().value().trim());
            return parsed.isPresent() ? parsed : expected(expectation, "");
        }
        return expected(expectation, "");
    }

    private static Optional<BigDecimal> parseDecimal(final String text) {
        try {
            return Optional.of(new BigDecimal(text));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    private <T> Optional<T> expected(final String expectation, final String hint) {
        error("expected " + expectation + ", got " + describe() + hint);
        return Optional.empty();
    }

    private boolean isSecretObject() {
        return node instanceof POJONode pojo && pojo.getPojo() instanceof Secret;
    }

    private static String quote(final String text) {
        String shown = text.length() > QUOTE_LIMIT ? text.substring(0, QUOTE_LIMIT) + "…" : text;
        return "\"" + shown.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\t", "\\t") + "\"";
    }
}
