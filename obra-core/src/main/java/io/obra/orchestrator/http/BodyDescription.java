package io.obra.orchestrator.http;

import io.obra.privacy.Secret;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Describes a body that is not the JSON an API documents, for an error message: an HTML page by its
 * title (a proxy's "502 Bad Gateway", a login page), anything else by its first characters.
 */
public final class BodyDescription {

    private static final Pattern TITLE = Pattern.compile("<title[^>]*>(.*?)</title>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final int SNIPPET = 120;

    private BodyDescription() {
    }

    public static String of(final HttpReply reply, final Optional<Secret> key) {
        String body = reply.body();
        if (body.isBlank()) {
            return "an empty body";
        }
        String contentType = Optional.ofNullable(reply.header("Content-Type")).orElse("").toLowerCase(Locale.ROOT);
        String start = body.stripLeading().toLowerCase(Locale.ROOT);
        if (contentType.contains("html") || start.startsWith("<!doctype html") || start.startsWith("<html")) {
            Matcher title = TITLE.matcher(body);
            String name = title.find() ? Scrub.text(title.group(1), key) : "";
            return name.isEmpty() ? "an HTML page" : "an HTML page titled '" + name + "'";
        }
        String snippet = Scrub.text(body, key);
        if (snippet.length() > SNIPPET) {
            snippet = snippet.substring(0, SNIPPET) + "…";
        }
        return "'" + snippet + "' (" + body.length() + " characters)";
    }
}
