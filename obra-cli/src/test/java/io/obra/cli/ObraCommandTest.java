package io.obra.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ObraCommandTest {

    @TempDir
    Path dir;

    @Test
    void noCommandIsBadUsage() {
        InProcess.Result result = InProcess.run(dir, Map.of());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("Usage: obra").contains("run").contains("doctor");
    }

    @Test
    void runWithoutTaskIsBadUsageWithPicocliMessage() {
        InProcess.Result result = InProcess.run(dir, Map.of(), "run");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("Missing required option: '--task=TEXT'");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void unknownFlagIsBadUsage() {
        InProcess.Result result = InProcess.run(dir, Map.of(), "run", "--task", "x", "--temperature", "2");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("Unknown options: '--temperature', '2'");
    }

    @Test
    void aKeyPassedAsAFlagIsRefusedAndNotEchoed() {
        String key = "sk-proj-0123456789abcdefghij";

        InProcess.Result result = InProcess.run(dir, Map.of("OPENAI_API_KEY", key), "run", "--task", "x",
                "--openai-api-key=" + key);

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("Unknown option: '--openai-api-key=****'");
        assertThat(result.all()).doesNotContain(key);
    }

    @Test
    void versionComesFromTheBuild() {
        InProcess.Result result = InProcess.run(dir, Map.of(), "--version");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).startsWith("obra ").doesNotContain("${");
    }

    @Test
    void runWithAnInvalidConfigurationNamesTheFieldAndExits2() throws Exception {
        Files.writeString(dir.resolve(".obra.yml"), """
                orchestrator:
                  llm: {provider: openai, model: gpt-4o-2024-11-20}
                gate:
                  min_qualty: 80
                """);

        InProcess.Result result = InProcess.run(dir, Map.of(), "run", "--task", "x");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains(".obra.yml").contains("gate.min_qualty").contains("min_quality");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void reportDirOutsideTheCheckoutIsBadUsage() throws Exception {
        InProcess.Result result = InProcess.run(dir, Map.of(), "run", "--task", "x", "--provider", "ollama",
                "--model", "llama3.1:8b", "--report-dir", "../out");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--report-dir ../out: must be a directory inside the working directory");
    }

    @Test
    void validateConfigListsEveryProblemWithItsField() throws Exception {
        Files.writeString(dir.resolve("bad.yml"), """
                orchestrator:
                  llm: {provider: chatgpt, model: gpt-4o-2024-11-20}
                gate:
                  min_quality: 180
                  min_confidence: high
                budget: {per_run_usd: -1}
                """);

        InProcess.Result result = InProcess.run(dir, Map.of(), "validate-config", "bad.yml");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("orchestrator.llm.provider").contains("gate.min_quality")
                .contains("gate.min_confidence").contains("budget.per_run_usd").contains("bad.yml: 4 problems");
    }

    @Test
    void validateConfigOfAMissingOrMalformedFileIsBadUsage() throws Exception {
        Files.writeString(dir.resolve("broken.yml"), "gate: [unclosed\n");

        assertThat(InProcess.run(dir, Map.of(), "validate-config", "none.yml").err()).contains("none.yml: file not found");
        InProcess.Result broken = InProcess.run(dir, Map.of(), "validate-config", "broken.yml");
        assertThat(broken.exitCode()).isEqualTo(2);
        assertThat(broken.err()).contains("broken.yml").contains("line");
    }

    @Test
    void initWritesAValidFileAndRefusesToOverwriteIt() throws Exception {
        InProcess.Result first = InProcess.run(dir, Map.of(), "init", "--provider", "ollama", "--base-url",
                "http://172.29.144.1:11434");
        InProcess.Result second = InProcess.run(dir, Map.of(), "init", "--provider", "openai");

        assertThat(first.exitCode()).isZero();
        assertThat(Files.readString(dir.resolve(".obra.yml"))).contains("provider: ollama")
                .contains("base_url: http://172.29.144.1:11434");
        assertThat(second.exitCode()).isEqualTo(2);
        assertThat(second.err()).contains("exists; pass --force to overwrite it");
        assertThat(InProcess.run(dir, Map.of(), "init", "--provider", "openai", "--force").exitCode()).isZero();
        assertThat(Files.readString(dir.resolve(".obra.yml"))).contains("provider: openai");
        assertThat(InProcess.run(dir, Map.of(), "validate-config", ".obra.yml").exitCode()).isZero();
    }

    @Test
    void initRefusesOptionsThatMakeAnInvalidFile() {
        InProcess.Result result = InProcess.run(dir, Map.of(), "init", "--provider", "ollama", "--base-url", "gpu:11434");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("orchestrator.llm.base_url");
        assertThat(dir.resolve(".obra.yml")).doesNotExist();
    }

    @Test
    void initRejectsAnUnknownProvider() {
        InProcess.Result result = InProcess.run(dir, Map.of(), "init", "--provider", "anthropic");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--provider");
    }
}
