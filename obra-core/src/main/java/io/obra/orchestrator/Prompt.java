package io.obra.orchestrator;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Objects;
import java.util.Optional;

/**
 * One request to an orchestrator: a system and a user message, and the JSON schema the reply must
 * follow (sent as OpenAI strict {@code json_schema} / Ollama {@code format}); without a schema the
 * reply is free text.
 */
public record Prompt(String system, String user, Optional<String> schemaName, Optional<JsonNode> schema) {

    public Prompt {
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(schemaName, "schemaName");
        Objects.requireNonNull(schema, "schema");
    }

    public static Prompt structured(final String system, final String user, final String schemaName,
                                    final JsonNode schema) {
        return new Prompt(system, user, Optional.of(schemaName), Optional.of(schema));
    }

    public static Prompt text(final String system, final String user) {
        return new Prompt(system, user, Optional.empty(), Optional.empty());
    }

    /** The same prompt with a note appended to the user message (for a corrective re-ask). */
    public Prompt withUserSuffix(final String suffix) {
        return new Prompt(system, user + suffix, schemaName, schema);
    }
}
