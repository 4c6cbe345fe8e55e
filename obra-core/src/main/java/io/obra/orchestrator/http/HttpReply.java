package io.obra.orchestrator.http;

import okhttp3.Headers;

import java.util.Objects;

/**
 * A response as read off the wire: status, headers and the whole body text.
 *
 * @param url     the URL that answered (without query secrets; Obra never puts keys in URLs)
 * @param status  the HTTP status
 * @param headers the response headers
 * @param body    the body text, empty when there was none
 */
public record HttpReply(String url, int status, Headers headers, String body) {

    public HttpReply {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(headers, "headers");
        Objects.requireNonNull(body, "body");
    }

    public boolean successful() {
        return status >= 200 && status < 300;
    }

    /** A header value, or {@code null}; names are case-insensitive. */
    public String header(final String name) {
        return headers.get(name);
    }
}
