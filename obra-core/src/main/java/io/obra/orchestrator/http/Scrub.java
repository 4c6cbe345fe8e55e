package io.obra.orchestrator.http;

import io.obra.privacy.Secret;
import io.obra.privacy.SecretMasker;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Cleans text that came from a server before it reaches a message or a log line: the configured key is
 * masked wherever it appears, and so are key-shaped fragments (OpenAI echoes {@code sk-abc***xyz} in its
 * 401 message); long bodies are cut.
 */
public final class Scrub {

    private static final Pattern KEY_FRAGMENT = Pattern.compile("\\b(sk|rk|pk)-[A-Za-z0-9_*\\-]{3,}");
    private static final Pattern BEARER = Pattern.compile("(?i)bearer\\s+[A-Za-z0-9._~+/=\\-]+");
    private static final int MAX_LENGTH = 400;

    private Scrub() {
    }

    public static String text(final String text, final Optional<Secret> key) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String masked = key.map(secret -> SecretMasker.of(List.of(secret.reveal())).mask(text)).orElse(text);
        masked = KEY_FRAGMENT.matcher(masked).replaceAll("$1-" + SecretMasker.MASK);
        masked = BEARER.matcher(masked).replaceAll("Bearer " + SecretMasker.MASK);
        masked = masked.replaceAll("\\s+", " ").strip();
        return masked.length() <= MAX_LENGTH ? masked : masked.substring(0, MAX_LENGTH) + "…";
    }
}
