package io.obra.local;

import io.obra.port.Workspace;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/** A {@link Workspace} that is a directory on this machine. */
public final class LocalWorkspace implements Workspace {

    private final Path root;

    /** @param root the directory; it must exist */
    public LocalWorkspace(final Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public String root() {
        return root.toString();
    }

    @Override
    public Optional<String> readText(final String relativePath) throws IOException {
        Path file = resolve(relativePath);
        try {
            return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    @Override
    public void writeText(final String relativePath, final String text) throws IOException {
        Path file = resolve(relativePath);
        createParent(file);
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    @Override
    public OutputStream openForWrite(final String relativePath) throws IOException {
        Path file = resolve(relativePath);
        createParent(file);
        return Files.newOutputStream(file);
    }

    /** Resolves a workspace-relative path; refuses absolute paths and paths that leave the root. */
    private Path resolve(final String relativePath) throws IOException {
        Path relative = Path.of(relativePath);
        Path file = root.resolve(relative).normalize();
        if (relative.isAbsolute() || !file.startsWith(root) || file.equals(root)) {
            throw new IOException("'" + relativePath + "' is not a file inside the workspace " + root);
        }
        return file;
    }

    private static void createParent(final Path file) throws IOException {
        Path parent = file.getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
    }

    @Override
    public String toString() {
        return "LocalWorkspace[" + root + "]";
    }
}
