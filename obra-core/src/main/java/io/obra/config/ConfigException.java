package io.obra.config;

/** Placeholder signature; the real implementation lands with the configuration loader (issue 2). */
public final class ConfigException extends Exception {

    private static final long serialVersionUID = 1L;

    public ConfigException(final String message) {
        super(message);
    }

    public String path() {
        return "";
    }

    public String source() {
        return "";
    }
}
