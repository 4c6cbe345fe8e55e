package io.obra.config;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/** One map of the configuration tree at a key path (possibly absent, then every key reads as absent). */
final class Section {

    private final JsonNode map;
    private final String path;
    private final BindContext context;

    /**
     * @param map an object node, or {@code null} for a section nobody wrote
     */
    Section(final JsonNode map, final String path, final BindContext context) {
        this.map = map != null && map.isObject() ? map : null;
        this.path = path;
        this.context = context;
    }

    /** The section under {@code key}: absent when not written, and (reported) when not a map. */
    Section section(final String key) {
        return value(key).section().orElseGet(() -> new Section(null, pathOf(key), context));
    }

    Value value(final String key) {
        return new Value(map == null ? null : map.get(key), pathOf(key), context, false);
    }

    /** A value never quoted in messages (an API key). */
    Value secretValue(final String key) {
        return new Value(map == null ? null : map.get(key), pathOf(key), context, true);
    }

    boolean isPresent() {
        return map != null;
    }

    /** Whether {@code key} has a (non-null) value. */
    boolean has(final String key) {
        return value(key).isPresent();
    }

    /** The keys written, in file order. */
    List<String> keys() {
        List<String> keys = new ArrayList<>();
        if (map != null) {
            map.fieldNames().forEachRemaining(keys::add);
        }
        return keys;
    }

    /** Reports every key not in {@code known}, with a hint at the key probably meant. */
    void allowKeys(final List<String> known) {
        for (String key : keys()) {
            if (!known.contains(key)) {
                context.error(pathOf(key), "unknown key; " + KeySuggester.hint(key, known, hintSection()));
            }
        }
    }

    String path() {
        return path;
    }

    String pathOf(final String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    BindContext context() {
        return context;
    }

    void error(final String key, final String message) {
        context.error(pathOf(key), message);
    }

    /** Fallback and shadow blocks share the keys of orchestrator.llm. */
    private String hintSection() {
        for (String alias : List.of("orchestrator.fallback", "orchestrator.shadow")) {
            if (path.equals(alias) || path.startsWith(alias + ".")) {
                return "orchestrator.llm" + path.substring(alias.length());
            }
        }
        return path;
    }
}
