package io.obra.config;

import java.util.List;
import java.util.Map;

/** Placeholder signature; the real implementation lands with the configuration loader (issue 2). */
public final class ConfigLoader {

    public ConfigLoader(final Map<String, String> environment) {
    }

    public ObraConfig load(final List<ConfigSource> layersLowestFirst) throws ConfigException {
        throw new UnsupportedOperationException("configuration loader not merged yet");
    }

    public List<String> validate(final ConfigSource source) {
        throw new UnsupportedOperationException("configuration loader not merged yet");
    }
}
