package io.obra.robustness;

import io.obra.config.LlmSettings;
import io.obra.config.OrchestratorSettings;
import io.obra.config.RubricSettings;
import io.obra.orchestrator.Attempt;
import io.obra.orchestrator.Orchestrator;
import io.obra.orchestrator.OrchestratorException;
import io.obra.orchestrator.OrchestratorException.Kind;
import io.obra.orchestrator.Orchestrators;
import io.obra.robustness.FaultyProvider.Fault;
import io.obra.testing.FakeOrchestratorContext;
import io.obra.testing.OllamaFake;
import io.obra.testing.OpenAiFake;
import io.obra.testing.OrchestratorFixtures;
import io.obra.validation.Evidence;
import io.obra.validation.Rubric;
import io.obra.validation.Validator;
import io.obra.validation.Validator.Validation;
import io.obra.validation.VerdictParseException;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static io.obra.robustness.FaultyProvider.ATTEMPTS;
import static io.obra.robustness.FaultyProvider.OLLAMA;
import static io.obra.robustness.FaultyProvider.OPENAI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Every fault between Obra and an orchestrator, for OpenAI and Ollama, through the {@link Validator} as the
 * loop calls it: how many attempts are made, whether the fallback model is tried, and which typed error
 * (kind, and a message naming the endpoint and the fix) ends the call. Backoff goes through a fake sleeper,
 * so the only real waits are the read timeouts of the timeout fault; each case runs under a hang guard.
 */
class OrchestratorFaultMatrixTest {

    /** Hang guard only: a case that has not ended by then is stuck, not slow. */
    private static final Duration HANG_GUARD = Duration.ofSeconds(30);

    private static final Evidence EVIDENCE = new Evidence(Optional.of("Add input validation to UserController"),
            Optional.of("Added a blank-name check and a test."),
            "diff --git a/src/UserController.java b/src/UserController.java\n"
                    + "+    if (name.isBlank()) throw new IllegalArgumentException(\"name\");\n",
            Optional.empty(), List.of());

    private MockWebServer server;
    private OkHttpClient http;
    private FakeOrchestratorContext fake;
    private final List<String> requestBodies = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() {
        server = OrchestratorFixtures.startServer();
        http = new OkHttpClient();
        fake = new FakeOrchestratorContext();
    }

    @AfterEach
    void stop() {
        server.close();
        OrchestratorFixtures.close(http);
    }

    static Stream<Arguments> matrix() {
        List<Arguments> cases = new ArrayList<>();
        for (FaultyProvider provider : FaultyProvider.values()) {
            for (Fault fault : Fault.values()) {
                cases.add(Arguments.of(provider, fault));
            }
        }
        return cases.stream();
    }

    static Stream<Arguments> transientFaults() {
        return matrix().filter(a -> ((Fault) a.get()[1]).transientFault() && a.get()[1] != Fault.CONNECTION_REFUSED);
    }

    /**
     * What a fault must end in.
     *
     * @param kind     the error kind; empty for a reply that stays unusable (a {@link VerdictParseException})
     * @param attempts HTTP attempts over both models
     * @param message  what the message must say (it must also name the endpoint)
     */
    private record Expected(Optional<Kind> kind, int attempts, String message) {
    }

    private static Expected expected(final FaultyProvider p, final Fault fault, final String endpoint) {
        String label = p == OPENAI ? "OpenAI" : "Ollama";
        String fb = p.fallbackModel;
        int bothModels = 2 * ATTEMPTS;
        return switch (fault) {
            // No other model of a host that cannot be reached would answer: no fallback model.
            case CONNECTION_REFUSED -> new Expected(Optional.of(Kind.UNREACHABLE), ATTEMPTS,
                    (p == OPENAI ? "cannot reach " : "cannot reach Ollama at ") + endpoint
                            + ": connection refused after 3 attempts");
            // The host answered, then the connection broke: said so, not "is the server running?".
            case RESET_MID_BODY -> new Expected(Optional.of(Kind.UNREACHABLE), ATTEMPTS, label + " at " + endpoint
                    + ": the connection failed before the reply was complete (ProtocolException: unexpected end of "
                    + "stream) for model " + p.model + " after 3 attempts; the server or a proxy in between dropped it");
            case READ_TIMEOUT -> new Expected(Optional.of(Kind.TIMEOUT), bothModels, label + " at " + endpoint
                    + " did not answer for model " + fb + " within the read timeout of 0.3 s after 3 attempts");
            case STATUS_408 -> new Expected(Optional.of(Kind.TIMEOUT), bothModels, label + " at " + endpoint
                    + " timed out the request for model " + fb + " (408) after 3 attempts");
            case STATUS_409, STATUS_500, STATUS_502, STATUS_503, STATUS_504 -> new Expected(
                    Optional.of(Kind.SERVER_ERROR), bothModels, label + " at " + endpoint + " failed with "
                    + fault.name().substring(7) + " for model " + fb + " after 3 attempts");
            case STATUS_429_RETRY_AFTER, STATUS_429 -> new Expected(Optional.of(Kind.RATE_LIMITED), bothModels,
                    label + " at " + endpoint + " kept rate-limiting model " + fb + " (429) after 3 attempts");
            // A rejected key fails at once: no retry, no other model.
            case STATUS_401 -> new Expected(Optional.of(Kind.AUTHENTICATION), 1, p == OPENAI
                    ? "the OpenAI key from environment variable OPENAI_API_KEY was rejected (401) by " + endpoint
                    : endpoint + " requires a token (401) but none is configured");
            case STATUS_403 -> new Expected(Optional.of(Kind.AUTHENTICATION), 1, p == OPENAI
                    ? "is not allowed to use model " + p.model + " at " + endpoint + " (403)"
                    : endpoint + " requires a token (403) but none is configured");
            // A missing model is not retried, but the fallback model is tried once.
            case STATUS_404 -> new Expected(Optional.of(Kind.NOT_FOUND), 2, p == OPENAI
                    ? "model " + fb + " is not available at " + endpoint + " (404)"
                    : "model " + fb + " is not pulled on " + endpoint + "; run `ollama pull " + fb + "`");
            case TRUNCATED_JSON -> new Expected(Optional.of(Kind.MALFORMED_RESPONSE), 2, endpoint
                    + (p == OPENAI ? "/chat/completions" : "/api/chat") + " answered 200 with a body that is not the JSON");
            case HTML_ERROR_PAGE -> new Expected(Optional.of(Kind.SERVER_ERROR), bothModels, label + " at " + endpoint
                    + " failed with 502 for model " + fb + " after 3 attempts: an HTML page titled '502 Bad Gateway'");
            // Valid JSON that is no verdict: re-asked once by the validator, then refused.
            case WRONG_SCHEMA -> new Expected(Optional.empty(), 2, "did not return a usable verdict, twice");
            case EMPTY_REPLY -> p == OPENAI
                    ? new Expected(Optional.of(Kind.MALFORMED_RESPONSE), 2, endpoint
                    + " returned a completion without choices for model " + fb)
                    : new Expected(Optional.empty(), 2, "did not return a usable verdict, twice: expected a JSON "
                    + "verdict object, got an empty reply");
        };
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("matrix")
    void everyFaultEndsInItsRetriesAndATypedErrorNamingTheEndpoint(final FaultyProvider provider, final Fault fault) {
        String endpoint = fault == Fault.CONNECTION_REFUSED ? FaultyProvider.refusedEndpoint(provider)
                : provider.endpoint(server);
        if (fault != Fault.CONNECTION_REFUSED) {
            MockResponse response = provider.response(fault);
            serve(request -> response);
        }
        Expected expected = expected(provider, fault, endpoint);
        Orchestrator orchestrator = create(provider.settings(endpoint));

        Throwable thrown = assertTimeoutPreemptively(HANG_GUARD,
                () -> catchThrowable(() -> validator(orchestrator).validate(EVIDENCE)));

        if (expected.kind().isPresent()) {
            assertThat(thrown).as("%s %s", provider, fault).isInstanceOf(OrchestratorException.class);
            OrchestratorException e = (OrchestratorException) thrown;
            assertThat(e.kind()).as(e.getMessage()).isEqualTo(expected.kind().get());
            assertThat(e.endpoint()).isEqualTo(endpoint);
            assertThat(e.getMessage()).contains(endpoint).contains(expected.message());
            assertThat(e.attempts()).as(e.getMessage()).hasSize(expected.attempts());
            assertThat(e.attempts()).extracting(Attempt::provider).containsOnly(provider.id);
            assertBackoff(fault, e.attempts());
        } else {
            assertThat(thrown).as("%s %s", provider, fault).isInstanceOf(VerdictParseException.class);
            assertThat(thrown.getMessage()).contains("the orchestrator " + provider.id + " " + provider.model)
                    .contains(expected.message());
            assertThat(fake.sleeps()).isEmpty();
            assertThat(requestBodies.get(1)).contains("Your previous reply could not be used");
        }
        if (fault != Fault.CONNECTION_REFUSED) {
            assertThat(server.getRequestCount()).isEqualTo(expected.attempts());
        }
        assertNoKeyAnywhere(thrown);
    }

    @ParameterizedTest(name = "{0} {1} once")
    @MethodSource("transientFaults")
    void aTransientFaultOnceIsRetriedAndTheVerdictArrives(final FaultyProvider provider, final Fault fault)
            throws Exception {
        MockResponse bad = provider.response(fault);
        MockResponse good = provider.reply(OrchestratorFixtures.VERDICT_JSON);
        AtomicInteger calls = new AtomicInteger();
        serve(request -> calls.getAndIncrement() == 0 ? bad : good);
        Orchestrator orchestrator = create(provider.settings(provider.endpoint(server)));

        Validation validation = assertTimeoutPreemptively(HANG_GUARD,
                () -> validator(orchestrator).validate(EVIDENCE));

        assertThat(validation.verdict().confidence()).isEqualTo(0.8);
        assertThat(validation.calls()).singleElement().satisfies(call -> {
            assertThat(call.model()).isEqualTo(provider.model);
            assertThat(call.attempts()).hasSize(2);
            assertThat(call.attempts().get(0).outcome()).isNotEqualTo("ok");
            assertThat(call.attempts().get(1).outcome()).isEqualTo("ok");
        });
        assertThat(fake.sleeps()).hasSize(1);
        assertThat(fake.warnings()).anySatisfy(w -> assertThat(w).contains("retry 2/3"));
    }

    @ParameterizedTest(name = "{0} wrong schema once")
    @MethodSource("providers")
    void aReplyInTheWrongShapeIsReAskedOnceAndTheSecondAnswerCounts(final FaultyProvider provider) throws Exception {
        MockResponse bad = provider.response(Fault.WRONG_SCHEMA);
        MockResponse good = provider.reply(OrchestratorFixtures.VERDICT_JSON);
        AtomicInteger calls = new AtomicInteger();
        serve(request -> calls.getAndIncrement() == 0 ? bad : good);

        Validation validation = assertTimeoutPreemptively(HANG_GUARD,
                () -> validator(create(provider.settings(provider.endpoint(server)))).validate(EVIDENCE));

        assertThat(validation.calls()).hasSize(2);
        assertThat(validation.verdict().findings()).hasSize(1);
        assertThat(requestBodies.get(1)).contains("Your previous reply could not be used");
        assertThat(fake.warnings()).anySatisfy(w -> assertThat(w).contains("was unusable").contains("asking once more"));
    }

    static Stream<FaultyProvider> providers() {
        return Stream.of(FaultyProvider.values());
    }

    static Stream<Fault> openAiFaults() {
        return Stream.of(Fault.values());
    }

    /**
     * OpenAI backed by an Ollama on a GPU agent: when the whole OpenAI chain fails, Ollama answers, except for
     * a rejected key (which no other provider fixes and which must not be hidden) and for a reply that arrived
     * but was unusable (the validator's re-ask handles that, not the fallback).
     */
    @ParameterizedTest(name = "openai {0} then ollama")
    @MethodSource("openAiFaults")
    void anOpenAiFaultFallsBackToOllamaUnlessTheKeyWasRejected(final Fault fault) throws Exception {
        try (MockWebServer ollama = OrchestratorFixtures.startServer()) {
            ollama.enqueue(OllamaFake.chat(OrchestratorFixtures.VERDICT_JSON, OLLAMA.model, 900, 120));
            String endpoint = fault == Fault.CONNECTION_REFUSED ? FaultyProvider.refusedEndpoint(OPENAI)
                    : OPENAI.endpoint(server);
            if (fault != Fault.CONNECTION_REFUSED) {
                MockResponse response = OPENAI.response(fault);
                serve(request -> response);
            }
            Orchestrator orchestrator = Orchestrators.discover().create(new OrchestratorSettings(
                    OPENAI.settings(endpoint), Optional.of(OLLAMA.settings(OLLAMA.endpoint(ollama))), Optional.empty(),
                    false, 1), http, fake.context());
            Expected openAi = expected(OPENAI, fault, endpoint);

            Object outcome = assertTimeoutPreemptively(HANG_GUARD, () -> {
                try {
                    return validator(orchestrator).validate(EVIDENCE);
                } catch (OrchestratorException | VerdictParseException e) {
                    return e;
                }
            });

            if (fault == Fault.STATUS_401 || fault == Fault.STATUS_403) {
                assertThat(outcome).isInstanceOfSatisfying(OrchestratorException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.AUTHENTICATION);
                    assertThat(e.getMessage()).contains(endpoint).doesNotContain("fallback");
                });
                assertThat(ollama.getRequestCount()).isZero();
            } else if (openAi.kind().isEmpty()) {
                assertThat(outcome).isInstanceOf(VerdictParseException.class);
                assertThat(ollama.getRequestCount()).isZero();
            } else {
                assertThat(outcome).isInstanceOfSatisfying(Validation.class, v -> {
                    assertThat(v.calls()).singleElement().satisfies(call -> {
                        assertThat(call.provider()).isEqualTo("ollama");
                        assertThat(call.model()).isEqualTo(OLLAMA.model);
                        assertThat(call.attempts()).hasSize(openAi.attempts() + 1);
                        assertThat(call.attempts().get(call.attempts().size() - 1).outcome()).isEqualTo("ok");
                    });
                });
                assertThat(ollama.getRequestCount()).isEqualTo(1);
                assertThat(fake.warnings()).anySatisfy(w -> assertThat(w)
                        .contains("falling back to ollama " + OLLAMA.model + " at " + OLLAMA.endpoint(ollama))
                        .contains(endpoint));
            }
            assertNoKeyAnywhere(outcome instanceof Throwable t ? t : null);
        }
    }

    private Orchestrator create(final LlmSettings settings) {
        try {
            return Orchestrators.discover().create(settings, http, fake.context());
        } catch (OrchestratorException e) {
            throw new AssertionError(e);
        }
    }

    private Validator validator(final Orchestrator orchestrator) {
        return new Validator(orchestrator, new Rubric(RubricSettings.defaults()), 1, fake.context().log());
    }

    /** Every request gets {@code answer}'s response; request bodies are kept. */
    private void serve(final java.util.function.Function<RecordedRequest, MockResponse> answer) {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(final RecordedRequest request) {
                requestBodies.add(request.getBody() == null ? "" : request.getBody().utf8());
                return answer.apply(request);
            }
        });
    }

    /** Waits were asked of the fake sleeper only, one per retry, each within its backoff or the server's wait. */
    private void assertBackoff(final Fault fault, final List<Attempt> attempts) {
        long retries = 0;
        for (int i = 1; i < attempts.size(); i++) {
            if (attempts.get(i).model().equals(attempts.get(i - 1).model())) {
                retries++;
            }
        }
        List<Long> sleeps = fake.sleeps();
        assertThat(sleeps).as("one wait per retry").hasSize((int) retries);
        assertThat(fake.warnings().stream().filter(w -> w.contains(", retry "))).hasSize((int) retries);
        if (fault == Fault.STATUS_429_RETRY_AFTER) {
            assertThat(sleeps).as("Retry-After is obeyed").containsOnly(FaultyProvider.RETRY_AFTER_SECONDS * 1000L);
        } else {
            // full jitter below 0.5 s, 1 s: the n-th retry of a model waits at most 0.5 s * 2^(n-1)
            assertThat(sleeps).allSatisfy(ms -> assertThat(ms).isBetween(0L, 1000L));
        }
    }

    private void assertNoKeyAnywhere(final Throwable thrown) {
        List<String> texts = new ArrayList<>(fake.lines());
        if (thrown != null) {
            texts.add(String.valueOf(thrown));
        }
        assertThat(texts).allSatisfy(text -> assertThat(text).doesNotContain(OpenAiFake.KEY_VALUE)
                .doesNotContain("obraTESTkey"));
    }
}
