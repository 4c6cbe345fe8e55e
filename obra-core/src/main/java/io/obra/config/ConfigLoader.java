package io.obra.config;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Turns configuration layers into an {@link ObraConfig}: layers are deep-merged over the
 * {@linkplain ConfigDefaults defaults} (maps merge, scalars and lists replace, later layers win),
 * {@code ${NAME}} and {@code ${NAME:-default}} are read from the given environment, and every key is
 * checked. The Jenkins plugin passes [global configuration, {@code .obra.yml}, step parameters], the CLI
 * [{@code .obra.yml}, flags]. Thread-safe and immutable.
 */
public final class ConfigLoader {

    /** The orchestrator providers obra-core ships. */
    public static final List<String> KNOWN_PROVIDERS = List.of("openai", "ollama");

    private final Interpolator interpolator;
    private final List<String> providerIds;

    /**
     * @param environment the variables {@code ${NAME}} may name (the process or build environment)
     */
    public ConfigLoader(final Map<String, String> environment) {
        this(environment, KNOWN_PROVIDERS);
    }

    /**
     * @param providerIds the provider ids {@code orchestrator.*.provider} may name, for registries that know
     *                    more providers than {@link #KNOWN_PROVIDERS}
     */
    public ConfigLoader(final Map<String, String> environment, final Collection<String> providerIds) {
        this.interpolator = new Interpolator(environment);
        this.providerIds = List.copyOf(providerIds);
    }

    /**
     * Merges and checks the layers.
     *
     * @param layersLowestFirst e.g. [global configuration, .obra.yml, step parameters]
     * @throws ConfigException with every problem of every layer, or a missing orchestrator provider or model
     */
    public ObraConfig load(final List<ConfigSource> layersLowestFirst) throws ConfigException {
        return loadWithWarnings(layersLowestFirst).config();
    }

    /** Like {@link #load}, also returning warnings to print (e.g. an API key written literally in a file). */
    public LoadedConfig loadWithWarnings(final List<ConfigSource> layersLowestFirst) throws ConfigException {
        List<ConfigProblem> errors = new ArrayList<>();
        for (ConfigSource layer : layersLowestFirst) {
            errors.addAll(check(layer, CheckScope.LAYER).errors());
            errors.addAll(UntrustedKeys.check(layer));
        }
        if (!errors.isEmpty()) {
            throw new ConfigException(errors);
        }
        List<JsonNode> trees = layersLowestFirst.stream().map(ConfigSource::tree).toList();
        LayerOrigins origins = new LayerOrigins(layersLowestFirst);
        BindContext context = new BindContext(CheckScope.MERGED, interpolator, providerIds, origins::sourceOf);
        ObraConfig config = ConfigBinder.bind(TreeMerger.merge(trees), context);
        if (!context.errors().isEmpty()) {
            throw new ConfigException(context.errors());
        }
        return new LoadedConfig(config, context.warnings().stream().map(ConfigProblem::toString).toList());
    }

    /**
     * Every problem of one file on its own (for {@code obra validate-config}), one line each, e.g.
     * {@code .obra.yml: gate.min_qualty: unknown key; did you mean min_quality?}. A missing orchestrator
     * provider or model is not a problem here: in Jenkins they may come from the step. Empty when valid.
     */
    public List<String> validate(final ConfigSource source) {
        return check(source, CheckScope.FILE).errors().stream().map(ConfigProblem::toString).toList();
    }

    /** The warnings of one file on its own, e.g. an API key written literally. */
    public List<String> warnings(final ConfigSource source) {
        return check(source, CheckScope.FILE).warnings().stream().map(ConfigProblem::toString).toList();
    }

    private BindContext check(final ConfigSource source, final CheckScope scope) {
        BindContext context = new BindContext(scope, interpolator, providerIds, path -> source.name());
        ConfigBinder.bind(source.tree(), context);
        return context;
    }
}
