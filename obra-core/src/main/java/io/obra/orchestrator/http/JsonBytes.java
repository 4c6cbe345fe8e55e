package io.obra.orchestrator.http;

import okhttp3.MediaType;
import okhttp3.RequestBody;
import okio.BufferedSink;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The bytes of a request body as they are written: what the JSON generator writes is copied in, a large
 * string already escaped by {@link Utf8Strings} is taken as it is, without another copy. Sent with
 * {@link #body}, the parts go straight into the connection's buffer, as a body made from one byte array
 * would; a retry sends them again. Not thread-safe while written; the body it makes is immutable.
 */
final class JsonBytes extends OutputStream {

    private static final int FIRST_CHUNK = 1024;

    /** Parts done: arrays nobody changes any more. */
    private final List<Part> parts = new ArrayList<>();
    private byte[] chunk = new byte[FIRST_CHUNK];
    private int used;
    private long total;

    @Override
    public void write(final int b) {
        if (used == chunk.length) {
            chunk = Arrays.copyOf(chunk, chunk.length * 2);
        }
        chunk[used++] = (byte) b;
        total++;
    }

    @Override
    public void write(final byte[] bytes, final int offset, final int length) {
        if (chunk.length - used < length) {
            chunk = Arrays.copyOf(chunk, Math.max(chunk.length * 2, used + length));
        }
        System.arraycopy(bytes, offset, chunk, used, length);
        used += length;
        total += length;
    }

    /** Appends the first {@code length} bytes of {@code bytes}, which the caller hands over and never changes. */
    void adopt(final byte[] bytes, final int length) {
        endChunk();
        parts.add(new Part(bytes, length));
        total += length;
    }

    /** The body of everything written. */
    RequestBody body(final MediaType type) {
        endChunk();
        List<Part> bodyParts = List.copyOf(parts);
        long length = total;
        return new RequestBody() {
            @Override
            public MediaType contentType() {
                return type;
            }

            @Override
            public long contentLength() {
                return length;
            }

            @Override
            public void writeTo(final BufferedSink sink) throws IOException {
                for (Part part : bodyParts) {
                    sink.write(part.bytes(), 0, part.length());
                }
            }
        };
    }

    private void endChunk() {
        if (used > 0) {
            parts.add(new Part(chunk, used));
            chunk = new byte[FIRST_CHUNK];
            used = 0;
        }
    }

    /** The first {@code length} bytes of {@code bytes}. */
    private record Part(byte[] bytes, int length) {
    }
}
