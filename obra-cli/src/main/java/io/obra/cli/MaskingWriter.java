package io.obra.cli;

import io.obra.privacy.Secret;
import io.obra.privacy.SecretMasker;

import java.io.IOException;
import java.io.Writer;
import java.util.Collection;

/**
 * A line-buffered {@link Writer} that masks every known secret in a line before the line reaches the
 * terminal. Everything the CLI prints (its own lines, picocli's messages, the engine's progress) goes
 * through one of these, so a key typed by mistake as an argument is not echoed into a CI log either.
 */
final class MaskingWriter extends Writer {

    private final Writer delegate;
    private final StringBuilder line = new StringBuilder();
    private volatile SecretMasker masker;

    MaskingWriter(final Writer delegate, final SecretMasker masker) {
        this.delegate = delegate;
        this.masker = masker;
    }

    /** Masks these secrets too from now on (e.g. a key the configuration file named). */
    synchronized void maskAlso(final Collection<Secret> secrets) {
        masker = masker.with(secrets.stream().map(Secret::reveal).toList());
    }

    @Override
    public synchronized void write(final char[] buffer, final int offset, final int length) throws IOException {
        for (int i = offset; i < offset + length; i++) {
            char c = buffer[i];
            line.append(c);
            if (c == '\n') {
                emit();
            }
        }
    }

    /** Writes the pending part of a line (masked as far as it goes) and flushes. */
    @Override
    public synchronized void flush() throws IOException {
        emit();
        delegate.flush();
    }

    @Override
    public synchronized void close() throws IOException {
        flush();
        delegate.close();
    }

    private void emit() throws IOException {
        if (line.length() > 0) {
            delegate.write(masker.mask(line.toString()));
            line.setLength(0);
        }
    }
}
