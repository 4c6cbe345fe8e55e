package io.obra.orchestrator;

import io.obra.config.LlmSettings;
import io.obra.config.OrchestratorSettings;
import io.obra.orchestrator.ollama.OllamaOrchestrator;
import io.obra.orchestrator.openai.OpenAiOrchestrator;
import io.obra.orchestrator.openai.OpenAiProvider;
import io.obra.port.BuildLog;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrchestratorsTest {

    private final OkHttpClient http = new OkHttpClient();
    private final OrchestratorContext context = OrchestratorContext.of(BuildLog.silent());

    @AfterEach
    void stop() {
        io.obra.testing.OrchestratorFixtures.close(http);
    }

    @Test
    void discoversTheProvidersRegisteredAsServices() {
        assertThat(Orchestrators.discover().ids()).containsExactly("ollama", "openai");
    }

    @Test
    void createsTheOrchestratorOfTheConfiguredProvider() throws Exception {
        Orchestrators registry = Orchestrators.discover();

        Orchestrator openai = registry.create(LlmSettings.of("OpenAI", "gpt-4o-2024-11-20"), http, context);
        Orchestrator ollama = registry.create(LlmSettings.of("ollama", "qwen2.5-coder:32b")
                .withBaseUrl("http://gpu-agent:11434/"), http, context);

        assertThat(openai).isInstanceOf(OpenAiOrchestrator.class);
        assertThat(openai.endpoint()).isEqualTo("https://api.openai.com/v1");
        assertThat(openai.model()).isEqualTo("gpt-4o-2024-11-20");
        assertThat(ollama).isInstanceOf(OllamaOrchestrator.class);
        assertThat(ollama.endpoint()).isEqualTo("http://gpu-agent:11434");
    }

    @Test
    void anUnknownProviderIsAConfigurationErrorNamingTheKnownOnes() {
        assertThatThrownBy(() -> Orchestrators.discover().create(LlmSettings.of("anthropic", "claude"), http, context))
                .isInstanceOfSatisfying(OrchestratorException.class,
                        e -> assertThat(e.kind()).isEqualTo(OrchestratorException.Kind.CONFIGURATION))
                .hasMessage("unknown orchestrator provider 'anthropic'; known providers: ollama, openai");
    }

    @Test
    void aBaseUrlThatIsNotAUrlIsAConfigurationError() {
        assertThatThrownBy(() -> Orchestrators.discover().create(LlmSettings.of("ollama", "qwen2.5-coder:32b")
                .withBaseUrl("gpu-agent:11434"), http, context))
                .isInstanceOfSatisfying(OrchestratorException.class,
                        e -> assertThat(e.kind()).isEqualTo(OrchestratorException.Kind.CONFIGURATION))
                .hasMessageContaining("the Ollama base URL 'gpu-agent:11434' is not an http(s) URL");
    }

    @Test
    void aFallbackSettingBacksThePrimaryWithAnotherProvider() throws Exception {
        OrchestratorSettings settings = new OrchestratorSettings(LlmSettings.of("openai", "gpt-4o-2024-11-20"),
                Optional.of(LlmSettings.of("ollama", "qwen2.5-coder:32b")), Optional.empty(), false, 1);

        Orchestrator orchestrator = Orchestrators.discover().create(settings, http, context);

        assertThat(orchestrator).isInstanceOfSatisfying(FallbackOrchestrator.class, chain -> {
            assertThat(chain.primary()).isInstanceOf(OpenAiOrchestrator.class);
            assertThat(chain.fallback()).isInstanceOf(OllamaOrchestrator.class);
        });
        assertThat(orchestrator.provider()).isEqualTo("openai");
        assertThat(Orchestrators.discover().create(settings.llm(), Optional.empty(), http, context))
                .isInstanceOf(OpenAiOrchestrator.class);
    }

    @Test
    void aNewProviderPlugsInWithoutOtherChanges() throws Exception {
        OrchestratorProvider echo = new OrchestratorProvider() {
            @Override
            public String id() {
                return "echo";
            }

            @Override
            public Orchestrator create(final LlmSettings settings, final OkHttpClient client,
                                       final OrchestratorContext ctx) {
                return new Orchestrator() {
                    @Override
                    public String provider() {
                        return "echo";
                    }

                    @Override
                    public String model() {
                        return settings.model();
                    }

                    @Override
                    public String endpoint() {
                        return "memory:";
                    }

                    @Override
                    public Completion complete(final Prompt prompt) {
                        return new Completion(prompt.user(), "echo", settings.model(), TokenUsage.ZERO, List.of(), 0);
                    }

                    @Override
                    public HealthCheck check() {
                        return new HealthCheck(true, "echo");
                    }
                };
            }
        };
        Orchestrators registry = Orchestrators.of(List.of(new OpenAiProvider(), echo));

        Completion completion = registry.create(LlmSettings.of("echo", "v1"), http, context)
                .complete(Prompt.text("s", "hello"));

        assertThat(registry.ids()).containsExactly("echo", "openai");
        assertThat(completion.content()).isEqualTo("hello");
    }

    @Test
    void twoProvidersCannotClaimOneId() {
        assertThatThrownBy(() -> Orchestrators.of(List.of(new OpenAiProvider(), new OpenAiProvider())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'openai'");
    }
}
