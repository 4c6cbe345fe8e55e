package io.obra.orchestrator.http;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.CharTypes;
import com.fasterxml.jackson.core.util.JsonGeneratorDelegate;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A UTF-8 JSON generator that writes string values the way Obra's request bodies always came out (Jackson's
 * text escaping, then {@code String.getBytes(UTF_8)}), but without the intermediate JSON text: a 200 KB prompt
 * is encoded with the JDK's intrinsic first, then only its ASCII control characters, quotes and backslashes are
 * escaped, as Jackson's escape table says, looking at eight bytes at a time. In UTF-8 no other byte needs an
 * escape, and a lone surrogate becomes {@code ?} exactly as before (Jackson's UTF-8 writer would write it as
 * an escape, which strict parsers reject). A large string's bytes become part of the body as they are
 * ({@link JsonBytes#adopt}), not copied again.
 * Field names, short and Obra's own or configured, go through Jackson, with a lone surrogate replaced alike.
 */
final class Utf8Strings extends JsonGeneratorDelegate {

    private static final int[] ESCAPES = CharTypes.get7BitOutputEscapes();
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
    /** Room for a word written past the input's end and an escape (a backslash, u00 and two hex digits). */
    private static final int SLACK = Long.BYTES + 6;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final long SPACES = 0x2020202020202020L;
    private static final long QUOTES = 0x2222222222222222L;
    private static final long BACKSLASHES = 0x5C5C5C5C5C5C5C5CL;

    /** From this size on, an escaped string is handed to the output as it is instead of copied through Jackson. */
    static final int ADOPT = 4096;

    private final JsonBytes out;

    /**
     * @param utf8 Jackson's UTF-8 generator writing to {@code out}
     */
    Utf8Strings(final JsonGenerator utf8, final JsonBytes out) {
        super(utf8, false);
        this.out = out;
    }

    @Override
    public void writeString(final String text) throws IOException {
        if (text == null) {
            writeNull();
            return;
        }
        Escaped escaped = escape(text);
        if (escaped.length() < ADOPT) {
            delegate.writeRawUTF8String(escaped.bytes(), 0, escaped.length());
            return;
        }
        // An empty raw value makes Jackson write the separator (':' or ',') and count the value; then the
        // quoted string follows, in the order written, once Jackson's buffer is flushed.
        delegate.writeRawValue("");
        delegate.flush();
        out.write('"');
        out.adopt(escaped.bytes(), escaped.length());
        out.write('"');
    }

    @Override
    public void writeFieldName(final String name) throws IOException {
        delegate.writeFieldName(hasSurrogate(name) ? new String(name.getBytes(StandardCharsets.UTF_8),
                StandardCharsets.UTF_8) : name);
    }

    /** The text's UTF-8 bytes with JSON escapes, without quotes; {@code bytes} may be longer than {@code length}. */
    record Escaped(byte[] bytes, int length) {
    }

    static Escaped escape(final String text) {
        byte[] in = text.getBytes(StandardCharsets.UTF_8);
        int n = in.length;
        int i = nextEscape(in);
        if (i == n) {
            return new Escaped(in, n);
        }
        // Room for the rest of the input and a word's write beyond it holds at the top of the loop.
        byte[] out = new byte[n + (n >> 3) + SLACK];
        System.arraycopy(in, 0, out, 0, i);
        int o = i;
        while (i < n) {
            int clean = copyClean(in, i, out, o);
            i += clean;
            o += clean;
            if (i == n) {
                break;
            }
            int b = in[i++];
            if (b >= 0 && ESCAPES[b] != 0) {
                if (out.length - o < n - i + SLACK) {
                    out = Arrays.copyOf(out, Math.max(out.length * 2, o + n - i + SLACK));
                }
                o = writeEscape(b, out, o);
            } else {
                // one of the last seven bytes: a word's lowest flag is exact
                out[o++] = (byte) b;
            }
        }
        return new Escaped(out, o);
    }

    /**
     * Copies eight bytes at a time from {@code in[from]} to {@code out[to]} up to the first byte that needs an
     * escape, or while eight bytes are left; returns how many bytes before it were copied. Bytes from that one
     * on are written too (the word), and written again after. Small on purpose: so it is compiled hot on its
     * own, with the word accesses inlined, whatever strings the caller saw first.
     */
    private static int copyClean(final byte[] in, final int from, final byte[] out, final int to) {
        int i = from;
        int o = to;
        while (in.length - i >= Long.BYTES) {
            long word = (long) LONGS.get(in, i);
            LONGS.set(out, o, word);
            long flags = escapeFlags(word);
            if (flags != 0) {
                return i - from + (Long.numberOfTrailingZeros(flags) >>> 3);
            }
            i += Long.BYTES;
            o += Long.BYTES;
        }
        return i - from;
    }

    private static int writeEscape(final int b, final byte[] out, final int at) {
        int o = at;
        int escape = ESCAPES[b];
        out[o++] = '\\';
        if (escape > 0) {
            out[o++] = (byte) escape;
        } else {
            out[o++] = 'u';
            out[o++] = '0';
            out[o++] = '0';
            out[o++] = HEX[b >> 4];
            out[o++] = HEX[b & 0xF];
        }
        return o;
    }

    /** The index of the first byte that needs an escape, or the length. */
    private static int nextEscape(final byte[] in) {
        int i = 0;
        for (; in.length - i >= Long.BYTES; i += Long.BYTES) {
            long flags = escapeFlags((long) LONGS.get(in, i));
            if (flags != 0) {
                return i + (Long.numberOfTrailingZeros(flags) >>> 3);
            }
        }
        for (; i < in.length; i++) {
            int b = in[i];
            if (b >= 0 && ESCAPES[b] != 0) {
                return i;
            }
        }
        return in.length;
    }

    /**
     * Eight bytes at once (least significant first): the high bit of each byte below 0x20, or equal to a quote
     * or a backslash, the characters {@link #ESCAPES} escapes. Bytes of multi-byte characters (0x80 and above)
     * are never flagged. A borrow can flag a byte above a flagged one falsely, never below: the lowest flag
     * is exact.
     */
    static long escapeFlags(final long word) {
        long quotes = word ^ QUOTES;
        long backslashes = word ^ BACKSLASHES;
        return ((word - SPACES) | (quotes - ONES) | (backslashes - ONES)) & ~word & HIGH_BITS;
    }

    private static boolean hasSurrogate(final String name) {
        for (int i = 0; i < name.length(); i++) {
            if (Character.isSurrogate(name.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
