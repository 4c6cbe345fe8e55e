package io.obra.config;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/configuration.md documents every key the loader accepts. */
class ConfigurationDocTest {

    private static final Path DOC = Path.of("..", "docs", "configuration.md");

    @Test
    void everyKeyIsDocumented() throws IOException {
        assertThat(DOC).as("the key reference, relative to obra-core").exists();
        String doc = Files.readString(DOC);

        List<List<String>> sections = List.of(ConfigKeys.ROOT, ConfigKeys.ORCHESTRATOR, ConfigKeys.LLM,
                ConfigKeys.RETRY, ConfigKeys.AGENT, ConfigKeys.GATE, ConfigKeys.BUDGET, ConfigKeys.PRICING,
                ConfigKeys.MODEL_PRICE, ConfigKeys.PRIVACY, ConfigKeys.RUBRIC, ConfigKeys.CRITERION, ConfigKeys.CONTEXT);
        for (List<String> keys : sections) {
            for (String key : keys) {
                assertThat(doc).as("docs/configuration.md mentions `%s`", key).contains("`" + key + "`");
            }
        }
    }
}
