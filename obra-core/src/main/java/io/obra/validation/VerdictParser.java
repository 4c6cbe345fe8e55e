package io.obra.validation;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Turns an orchestrator reply into a {@link Verdict}. Strict about meaning, forgiving about what
 * models really send: code fences, prose around the JSON, numbers as strings ({@code "85"},
 * {@code "85%"}), a 0–1 quality or a 0–100 confidence, severity synonyms ({@code high}, {@code nit}).
 * Anything still unusable is a {@link VerdictParseException}; nothing else escapes.
 */
public final class VerdictParser {

    private static final int EXCERPT = 160;

    private final JsonMapper mapper = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .build();

    public Verdict parse(final String reply) throws VerdictParseException {
        if (reply == null || reply.isBlank()) {
            throw new VerdictParseException("expected a JSON verdict object, got an empty reply");
        }
        String json = JsonExtraction.firstObject(reply)
                .orElseThrow(() -> new VerdictParseException(
                        "expected a JSON verdict object, found none" + (reply.contains("{") ? " complete (truncated?)" : "")
                                + " in: " + excerpt(reply)));
        JsonNode root;
        try {
            root = mapper.readTree(json);
        } catch (JacksonException | RuntimeException e) {
            throw new VerdictParseException("the verdict is not valid JSON (" + firstLine(e.getMessage()) + ") in: "
                    + excerpt(json));
        }
        if (root == null || !root.isObject()) {
            throw new VerdictParseException("expected a JSON object with quality, confidence, summary, criteria, "
                    + "findings, got: " + excerpt(json));
        }
        return toVerdict(unwrap(root), json);
    }

    /** Some models wrap the answer: {@code {"verdict": {...}}}. */
    private static JsonNode unwrap(final JsonNode root) {
        if (root.size() == 1) {
            JsonNode only = root.elements().next();
            if (only.isObject() && (only.has("quality") || only.has("confidence"))) {
                return only;
            }
        }
        return root;
    }

    private Verdict toVerdict(final JsonNode root, final String json) throws VerdictParseException {
        List<Criterion> criteria = criteria(root.get("criteria"));
        OptionalDouble rawQuality = number(root.get("quality"), "quality");
        int quality;
        if (rawQuality.isPresent()) {
            quality = percent(rawQuality.getAsDouble(), isFraction(root.get("quality")), "quality");
        } else if (!criteria.isEmpty()) {
            quality = (int) Math.round(criteria.stream().mapToInt(Criterion::score).average().orElse(0));
        } else {
            throw new VerdictParseException("the verdict has no \"quality\" (0-100) and no criteria scores: "
                    + excerpt(json));
        }
        OptionalDouble rawConfidence = number(root.get("confidence"), "confidence");
        if (rawConfidence.isEmpty()) {
            throw new VerdictParseException("the verdict has no \"confidence\" (0.0-1.0): " + excerpt(json));
        }
        double confidence = confidence(rawConfidence.getAsDouble());
        String summary = text(root.get("summary")).orElse("");
        List<Finding> findings = findings(root.get("findings"));
        return new Verdict(quality, confidence, summary, criteria, findings);
    }

    private List<Criterion> criteria(final JsonNode node) throws VerdictParseException {
        List<Criterion> result = new ArrayList<>();
        if (node == null || node.isNull()) {
            return result;
        }
        if (node.isObject()) {
            // {"correctness": 80} or {"correctness": {"score": 80, "rationale": "..."}}
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode value = e.getValue();
                if (value.isObject()) {
                    result.add(criterion(e.getKey(), value));
                } else {
                    OptionalDouble score = number(value, "criteria." + e.getKey());
                    if (score.isEmpty()) {
                        throw new VerdictParseException("criterion \"" + e.getKey() + "\" has no score");
                    }
                    result.add(new Criterion(e.getKey(), percent(score.getAsDouble(), isFraction(value),
                            "criteria." + e.getKey()), ""));
                }
            }
            return result;
        }
        if (!node.isArray()) {
            throw new VerdictParseException("\"criteria\" must be a list of {name, score, rationale}, got "
                    + excerpt(node.toString()));
        }
        for (JsonNode item : node) {
            if (!item.isObject()) {
                throw new VerdictParseException("each criterion must be an object {name, score, rationale}, got "
                        + excerpt(item.toString()));
            }
            Optional<String> name = text(item.get("name"));
            if (name.isEmpty() || name.get().isBlank()) {
                throw new VerdictParseException("a criterion has no name: " + excerpt(item.toString()));
            }
            result.add(criterion(name.get().trim(), item));
        }
        return result;
    }

    private Criterion criterion(final String name, final JsonNode item) throws VerdictParseException {
        JsonNode scoreNode = item.get("score");
        OptionalDouble score = number(scoreNode, "criteria." + name + ".score");
        if (score.isEmpty()) {
            throw new VerdictParseException("criterion \"" + name + "\" has no score (0-100)");
        }
        String rationale = text(item.get("rationale")).or(() -> text(item.get("reason"))).orElse("");
        return new Criterion(name, percent(score.getAsDouble(), isFraction(scoreNode), "criteria." + name + ".score"),
                rationale);
    }

    private List<Finding> findings(final JsonNode node) throws VerdictParseException {
        List<Finding> result = new ArrayList<>();
        if (node == null || node.isNull()) {
            return result;
        }
        if (!node.isArray()) {
            throw new VerdictParseException("\"findings\" must be a list, got " + excerpt(node.toString()));
        }
        for (JsonNode item : node) {
            if (item.isTextual()) {
                result.add(Finding.of(Severity.INFO, item.asText()));
                continue;
            }
            if (!item.isObject()) {
                throw new VerdictParseException("each finding must be an object {severity, file, line, message}, got "
                        + excerpt(item.toString()));
            }
            Optional<String> message = text(item.get("message")).or(() -> text(item.get("description")));
            if (message.isEmpty()) {
                throw new VerdictParseException("a finding has no message: " + excerpt(item.toString()));
            }
            Severity severity = text(item.get("severity")).flatMap(Severity::parse).orElse(Severity.INFO);
            Optional<String> file = text(item.get("file")).map(String::trim).filter(f -> !f.isEmpty());
            Optional<Integer> line = line(item.get("line"));
            result.add(new Finding(severity, file, line, message.get()));
        }
        result.sort((a, b) -> a.severity().compareTo(b.severity()));
        return result;
    }

    private static Optional<Integer> line(final JsonNode node) {
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (node.isIntegralNumber() && node.canConvertToInt()) {
            return node.asInt() > 0 ? Optional.of(node.asInt()) : Optional.empty();
        }
        if (node.isTextual()) {
            // "12", "L12", "12-15"
            String digits = node.asText().replaceFirst("^[^0-9]*", "").replaceFirst("[^0-9].*$", "");
            if (!digits.isEmpty() && digits.length() < 10) {
                int value = Integer.parseInt(digits);
                return value > 0 ? Optional.of(value) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static Optional<String> text(final JsonNode node) {
        if (node == null || node.isNull() || node.isContainerNode()) {
            return Optional.empty();
        }
        return Optional.of(node.asText());
    }

    private static OptionalDouble number(final JsonNode node, final String field) throws VerdictParseException {
        if (node == null || node.isNull()) {
            return OptionalDouble.empty();
        }
        double value;
        if (node.isNumber()) {
            value = node.asDouble();
        } else if (node.isTextual()) {
            String t = node.asText().trim().toLowerCase(Locale.ROOT);
            t = t.replaceFirst("\\s*/\\s*100$", "").replaceFirst("%$", "").trim();
            try {
                value = Double.parseDouble(t);
            } catch (NumberFormatException e) {
                throw new VerdictParseException("\"" + field + "\" must be a number, got \"" + excerpt(node.asText())
                        + "\"");
            }
            if (node.asText().trim().endsWith("%")) {
                value = value / 100.0;
                return OptionalDouble.of(value);
            }
        } else {
            throw new VerdictParseException("\"" + field + "\" must be a number, got " + excerpt(node.toString()));
        }
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new VerdictParseException("\"" + field + "\" must be a finite number, got " + node);
        }
        return OptionalDouble.of(value);
    }

    /** A 0–1 score is a fraction only when written with a decimal point (1 on a 0–100 scale is 1). */
    private static boolean isFraction(final JsonNode node) {
        if (node == null) {
            return false;
        }
        if (node.isTextual()) {
            String t = node.asText().trim();
            return t.endsWith("%") || t.contains(".");
        }
        return node.isFloatingPointNumber();
    }

    private static int percent(final double value, final boolean fraction, final String field)
            throws VerdictParseException {
        double scaled = fraction && value >= 0 && value <= 1.0 ? value * 100 : value;
        if (scaled < 0 || scaled > 100) {
            throw new VerdictParseException("\"" + field + "\" must be between 0 and 100, got " + value);
        }
        return (int) Math.round(scaled);
    }

    private static double confidence(final double value) throws VerdictParseException {
        double scaled = value > 1 && value <= 100 ? value / 100.0 : value;
        if (scaled < 0 || scaled > 1) {
            throw new VerdictParseException("\"confidence\" must be between 0.0 and 1.0, got " + value);
        }
        return scaled;
    }

    private static String firstLine(final String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    static String excerpt(final String text) {
        String oneLine = text.replaceAll("\\s+", " ").trim();
        return oneLine.length() <= EXCERPT ? oneLine : oneLine.substring(0, EXCERPT) + "…";
    }
}
