package io.obra.loop;

import io.obra.config.LlmSettings;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * An API key held by a CI server belongs to the endpoint it was configured with. When a lower-trust
 * layer (a repository's {@code .obra.yml}, possibly from a pull request) points the orchestrator somewhere
 * else, the key must not follow it there: otherwise any branch could send the server's key to a URL of
 * its choosing.
 *
 * @param keySource where the key comes from, e.g. {@code Jenkins credential 'openai-key'}
 * @param provider  the provider the key was configured for
 * @param baseUrl   the endpoint the key was configured for; empty for the provider's default
 */
public record KeyScope(String keySource, String provider, Optional<String> baseUrl) {

    public KeyScope {
        Objects.requireNonNull(keySource, "keySource");
        Objects.requireNonNull(provider, "provider");
        baseUrl = Objects.requireNonNull(baseUrl, "baseUrl").map(KeyScope::normalize).filter(url -> !url.isEmpty());
    }

    /** Empty when the key may go with {@code effective}; otherwise why it is withheld and what to do. */
    public Optional<String> withheldFrom(final LlmSettings effective) {
        Objects.requireNonNull(effective, "effective");
        Optional<String> effectiveUrl = effective.baseUrl().map(KeyScope::normalize).filter(url -> !url.isEmpty());
        boolean sameProvider = provider.trim().equalsIgnoreCase(effective.provider().trim());
        if (sameProvider && baseUrl.equals(effectiveUrl)) {
            return Optional.empty();
        }
        return Optional.of("the key from " + keySource + " was configured for the " + provider + " orchestrator at "
                + describe(baseUrl) + ", but the resolved configuration uses the " + effective.provider()
                + " orchestrator at " + describe(effectiveUrl) + " (set by .obra.yml or another layer): the key is "
                + "not sent there. Name the orchestrator, with its base URL, where the credential is chosen");
    }

    private static String describe(final Optional<String> url) {
        return url.orElse("its default endpoint");
    }

    private static String normalize(final String url) {
        String trimmed = url.trim();
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed.toLowerCase(Locale.ROOT);
    }
}
