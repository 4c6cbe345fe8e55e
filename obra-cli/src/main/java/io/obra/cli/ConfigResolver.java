package io.obra.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.obra.config.ConfigException;
import io.obra.config.ConfigLoader;
import io.obra.config.ConfigSource;
import io.obra.config.LlmSettings;
import io.obra.config.LoadedConfig;
import io.obra.config.ObraConfig;
import io.obra.privacy.Secret;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the CLI's configuration layers, lowest first: the file ({@code --config FILE}, else
 * {@code .obra.yml} in the working directory when it exists), the environment ({@link EnvironmentLayer}),
 * the flags ({@link FlagLayer}); and loads them with the engine's {@link ConfigLoader}, which names the
 * layer and key of every problem.
 */
final class ConfigResolver {

    static final String DEFAULT_FILE = ".obra.yml";

    private final CliEnvironment env;

    ConfigResolver(final CliEnvironment env) {
        this.env = env;
    }

    ResolvedConfig resolve(final ConfigOptions options) throws UsageException, ConfigException {
        Path workdir = workdir(options);
        Optional<Path> file = configFile(options, workdir);
        List<String> warnings = new ArrayList<>();
        List<ConfigSource> layers = layers(options, file, warnings);
        LoadedConfig loaded = new ConfigLoader(env.variables()).loadWithWarnings(layers);
        warnings.addAll(loaded.warnings());
        ObraConfig config = loaded.config();
        Optional<Secret> claude = EnvironmentSecrets.claude(env);
        return new ResolvedConfig(config, workdir, file, warnings, claude, knownSecrets(config, claude));
    }

    /**
     * The layers, lowest first; exposed for {@code usage}, which needs the budget only.
     *
     * @param warnings receives what the user should know about the layers (an untrusted file, a withheld key)
     */
    List<ConfigSource> layers(final ConfigOptions options, final Optional<Path> file, final List<String> warnings)
            throws UsageException, ConfigException {
        Optional<ConfigSource> fileLayer = Optional.empty();
        if (file.isPresent()) {
            ConfigSource source = ConfigSource.yaml(displayName(options), read(file.get()));
            Optional<String> untrusted = untrustedBecause(options);
            if (untrusted.isPresent()) {
                warnings.add(untrustedNotice(options, untrusted.get()));
                source = withoutDefaultKeyReferences(source).untrusted();
            }
            fileLayer = Optional.of(source);
        }
        Map<String, Object> flags = FlagLayer.tree(options);
        EnvironmentLayer.Layer environment = EnvironmentLayer.layer(env, fileLayer, flags);
        warnings.addAll(environment.warnings());
        List<ConfigSource> layers = new ArrayList<>();
        fileLayer.ifPresent(layers::add);
        layers.add(ConfigSource.of(EnvironmentLayer.NAME, environment.tree()));
        layers.add(ConfigSource.of(FlagLayer.NAME, flags));
        return layers;
    }

    /**
     * Why the configuration file is not trusted: {@code --no-trust-config}, or a pull-request build (unless
     * {@code --trust-config}). Empty when it is trusted.
     */
    Optional<String> untrustedBecause(final ConfigOptions options) {
        if (options.trustConfig != null) {
            return options.trustConfig ? Optional.empty() : Optional.of("--no-trust-config");
        }
        return PullRequestBuild.detect(env).map(reason -> "this is a pull-request build (" + reason + ")");
    }

    /**
     * {@code api_key: ${OPENAI_API_KEY}} names the key the CLI takes anyway (the seed's example writes it), so
     * in an untrusted file it is dropped rather than refused; the key then follows the untrusted-file rules
     * like any key from the environment. Any other {@code api_key} stays, and is refused.
     */
    static ConfigSource withoutDefaultKeyReferences(final ConfigSource source) {
        JsonNode tree = source.tree();
        for (String block : List.of("llm", "fallback", "shadow")) {
            JsonNode llm = tree.path("orchestrator").path(block);
            String provider = llm.path("provider").asText(block.equals("llm") ? EnvironmentLayer.DEFAULT_PROVIDER : "")
                    .trim().toLowerCase(Locale.ROOT);
            if (llm instanceof ObjectNode node && !provider.isEmpty()
                    && node.path("api_key").asText("").trim().equals("${" + EnvironmentSecrets.keyVariable(provider) + "}")) {
                node.remove("api_key");
            }
        }
        return new ConfigSource(source.name(), tree);
    }

    String untrustedNotice(final ConfigOptions options, final String reason) {
        return displayName(options) + " is not trusted, as " + reason + ": it may not set agent.executable, "
                + "agent.env, agent.settings_file, agent.mcp_config, agent.permission_mode or api_key, and the "
                + "environment's keys go only to endpoints named by the environment or flags (the CLI reads "
                + "OPENAI_API_KEY by itself). Pass --trust-config to trust the file.";
    }

    /** {@code --workdir}, else the current directory; it must be a directory. */
    Path workdir(final ConfigOptions options) throws UsageException {
        Path dir = options.workdir == null ? env.workingDirectory() : env.resolve(options.workdir);
        if (!Files.isDirectory(dir)) {
            throw new UsageException("--workdir " + options.workdir + ": no such directory");
        }
        return dir;
    }

    /** {@code --config FILE} (which must exist), else {@code .obra.yml} in the working directory if there is one. */
    Optional<Path> configFile(final ConfigOptions options, final Path workdir) throws UsageException {
        if (options.config != null) {
            Path file = env.resolve(options.config);
            if (!Files.isRegularFile(file)) {
                throw new UsageException("--config " + options.config + ": file not found");
            }
            return Optional.of(file);
        }
        Path implicit = workdir.resolve(DEFAULT_FILE);
        return Files.isRegularFile(implicit) ? Optional.of(implicit) : Optional.empty();
    }

    static String read(final Path file) throws UsageException {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UsageException(file + ": cannot read (" + e.getMessage() + ")");
        }
    }

    private static String displayName(final ConfigOptions options) {
        return options.config != null ? options.config : DEFAULT_FILE;
    }

    /** The environment's credentials, the configuration's keys and Claude's credential, each once. */
    private List<Secret> knownSecrets(final ObraConfig config, final Optional<Secret> claude) {
        Map<String, Secret> byValue = new LinkedHashMap<>();
        List<Secret> all = new ArrayList<>(EnvironmentSecrets.all(env));
        claude.ifPresent(all::add);
        List<LlmSettings> llms = new ArrayList<>();
        llms.add(config.orchestrator().llm());
        config.orchestrator().fallback().ifPresent(llms::add);
        config.orchestrator().shadow().ifPresent(llms::add);
        llms.forEach(llm -> llm.apiKey().ifPresent(all::add));
        all.stream().filter(s -> !s.isBlank()).forEach(s -> byValue.putIfAbsent(s.reveal(), s));
        return List.copyOf(byValue.values());
    }
}
