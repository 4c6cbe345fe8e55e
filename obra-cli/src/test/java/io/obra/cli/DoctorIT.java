package io.obra.cli;

import io.obra.testing.OllamaFake;
import io.obra.testing.OpenAiFake;
import io.obra.testing.TestClaude;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code obra doctor} as a process: all green, and each ✗ with its fix. */
class DoctorIT {

    private static final String ANTHROPIC_KEY = "sk-ant-api03-doctorTESTkey0123456789";
    private static final String OPENAI_CONFIG = """
            orchestrator:
              llm:
                provider: openai
                model: gpt-4o-2024-11-20
                fallback_models: [gpt-4o-mini-2024-07-18]
            """;
    private static final String OLLAMA_CONFIG = """
            orchestrator:
              llm:
                provider: ollama
                model: qwen2.5-coder:32b
            """;

    @TempDir
    Path tmp;

    private final MockWebServer server = new MockWebServer();
    private final Routes routes = new Routes();
    private GitRepo repo;
    private ObraJar obra;

    @BeforeEach
    void setUp() throws Exception {
        server.setDispatcher(routes);
        server.start();
        repo = GitRepo.create(tmp.resolve("repo"));
        obra = new ObraJar(tmp.resolve("home"))
                .env("OBRA_CLAUDE", TestClaude.binary())
                .env("ANTHROPIC_API_KEY", ANTHROPIC_KEY)
                .env("OPENAI_API_KEY", OpenAiFake.KEY_VALUE)
                .env("OBRA_OPENAI_BASE_URL", server.url("/v1").toString());
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    @Test
    void allGreenWhenEverythingIsInPlace() throws Exception {
        repo.write(".obra.yml", OPENAI_CONFIG);
        routes.on("/v1/models", OpenAiFake.models("gpt-4o-2024-11-20", "gpt-4o-mini-2024-07-18", "o3-2025-04-16"));

        ObraJar.Result result = obra.run(repo.dir(), "doctor");

        assertThat(result.exitCode()).as(result.all()).isZero();
        List<String> checks = checkLines(result.out());
        assertThat(checks).hasSizeGreaterThanOrEqualTo(6).allMatch(line -> line.startsWith("✓"));
        assertThat(result.out())
                .contains("✓ claude: 2.1.197 (Claude Code) at " + Path.of(TestClaude.binary()).normalize())
                .contains("✓ Anthropic credential: environment variable ANTHROPIC_API_KEY is set")
                .contains("✓ git: git version")
                .contains("✓ orchestrator key: environment variable OPENAI_API_KEY is set")
                .contains("✓ orchestrator: ").contains("gpt-4o-2024-11-20, gpt-4o-mini-2024-07-18")
                .contains("Ready");
        assertThat(routes.requests()).singleElement()
                .satisfies(r -> assertThat(r.getHeaders().get("Authorization")).isEqualTo("Bearer " + OpenAiFake.KEY_VALUE));
        assertThat(result.all()).doesNotContain(OpenAiFake.KEY_VALUE).doesNotContain(ANTHROPIC_KEY);
    }

    @Test
    void claudeMissingSaysHowToInstallIt() throws Exception {
        repo.write(".obra.yml", OPENAI_CONFIG);
        routes.on("/v1/models", OpenAiFake.models("gpt-4o-2024-11-20", "gpt-4o-mini-2024-07-18"));
        Path bin = Files.createDirectories(tmp.resolve("bin"));
        // A PATH with git and nothing else, so that no claude of the machine is found.
        Path git = bin.resolve("git");
        Files.writeString(git, "#!/bin/sh\nexec '" + Path.of(repo.git("--exec-path").trim()).resolve("git") + "' \"$@\"\n");
        assertThat(git.toFile().setExecutable(true)).isTrue();
        obra.without("OBRA_CLAUDE").env("PATH", bin.toString());

        ObraJar.Result onPath = obra.run(repo.dir(), "doctor");
        ObraJar.Result atPath = obra.env("OBRA_CLAUDE", "/opt/nowhere/claude").run(repo.dir(), "doctor");

        assertThat(onPath.exitCode()).isEqualTo(1);
        assertThat(onPath.out()).contains("✗ claude: Claude Code CLI not found on the PATH")
                .contains("fix: install it with `npm install -g @anthropic-ai/claude-code`, or point --claude / "
                        + "OBRA_CLAUDE")
                .contains("1 check failed");
        assertThat(atPath.out()).contains("✗ claude: Claude Code CLI not found at /opt/nowhere/claude");
        assertThat(checkLines(onPath.out())).filteredOn(l -> l.startsWith("✗")).hasSize(1);
    }

    @Test
    void unreachableOrchestratorNamesTheEndpointAndWhereItComesFrom() throws Exception {
        repo.write(".obra.yml", OPENAI_CONFIG);
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String url = "http://127.0.0.1:" + closedPort + "/v1";

        ObraJar.Result result = obra.env("OBRA_OPENAI_BASE_URL", url).run(repo.dir(), "doctor");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).contains("✗ orchestrator: cannot reach " + url)
                .contains("fix: the endpoint comes from orchestrator.llm.base_url, --orchestrator-url, "
                        + "OBRA_OPENAI_BASE_URL");
    }

    @Test
    void modelNotPulledOnOllamaSaysWhichPullToRun() throws Exception {
        repo.write(".obra.yml", OLLAMA_CONFIG);
        routes.on("/api/version", OllamaFake.version("0.12.3")).on("/api/tags", OllamaFake.tags("llama3.1:8b"));
        String url = server.url("/").toString();

        ObraJar.Result result = obra.env("OBRA_OLLAMA_BASE_URL", url.substring(0, url.length() - 1))
                .run(repo.dir(), "doctor");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).contains("✗ orchestrator: Ollama 0.12.3")
                .contains("qwen2.5-coder:32b is not pulled").contains("`ollama pull qwen2.5-coder:32b`")
                .contains("llama3.1:8b");
        assertThat(checkLines(result.out())).filteredOn(l -> l.startsWith("✗")).hasSize(1);
    }

    @Test
    void ollamaWithTheModelPulledIsGreen() throws Exception {
        repo.write(".obra.yml", OLLAMA_CONFIG);
        routes.on("/api/version", OllamaFake.version("0.12.3"))
                .on("/api/tags", OllamaFake.tags("qwen2.5-coder:32b", "llama3.1:8b"));
        String url = server.url("/").toString();

        ObraJar.Result result = obra.without("OPENAI_API_KEY")
                .env("OBRA_OLLAMA_BASE_URL", url.substring(0, url.length() - 1)).run(repo.dir(), "doctor");

        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(result.out()).contains("✓ orchestrator: Ollama 0.12.3").contains("has qwen2.5-coder:32b pulled");
    }

    @Test
    void orchestratorCallsGoThroughTheProxyOfTheEnvironment() throws Exception {
        repo.write(".obra.yml", OLLAMA_CONFIG.replace("model: qwen2.5-coder:32b",
                "model: qwen2.5-coder:32b\n    base_url: http://ollama.gpu.invalid:11434"));
        routes.on("/api/version", OllamaFake.version("0.12.3")).on("/api/tags", OllamaFake.tags("qwen2.5-coder:32b"));

        ObraJar.Result result = obra.without("OPENAI_API_KEY")
                .env("HTTP_PROXY", "http://127.0.0.1:" + server.getPort()).run(repo.dir(), "doctor");

        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(routes.requests()).isNotEmpty()
                .allSatisfy(r -> assertThat(r.getUrl().host()).isEqualTo("ollama.gpu.invalid"));
    }

    @Test
    void missingKeysSayWhichVariableToSet() throws Exception {
        repo.write(".obra.yml", OPENAI_CONFIG);

        ObraJar.Result result = obra.without("OPENAI_API_KEY").without("OBRA_OPENAI_BASE_URL")
                .without("ANTHROPIC_API_KEY").run(repo.dir(), "doctor");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out())
                .contains("✗ orchestrator key: OPENAI_API_KEY is not set")
                .contains("fix: export OPENAI_API_KEY=<key>; keys are read from the environment only")
                .contains("✗ Anthropic credential: neither ANTHROPIC_API_KEY nor CLAUDE_CODE_OAUTH_TOKEN is set")
                .contains("fix: export ANTHROPIC_API_KEY=<API key> or CLAUDE_CODE_OAUTH_TOKEN=");
        assertThat(routes.requests()).isEmpty();
    }

    @Test
    void aBrokenConfigurationIsACheckThatNamesTheField() throws Exception {
        repo.write(".obra.yml", OPENAI_CONFIG + "gate:\n  min_quality: 180\n");

        ObraJar.Result result = obra.run(repo.dir(), "doctor");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).contains("✗ configuration: ").contains("gate.min_quality")
                .contains("obra validate-config FILE lists every problem");
    }

    @Test
    void notAGitCheckout() throws Exception {
        Path plain = Files.createDirectories(tmp.resolve("plain"));
        Files.writeString(plain.resolve(".obra.yml"), OPENAI_CONFIG);
        routes.on("/v1/models", OpenAiFake.models("gpt-4o-2024-11-20", "gpt-4o-mini-2024-07-18"));

        ObraJar.Result result = obra.run(plain, "doctor");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).contains("✗ git: " + plain + " is not a git checkout");
    }

    private static List<String> checkLines(final String out) {
        return Arrays.stream(out.split("\n")).filter(l -> l.startsWith("✓") || l.startsWith("✗") || l.startsWith("·"))
                .toList();
    }
}
