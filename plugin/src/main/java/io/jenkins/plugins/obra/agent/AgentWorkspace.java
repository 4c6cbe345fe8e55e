package io.jenkins.plugins.obra.agent;

import hudson.FilePath;
import io.obra.port.Workspace;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** The build's workspace on the agent, read and written through {@link FilePath} (remoting). */
public final class AgentWorkspace implements Workspace {

    private final FilePath root;

    public AgentWorkspace(final FilePath root) {
        this.root = root;
    }

    @Override
    public String root() {
        return root.getRemote();
    }

    @Override
    public Optional<String> readText(final String relativePath) throws IOException {
        FilePath file = root.child(relativePath);
        try {
            if (!file.exists()) {
                return Optional.empty();
            }
            try (InputStream in = file.read()) {
                return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (InterruptedException e) {
            throw interrupted(e);
        }
    }

    @Override
    public void writeText(final String relativePath, final String text) throws IOException {
        FilePath file = root.child(relativePath);
        try {
            mkdirsParent(file);
            file.write(text, StandardCharsets.UTF_8.name());
        } catch (InterruptedException e) {
            throw interrupted(e);
        }
    }

    @Override
    public OutputStream openForWrite(final String relativePath) throws IOException {
        FilePath file = root.child(relativePath);
        try {
            mkdirsParent(file);
            return file.write();
        } catch (InterruptedException e) {
            throw interrupted(e);
        }
    }

    private static void mkdirsParent(final FilePath file) throws IOException, InterruptedException {
        FilePath parent = file.getParent();
        if (parent != null) {
            parent.mkdirs();
        }
    }

    private static InterruptedIOException interrupted(final InterruptedException e) {
        Thread.currentThread().interrupt();
        InterruptedIOException io = new InterruptedIOException("interrupted while reaching the workspace on the agent");
        io.initCause(e);
        return io;
    }
}
