package io.obra.port;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;

/**
 * The directory the build works in: the checkout on the agent in Jenkins, a local directory in the
 * CLI. Paths are relative to its root and use '/'.
 */
public interface Workspace {

    /** The absolute path of the root on the machine that runs processes (the agent). */
    String root();

    /** The UTF-8 text of a file, or empty when it does not exist. */
    Optional<String> readText(String relativePath) throws IOException;

    /** Writes (creating parent directories, replacing any existing file) UTF-8 text. */
    void writeText(String relativePath, String text) throws IOException;

    /** Opens a file for streaming writes (e.g. the raw implementer stream); the caller closes it. */
    OutputStream openForWrite(String relativePath) throws IOException;
}
