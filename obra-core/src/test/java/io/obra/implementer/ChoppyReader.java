package io.obra.implementer;

import java.io.Reader;
import java.util.Random;

/** Hands out a text a few characters at a time, as a pipe may, splitting surrogate pairs now and then. */
final class ChoppyReader extends Reader {

    private final String text;
    private final Random random;
    private final int maxChunk;
    private int position;

    /** @param maxChunk the most characters one read hands out */
    ChoppyReader(final String text, final Random random, final int maxChunk) {
        this.text = text;
        this.random = random;
        this.maxChunk = maxChunk;
    }

    @Override
    public int read(final char[] buffer, final int offset, final int length) {
        if (position == text.length()) {
            return -1;
        }
        int n = Math.min(Math.min(length, 1 + random.nextInt(maxChunk)), text.length() - position);
        text.getChars(position, position + n, buffer, offset);
        position += n;
        return n;
    }

    @Override
    public void close() {
    }
}
