package io.obra.config;

import java.util.List;
import java.util.Objects;

/**
 * The result of loading: the configuration and the warnings to print (e.g. a literal API key in a file).
 *
 * @param config   the merged, validated configuration
 * @param warnings one line each, in the format of {@link ConfigProblem#toString()}
 */
public record LoadedConfig(ObraConfig config, List<String> warnings) {

    public LoadedConfig {
        Objects.requireNonNull(config, "config");
        warnings = List.copyOf(warnings);
    }
}
