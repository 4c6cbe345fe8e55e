package io.obra.privacy;

import io.obra.port.BuildLog;

/** A {@link BuildLog} that masks every known secret before a line reaches the real log. */
public final class MaskingBuildLog implements BuildLog {

    private final BuildLog delegate;
    private final SecretMasker masker;

    public MaskingBuildLog(final BuildLog delegate, final SecretMasker masker) {
        this.delegate = delegate;
        this.masker = masker;
    }

    @Override
    public void info(final String line) {
        delegate.info(masker.mask(line));
    }

    @Override
    public void warn(final String line) {
        delegate.warn(masker.mask(line));
    }

    @Override
    public void error(final String line) {
        delegate.error(masker.mask(line));
    }
}
