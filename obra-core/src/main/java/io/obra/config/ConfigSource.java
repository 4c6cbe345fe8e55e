package io.obra.config;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Map;

/** Placeholder signature; the real implementation lands with the configuration loader (issue 2). */
public record ConfigSource(String name, JsonNode tree) {

    public static ConfigSource yaml(final String name, final String text) throws ConfigException {
        throw new UnsupportedOperationException("configuration loader not merged yet");
    }

    public static ConfigSource of(final String name, final Map<String, ?> tree) {
        throw new UnsupportedOperationException("configuration loader not merged yet");
    }
}
