package io.obra.privacy;

import io.obra.port.Workspace;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;

/**
 * A {@link Workspace} whose text writes are masked: whatever a report holds (model text may echo a
 * value it saw when privacy mode was off), no known secret reaches a saved file.
 */
public final class MaskingWorkspace implements Workspace {

    private final Workspace delegate;
    private final SecretMasker masker;

    public MaskingWorkspace(final Workspace delegate, final SecretMasker masker) {
        this.delegate = delegate;
        this.masker = masker;
    }

    @Override
    public String root() {
        return delegate.root();
    }

    @Override
    public Optional<String> readText(final String relativePath) throws IOException {
        return delegate.readText(relativePath);
    }

    @Override
    public void writeText(final String relativePath, final String text) throws IOException {
        delegate.writeText(relativePath, masker.mask(text));
    }

    /** Raw streams are the writer's to mask (the implementer masks its stream artifact line by line). */
    @Override
    public OutputStream openForWrite(final String relativePath) throws IOException {
        return delegate.openForWrite(relativePath);
    }
}
