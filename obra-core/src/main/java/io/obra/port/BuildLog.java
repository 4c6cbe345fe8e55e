package io.obra.port;

/**
 * Where the engine reports progress: the console of a Jenkins build or the terminal of the CLI.
 * Implementations print lines as given; the engine masks secrets before it calls them
 * (see {@link io.obra.privacy.SecretMasker}).
 */
public interface BuildLog {

    void info(String line);

    void warn(String line);

    void error(String line);

    /** A log that prints nothing, for tests and callers that only want the report. */
    static BuildLog silent() {
        return new BuildLog() {
            @Override
            public void info(final String line) {
            }

            @Override
            public void warn(final String line) {
            }

            @Override
            public void error(final String line) {
            }
        };
    }
}
