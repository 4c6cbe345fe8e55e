package io.obra.orchestrator;

import io.obra.config.LlmSettings;
import io.obra.config.OrchestratorSettings;
import okhttp3.OkHttpClient;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeSet;

/**
 * The registry of orchestrator kinds: finds every {@link OrchestratorProvider} on the class path and
 * creates orchestrators from settings, including the cross-provider fallback. Adding a provider means
 * adding a class and a line in {@code META-INF/services}; nothing here or in the loop changes. Immutable.
 */
public final class Orchestrators {

    private final Map<String, OrchestratorProvider> providers;

    private Orchestrators(final Map<String, OrchestratorProvider> providers) {
        this.providers = Collections.unmodifiableMap(providers);
    }

    /** The providers registered with {@link ServiceLoader} next to obra-core (openai, ollama, …). */
    public static Orchestrators discover() {
        // The class loader of the SPI, not the thread's: inside Jenkins that is the plugin's loader.
        ServiceLoader<OrchestratorProvider> loader =
                ServiceLoader.load(OrchestratorProvider.class, OrchestratorProvider.class.getClassLoader());
        List<OrchestratorProvider> found = new ArrayList<>();
        loader.forEach(found::add);
        return of(found);
    }

    /** A registry of exactly these providers. */
    public static Orchestrators of(final List<OrchestratorProvider> list) {
        Map<String, OrchestratorProvider> byId = new LinkedHashMap<>();
        for (OrchestratorProvider provider : list) {
            String id = key(provider.id());
            if (byId.putIfAbsent(id, provider) != null) {
                throw new IllegalArgumentException("two orchestrator providers claim the id '" + id + "'");
            }
        }
        return new Orchestrators(byId);
    }

    /** The known provider ids, sorted. */
    public List<String> ids() {
        return List.copyOf(new TreeSet<>(providers.keySet()));
    }

    public Optional<OrchestratorProvider> provider(final String id) {
        return Optional.ofNullable(providers.get(key(id)));
    }

    /**
     * Creates the orchestrator for the settings' model and its same-provider fallback models.
     *
     * @throws OrchestratorException CONFIGURATION for an unknown provider id or settings the provider rejects
     */
    public Orchestrator create(final LlmSettings settings, final OkHttpClient http,
                               final OrchestratorContext context) throws OrchestratorException {
        OrchestratorProvider provider = provider(settings.provider()).orElseThrow(() -> new OrchestratorException(
                OrchestratorException.Kind.CONFIGURATION, settings.baseUrl().orElse(""),
                "unknown orchestrator provider '" + settings.provider() + "'; known providers: "
                        + String.join(", ", ids()), List.of()));
        try {
            return provider.create(settings, http, context);
        } catch (IllegalArgumentException e) {
            throw new OrchestratorException(OrchestratorException.Kind.CONFIGURATION,
                    settings.baseUrl().orElse(""), e.getMessage(), List.of(), e);
        }
    }

    /**
     * Creates the primary orchestrator, backed by the fallback orchestrator when one is configured
     * (e.g. OpenAI → Ollama).
     */
    public Orchestrator create(final LlmSettings primary, final Optional<LlmSettings> fallback,
                               final OkHttpClient http, final OrchestratorContext context)
            throws OrchestratorException {
        Orchestrator first = create(primary, http, context);
        if (fallback.isEmpty()) {
            return first;
        }
        return new FallbackOrchestrator(first, create(fallback.get(), http, context), context);
    }

    /** Creates the orchestrator of a run's settings: {@code llm} backed by {@code fallback}. */
    public Orchestrator create(final OrchestratorSettings settings, final OkHttpClient http,
                               final OrchestratorContext context) throws OrchestratorException {
        return create(settings.llm(), settings.fallback(), http, context);
    }

    private static String key(final String id) {
        return id.strip().toLowerCase(Locale.ROOT);
    }
}
