package io.obra.port;

import java.io.IOException;

/**
 * Starts processes where the build runs: locally (CLI, tests) or on a Jenkins agent through its
 * {@code Launcher}. The engine never calls {@link ProcessBuilder} itself.
 */
public interface ProcessLauncher {

    /**
     * Starts the process and returns at once; stdin has been written and closed.
     *
     * @throws IOException when the process cannot be started (e.g. the binary does not exist)
     */
    LaunchedProcess launch(ProcessSpec spec) throws IOException;
}
