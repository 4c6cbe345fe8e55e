package io.obra.orchestrator.http;

import okhttp3.Headers;
import okhttp3.MediaType;
import okhttp3.ResponseBody;
import okio.ByteString;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;

/**
 * A response as read off the wire: status, headers and the whole body, kept as bytes so that JSON is parsed
 * from them without decoding the text first ({@link Json#read(HttpReply)}).
 *
 * @param url     the URL that answered (without query secrets; Obra never puts keys in URLs)
 * @param status  the HTTP status
 * @param headers the response headers
 * @param bytes   the body, empty when there was none
 */
public record HttpReply(String url, int status, Headers headers, ByteString bytes) {

    public HttpReply {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(headers, "headers");
        Objects.requireNonNull(bytes, "bytes");
    }

    /** A reply whose body is {@code text}, encoded in the charset its Content-Type names (UTF-8 if none). */
    public HttpReply(final String url, final int status, final Headers headers, final String text) {
        this(url, status, headers, ByteString.encodeString(text, charset(headers.get("Content-Type"))));
    }

    public boolean successful() {
        return status >= 200 && status < 300;
    }

    /** A header value, or {@code null}; names are case-insensitive. */
    public String header(final String name) {
        return headers.get(name);
    }

    /** The body text, decoded as OkHttp decodes it: the byte order mark, else the Content-Type charset, else UTF-8. */
    public String body() {
        String type = header("Content-Type");
        try (ResponseBody body = ResponseBody.create(bytes, type == null ? null : MediaType.parse(type))) {
            return body.string();
        } catch (IOException e) {
            // Nothing but memory is read from.
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the Content-Type names no charset or UTF-8, JSON's encoding. */
    boolean utf8() {
        String type = header("Content-Type");
        // Looking for the word first spares parsing the media type of nearly every reply.
        return type == null || !type.toLowerCase(Locale.ROOT).contains("charset")
                || charset(type).equals(StandardCharsets.UTF_8);
    }

    private static Charset charset(final String contentType) {
        MediaType type = contentType == null ? null : MediaType.parse(contentType);
        return type == null ? StandardCharsets.UTF_8 : type.charset(StandardCharsets.UTF_8);
    }
}
