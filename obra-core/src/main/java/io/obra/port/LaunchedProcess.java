package io.obra.port;

import java.io.InputStream;
import java.time.Duration;

/** A running process started by a {@link ProcessLauncher}. */
public interface LaunchedProcess {

    /** Standard output, read as it arrives. */
    InputStream stdout();

    /** Standard error; an empty stream where the launcher merges it into stdout. */
    InputStream stderr();

    /** Waits for the exit and returns the exit code. */
    int waitFor() throws InterruptedException;

    /** Waits at most {@code timeout}; true if the process has exited. */
    boolean waitFor(Duration timeout) throws InterruptedException;

    boolean isAlive();

    /** Kills the process and every process it started (the whole tree), without waiting. */
    void kill();
}
