package io.obra.implementer;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Random lines of stream-json as Claude Code prints them and as it never would: every field the parser
 * reads, in any order, of the expected type or another, with unknown fields, repeated fields, escapes,
 * non-ASCII text and odd numbers, written with random whitespace; and, on request, broken (cut short,
 * a character dropped or added, trailing text). Written by hand rather than with Jackson, so that the
 * text can hold what a serializer would never produce.
 */
final class RandomStreamLines {

    private static final String[] TYPES = {"system", "assistant", "user", "result", "rate_limit_event", "stream_event"};
    private static final String[] SUBTYPES = {"init", "api_retry", "success", "error_max_turns",
        "error_during_execution", "model_fallback", "compact_boundary"};
    private static final String[] TOOLS = {"Write", "Edit", "MultiEdit", "NotebookEdit", "Read", "Bash", "Glob",
        "Grep", "WebFetch", "WebSearch", "Task", "Agent", "TodoWrite", "mcp__x__y"};
    private static final String[] INPUT_FIELDS = {"file_path", "notebook_path", "command", "pattern", "url",
        "query", "description", "content", "old_string", "new_string"};
    /** Text the strings are made of: plain, JSON-special, control, accented, CJK, and an emoji (a surrogate pair). */
    private static final String[] PIECES = {"a", "Z", "0", " ", "word", "/work/repo/src/A.java", "\"", "\\", "/",
        "\n", "\r", "\t", "\b", "\f", "\u0001", "\u001f", "\u007f", "é", "ß", "€", "\u00a0", "中文", "\ud83d\ude00",
        "\u2028", "\ufeff", "\ufffd", "sk-ant-api03-KEY", "{", "}", "[", "]", ":", ","};

    private final Random random;
    private final boolean loneSurrogates;

    /**
     * @param loneSurrogates whether strings may hold a lone surrogate half, raw (only a {@code String} can
     *                       carry it; text decoded from bytes never does) or escaped
     */
    RandomStreamLines(final Random random, final boolean loneSurrogates) {
        this.random = random;
        this.loneSurrogates = loneSurrogates;
    }

    /** A line, broken with probability {@code broken}. */
    String line(final double broken) {
        String line = object(topFields());
        return random.nextDouble() < broken ? breakLine(line) : line;
    }

    private List<String> topFields() {
        List<String> fields = new ArrayList<>();
        maybe(fields, 0.95, "type", () -> oneOf(0.9, () -> string(pick(TYPES)), this::anyValue));
        maybe(fields, 0.7, "subtype", () -> oneOf(0.9, () -> string(pick(SUBTYPES)), this::anyValue));
        maybe(fields, 0.5, "message", this::message);
        maybe(fields, 0.3, "session_id", this::scalarOrAny);
        maybe(fields, 0.2, "model", this::scalarOrAny);
        maybe(fields, 0.2, "tools", () -> oneOf(0.7, () -> array(() -> string(pick(TOOLS))), this::anyValue));
        maybe(fields, 0.2, "claude_code_version", this::scalarOrAny);
        maybe(fields, 0.2, "permissionMode", this::scalarOrAny);
        maybe(fields, 0.2, "cwd", this::scalarOrAny);
        maybe(fields, 0.2, "attempt", this::numberOrAny);
        maybe(fields, 0.2, "max_retries", this::numberOrAny);
        maybe(fields, 0.2, "error_status", this::numberOrAny);
        maybe(fields, 0.2, "error", this::scalarOrAny);
        maybe(fields, 0.2, "retry_delay_ms", this::numberOrAny);
        maybe(fields, 0.3, "usage", () -> oneOf(0.8, () -> object(usageFields()), this::anyValue));
        maybe(fields, 0.2, "permission_denials", () -> oneOf(0.8, () -> array(this::denial), this::anyValue));
        maybe(fields, 0.3, "total_cost_usd", this::numberOrAny);
        maybe(fields, 0.3, "is_error", this::flag);
        maybe(fields, 0.2, "api_error_status", this::numberOrAny);
        maybe(fields, 0.3, "num_turns", this::numberOrAny);
        maybe(fields, 0.3, "result", this::scalarOrAny);
        maybe(fields, 0.3, "duration_ms", this::numberOrAny);
        maybe(fields, 0.2, "terminal_reason", this::scalarOrAny);
        maybe(fields, 0.2, "errors", () -> oneOf(0.7, () -> array(this::scalarOrAny), this::anyValue));
        maybe(fields, 0.4, "tool_use_result", () -> object(List.of(field("filePath", string(text())),
                field("content", string(text())), field("structuredPatch", anyValue()))));
        maybe(fields, 0.4, "parent_tool_use_id", this::scalarOrAny);
        maybe(fields, 0.3, "uuid", () -> string(text()));
        for (int i = random.nextInt(3); i > 0; i--) {
            fields.add(field(text(), anyValue()));
        }
        return shuffledWithRepeats(fields);
    }

    private String message() {
        if (random.nextDouble() < 0.1) {
            return anyValue();
        }
        List<String> fields = new ArrayList<>();
        maybe(fields, 0.8, "id", this::scalarOrAny);
        maybe(fields, 0.9, "content", () -> {
            double kind = random.nextDouble();
            if (kind < 0.8) {
                return array(this::block);
            }
            if (kind < 0.9) {
                // an object's values are iterated like an array's elements
                List<String> members = new ArrayList<>();
                for (int i = random.nextInt(3); i > 0; i--) {
                    members.add(field(text(), block()));
                }
                return object(members);
            }
            return anyValue();
        });
        maybe(fields, 0.3, "role", () -> string("user"));
        maybe(fields, 0.3, "usage", () -> object(usageFields()));
        maybe(fields, 0.2, "stop_reason", this::scalarOrAny);
        return object(shuffledWithRepeats(fields));
    }

    private String block() {
        if (random.nextDouble() < 0.05) {
            return anyValue();
        }
        List<String> fields = new ArrayList<>();
        String type = pick(new String[] {"text", "tool_use", "tool_result", "thinking", "image"});
        maybe(fields, 0.95, "type", () -> oneOf(0.9, () -> string(type), this::anyValue));
        maybe(fields, 0.5, "text", this::scalarOrAny);
        maybe(fields, 0.5, "id", this::scalarOrAny);
        maybe(fields, 0.5, "name", () -> oneOf(0.8, () -> string(pick(TOOLS)), this::anyValue));
        maybe(fields, 0.5, "input", () -> oneOf(0.8, this::toolInput, this::anyValue));
        maybe(fields, 0.5, "tool_use_id", this::scalarOrAny);
        maybe(fields, 0.5, "is_error", this::flag);
        maybe(fields, 0.6, "content", this::toolResultContent);
        maybe(fields, 0.2, "thinking", () -> string(text()));
        return object(shuffledWithRepeats(fields));
    }

    private String toolInput() {
        List<String> fields = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            fields.add(field(pick(INPUT_FIELDS), scalarOrAny()));
        }
        return object(fields);
    }

    private String toolResultContent() {
        double kind = random.nextDouble();
        if (kind < 0.5) {
            return string(text());
        }
        if (kind < 0.8) {
            return array(() -> {
                if (random.nextDouble() < 0.1) {
                    return anyValue();
                }
                List<String> fields = new ArrayList<>();
                maybe(fields, 0.9, "type", () -> string(random.nextBoolean() ? "text" : "image"));
                maybe(fields, 0.8, "text", this::scalarOrAny);
                maybe(fields, 0.2, "source", this::anyValue);
                return object(shuffledWithRepeats(fields));
            });
        }
        return anyValue();
    }

    private String denial() {
        List<String> fields = new ArrayList<>();
        maybe(fields, 0.9, "tool_name", () -> string(pick(TOOLS)));
        maybe(fields, 0.9, "tool_use_id", this::scalarOrAny);
        maybe(fields, 0.9, "tool_input", this::toolInput);
        return object(shuffledWithRepeats(fields));
    }

    private List<String> usageFields() {
        List<String> fields = new ArrayList<>();
        maybe(fields, 0.8, "input_tokens", this::numberOrAny);
        maybe(fields, 0.8, "output_tokens", this::numberOrAny);
        maybe(fields, 0.5, "cache_read_input_tokens", this::numberOrAny);
        maybe(fields, 0.5, "cache_creation_input_tokens", this::numberOrAny);
        return shuffledWithRepeats(fields);
    }

    private String flag() {
        return oneOf(0.7, () -> random.nextBoolean() ? "true" : "false", this::scalarOrAny);
    }

    private String scalarOrAny() {
        return oneOf(0.8, () -> string(text()), this::anyValue);
    }

    private String numberOrAny() {
        return oneOf(0.8, this::number, this::anyValue);
    }

    /** Any JSON value, nested a little. */
    private String anyValue() {
        return anyValue(0);
    }

    private String anyValue(final int depth) {
        int kind = random.nextInt(depth > 2 ? 5 : 7);
        return switch (kind) {
            case 0 -> "null";
            case 1 -> random.nextBoolean() ? "true" : "false";
            case 2, 3 -> number();
            case 4 -> string(text());
            case 5 -> array(() -> anyValue(depth + 1));
            default -> {
                List<String> fields = new ArrayList<>();
                for (int i = random.nextInt(4); i > 0; i--) {
                    fields.add(field(text(), anyValue(depth + 1)));
                }
                yield object(fields);
            }
        };
    }

    private String number() {
        return switch (random.nextInt(10)) {
            case 0 -> "0";
            case 1 -> "-0";
            case 2 -> Integer.toString(random.nextInt());
            case 3 -> Long.toString(random.nextLong());
            case 4 -> "123456789012345678901234567890";
            case 5 -> "-1.5e3";
            case 6 -> "0.0125";
            case 7 -> "1E400";
            case 8 -> Double.toString(random.nextDouble() * 1000);
            default -> Integer.toString(random.nextInt(100));
        };
    }

    private String text() {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(12); i > 0; i--) {
            text.append(pick(PIECES));
        }
        if (random.nextDouble() < 0.005) {
            text.append("x".repeat(random.nextInt(40_000)));
        }
        if (random.nextDouble() < 0.05) {
            text.insert(random.nextInt(text.length() + 1), random.nextBoolean() ? '\ud83d' : '\ude00');
        }
        return text.toString();
    }

    /**
     * A JSON string of {@code text}, each character raw or escaped in one of the allowed ways; a lone
     * surrogate half is always escaped unless lone ones may be raw.
     */
    private String string(final String text) {
        StringBuilder json = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            boolean lone = Character.isSurrogate(c) && !pair;
            boolean mustEscape = c == '"' || c == '\\' || c < 0x20 || lone && !loneSurrogates;
            if (!mustEscape && random.nextDouble() < 0.9) {
                json.append(c);
                if (pair) {
                    json.append(text.charAt(++i));
                }
            } else if (c == '\n' && random.nextBoolean()) {
                json.append("\\n");
            } else if (c == '"' || c == '\\' || c == '/') {
                json.append('\\').append(c);
            } else {
                json.append(escaped(c));
                if (pair) {
                    json.append(escaped(text.charAt(++i)));
                }
            }
        }
        return json.append('"').toString();
    }

    private String escaped(final char c) {
        return String.format(random.nextBoolean() ? "\\u%04x" : "\\u%04X", (int) c);
    }

    private String field(final String name, final String value) {
        return string(name) + space() + ":" + space() + value;
    }

    private void maybe(final List<String> fields, final double p, final String name, final Supplier<String> value) {
        if (random.nextDouble() < p) {
            fields.add(field(name, value.get()));
        }
    }

    /** The fields in random order (the usual order when unshuffled), now and then one twice, differently. */
    private List<String> shuffledWithRepeats(final List<String> fields) {
        List<String> out = new ArrayList<>(fields);
        if (!out.isEmpty() && random.nextDouble() < 0.1) {
            String repeated = out.get(random.nextInt(out.size()));
            out.add(random.nextInt(out.size() + 1), repeated.substring(0, nameEnd(repeated)) + ":" + anyValue());
        }
        if (random.nextBoolean()) {
            java.util.Collections.shuffle(out, random);
        }
        return out;
    }

    /** Where the JSON string a field starts with ends. */
    private static int nameEnd(final String field) {
        int i = 1;
        while (field.charAt(i) != '"') {
            i += field.charAt(i) == '\\' ? 2 : 1;
        }
        return i + 1;
    }

    private String object(final List<String> fields) {
        return "{" + space() + String.join(space() + "," + space(), fields) + space() + "}";
    }

    private String array(final Supplier<String> element) {
        List<String> elements = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            elements.add(element.get());
        }
        return "[" + space() + String.join(space() + "," + space(), elements) + space() + "]";
    }

    private String space() {
        double p = random.nextDouble();
        return p < 0.9 ? "" : p < 0.95 ? " " : p < 0.98 ? "\n\t" : "\r ";
    }

    private String oneOf(final double p, final Supplier<String> usual, final Supplier<String> other) {
        return random.nextDouble() < p ? usual.get() : other.get();
    }

    private String pick(final String[] values) {
        return values[random.nextInt(values.length)];
    }

    /** The line cut short, a character dropped or added, or text before or after it. */
    private String breakLine(final String line) {
        int at = random.nextInt(line.length() + 1);
        String noise = pick(new String[] {"{", "}", "[", "]", "\"", ":", ",", "\\", "x", "0", "-", " ", "\u0000",
            "\ud83d", "null", "}}", "{}", "garbage"});
        return switch (random.nextInt(6)) {
            case 0 -> line.substring(0, at);
            case 1 -> at < line.length() ? line.substring(0, at) + line.substring(at + 1) : line + noise;
            case 2 -> line.substring(0, at) + noise + line.substring(at);
            case 3 -> line + noise;
            case 4 -> noise + line;
            default -> random.nextBoolean() ? "npm WARN " + line : noise;
        };
    }
}
