package io.obra.cli;

import io.obra.testing.Seeds;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code init} and {@code validate-config} through the fat jar, on the seed's examples and on broken files. */
class ConfigFilesIT {

    @TempDir
    Path tmp;

    private ObraJar obra;
    private Path dir;

    @BeforeEach
    void setUp() throws Exception {
        obra = new ObraJar(tmp.resolve("home"));
        dir = Files.createDirectories(tmp.resolve("work"));
    }

    @Test
    void theSeedExamplesValidate() throws Exception {
        Files.writeString(dir.resolve("openai.yml"), Seeds.OPENAI);
        Files.writeString(dir.resolve("ollama.yml"), Seeds.OLLAMA);

        ObraJar.Result openai = obra.env("OPENAI_API_KEY", "sk-seed-0123456789").run(dir, "validate-config", "openai.yml");
        ObraJar.Result ollama = obra.run(dir, "validate-config", "ollama.yml");

        assertThat(openai.exitCode()).as(openai.all()).isZero();
        assertThat(openai.out()).contains("✓ openai.yml is valid");
        assertThat(openai.all()).doesNotContain("sk-seed-0123456789");
        assertThat(ollama.exitCode()).as(ollama.all()).isZero();
        assertThat(ollama.out()).contains("✓ ollama.yml is valid");
    }

    @Test
    void initOutputValidatesForBothProviders() throws Exception {
        Path openaiDir = Files.createDirectories(dir.resolve("o"));
        Path ollamaDir = Files.createDirectories(dir.resolve("l"));

        ObraJar.Result openaiInit = obra.run(openaiDir, "init", "--provider", "openai");
        ObraJar.Result ollamaInit = obra.run(dir, "init", "--provider", "ollama", "--workdir", "l",
                "--base-url", "http://172.29.144.1:11434");

        assertThat(openaiInit.exitCode()).as(openaiInit.all()).isZero();
        assertThat(ollamaInit.exitCode()).as(ollamaInit.all()).isZero();
        assertThat(obra.run(openaiDir, "validate-config", ".obra.yml").exitCode()).isZero();
        assertThat(obra.run(ollamaDir, "validate-config", ".obra.yml").exitCode()).isZero();
        String ollama = Files.readString(ollamaDir.resolve(".obra.yml"));
        assertThat(ollama).contains("base_url: http://172.29.144.1:11434").contains("# ");
        assertThat(Files.readString(openaiDir.resolve(".obra.yml"))).doesNotContain("api_key:");
    }

    @Test
    void initRefusesToOverwriteWithoutForce() throws Exception {
        Files.writeString(dir.resolve(".obra.yml"), "# mine\n");

        ObraJar.Result result = obra.run(dir, "init", "--provider", "openai");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("exists; pass --force to overwrite it");
        assertThat(Files.readString(dir.resolve(".obra.yml"))).isEqualTo("# mine\n");
    }

    @Test
    void everyProblemIsListedNamingItsField() throws Exception {
        Files.writeString(dir.resolve(".obra.yml"), """
                orchestrator:
                  llm:
                    provider: ollama
                    model: qwen2.5-coder:32b
                    base_url: 172.29.144.1:11434
                gate:
                  min_qualty: 80
                  min_confidence: 1.5
                  on_fail: explode
                """);

        ObraJar.Result result = obra.run(dir, "validate-config", ".obra.yml");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("orchestrator.llm.base_url").contains("gate.min_qualty")
                .contains("min_quality").contains("gate.min_confidence").contains("gate.on_fail")
                .contains("4 problems");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void anUnsetKeyVariableIsNamed() throws Exception {
        Files.writeString(dir.resolve(".obra.yml"), Seeds.OPENAI);

        ObraJar.Result result = obra.run(dir, "validate-config", ".obra.yml");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("orchestrator.llm.api_key").contains("OPENAI_API_KEY is not set");
    }
}
