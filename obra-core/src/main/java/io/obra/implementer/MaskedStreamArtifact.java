package io.obra.implementer;

import io.obra.privacy.SecretMasker;

import java.io.BufferedOutputStream;
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
    /** Room for a typical line and its terminator, so that each line leaves in one write. */
    private static final int BUFFER = 1 << 16;
    private static final byte[] NEWLINE = {'\n'};

    private final OutputStream out;
    /**
     * The parts of a long line go through a writer: a part may end in the middle of a surrogate pair,
     * which the writer's encoder completes with the next part. It is flushed at the end of the line.
     */
    private final Writer longLine;
    private final SecretMasker masker;
    private StringBuilder carry = new StringBuilder();
    private boolean failed;

    MaskedStreamArtifact(final OutputStream out, final SecretMasker masker) {
        this.out = new BufferedOutputStream(out, BUFFER);
        this.longLine = new OutputStreamWriter(this.out, StandardCharsets.UTF_8);
        this.masker = masker;
    }

    /** An artifact that writes nowhere, when the file could not be opened. */
    static MaskedStreamArtifact discarding() {
        return new MaskedStreamArtifact(OutputStream.nullOutputStream(), SecretMasker.none());
    }

    synchronized void line(final String line) {
        line(line, line.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A line given also as its UTF-8 bytes ({@code line.getBytes(UTF_8)}), as the reading thread has them
     * from the stream: written as they are when no secret is in the line, so a line is not encoded again.
     */
    synchronized void line(final String line, final byte[] utf8) {
        String masked = masker.mask(line);
        // equals is instant when the masker hands back the line itself, i.e. found nothing to mask
        writeBytes(masked.equals(line) ? utf8 : masked.getBytes(StandardCharsets.UTF_8));
        writeBytes(NEWLINE);
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
        if (!failed) {
            try {
                longLine.flush();
            } catch (IOException e) {
                failed = true;
            }
        }
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
            longLine.write(text);
        } catch (IOException e) {
            failed = true;
        }
    }

    private void writeBytes(final byte[] bytes) {
        if (failed) {
            return;
        }
        try {
            out.write(bytes);
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
        longLine.close();
    }
}
