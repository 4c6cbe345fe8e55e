package io.obra.implementer;

import io.obra.privacy.SecretMasker;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * The raw stream-json artifact: every line the CLI printed, in order, with secrets masked. Lines over
 * the parse limit are written whole, in parts; a part is only cut where no secret can straddle the cut,
 * so a key split across two parts is masked as well. Thread-safe (the run closes it while the reader
 * may still write).
 */
final class MaskedStreamArtifact implements Closeable {

    /** Longer than any secret: a secret is always whole within this window on one side of a cut. */
    private static final int WINDOW = 8192;

    private final Writer out;
    private final SecretMasker masker;
    private StringBuilder carry = new StringBuilder();
    private boolean failed;

    MaskedStreamArtifact(final OutputStream out, final SecretMasker masker) {
        this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        this.masker = masker;
    }

    /** An artifact that writes nowhere, when the file could not be opened. */
    static MaskedStreamArtifact discarding() {
        return new MaskedStreamArtifact(OutputStream.nullOutputStream(), SecretMasker.none());
    }

    synchronized void line(final String line) {
        write(masker.mask(line));
        write("\n");
        flush();
    }

    synchronized void longLinePart(final String part) {
        carry.append(part);
        if (carry.length() <= 2 * WINDOW) {
            return;
        }
        int cut = safeCut(carry, carry.length() - WINDOW);
        write(masker.mask(carry.substring(0, cut)));
        carry = new StringBuilder(carry.substring(cut));
    }

    synchronized void longLineEnd() {
        write(masker.mask(carry.toString()));
        write("\n");
        carry = new StringBuilder();
        flush();
    }

    private String maskedPair(final CharSequence text, final int from, final int cut, final int to) {
        return masker.mask(text.subSequence(from, cut).toString()) + masker.mask(text.subSequence(cut, to).toString());
    }

    /**
     * The position at or before {@code cut} where masking both sides separately gives the same text as
     * masking them together, i.e. no secret crosses it.
     */
    private int safeCut(final CharSequence text, final int cut) {
        for (int candidate = cut; candidate > 0 && candidate > cut - WINDOW; candidate--) {
            int from = Math.max(0, candidate - WINDOW);
            int to = Math.min(text.length(), candidate + WINDOW);
            String together = masker.mask(text.subSequence(from, to).toString());
            if (together.equals(maskedPair(text, from, candidate, to))) {
                return candidate;
            }
        }
        return cut;
    }

    private void write(final String text) {
        if (failed) {
            return;
        }
        try {
            out.write(text);
        } catch (IOException e) {
            failed = true;
        }
    }

    private void flush() {
        if (failed) {
            return;
        }
        try {
            out.flush();
        } catch (IOException e) {
            failed = true;
        }
    }

    /** True when a write failed (disk full, workspace gone): the artifact is incomplete. */
    synchronized boolean failed() {
        return failed;
    }

    @Override
    public synchronized void close() throws IOException {
        if (carry.length() > 0) {
            longLineEnd();
        }
        out.close();
    }
}
