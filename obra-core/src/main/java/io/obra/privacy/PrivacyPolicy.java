package io.obra.privacy;

import io.obra.config.LlmSettings;
import io.obra.config.PrivacySettings;
import okhttp3.HttpUrl;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Decides whether privacy mode is on. {@code privacy.enabled} wins when set. Otherwise it is ON for
 * every remote provider and OFF only for Ollama whose endpoint is on this machine or a private
 * network: the host is {@code localhost}, or an IP literal in 127/8, 10/8, 172.16/12, 192.168/16,
 * ::1 or fc00::/7. Any other host name counts as remote, because resolving it proves nothing about
 * where the traffic goes (and no DNS lookup is made). An OpenAI-compatible server on your own
 * network is treated as remote; set {@code privacy.enabled: false} for it.
 */
public final class PrivacyPolicy {

    /** Ollama's endpoint when none is configured. */
    public static final String OLLAMA_DEFAULT_URL = "http://localhost:11434";

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(?:\\.\\d{1,3}){3}");
    private static final Pattern IPV6_CHARS = Pattern.compile("[0-9a-f:.]+");

    private PrivacyPolicy() {
    }

    /**
     * The decision for a run with several orchestrators (primary, fallback, shadow): the evidence may go
     * to any of them, so privacy mode is on when it is on for any one.
     */
    public static PrivacyDecision decide(final java.util.List<LlmSettings> orchestrators,
                                         final PrivacySettings privacy) {
        PrivacyDecision first = decide(orchestrators.get(0), privacy);
        return orchestrators.stream().map(llm -> decide(llm, privacy)).filter(PrivacyDecision::enabled).findFirst()
                .orElse(first);
    }

    /** The decision for an orchestrator's settings. */
    public static PrivacyDecision decide(final LlmSettings llm, final PrivacySettings privacy) {
        return decide(llm.provider(), llm.baseUrl(), privacy);
    }

    /** The decision for a provider reached at a base URL (empty: the provider's default). */
    public static PrivacyDecision decide(final String provider, final Optional<String> baseUrl,
                                         final PrivacySettings privacy) {
        if (privacy.enabled().isPresent()) {
            boolean on = privacy.enabled().get();
            return new PrivacyDecision(on, "privacy mode " + (on ? "on" : "off") + ": set by privacy.enabled");
        }
        if (!"ollama".equalsIgnoreCase(provider)) {
            return new PrivacyDecision(true, "privacy mode on: provider " + provider
                    + " sends prompts to a remote service (set privacy.enabled to change)");
        }
        String url = baseUrl.filter(u -> !u.isBlank()).orElse(OLLAMA_DEFAULT_URL);
        Optional<String> host = hostOf(url);
        if (host.isPresent() && isLocalHost(host.get())) {
            return new PrivacyDecision(false, "privacy mode off: Ollama at " + host.get()
                    + " is on this machine or a private network (set privacy.enabled to change)");
        }
        return new PrivacyDecision(true, "privacy mode on: Ollama at " + host.orElse(url)
                + " is not a loopback or private address (set privacy.enabled to change)");
    }

    /**
     * True for {@code localhost} and for IP literals in a loopback or private range. Host names are
     * never resolved.
     */
    public static boolean isLocalHost(final String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        if (h.equals("localhost") || h.equals("localhost.")) {
            return true;
        }
        if (IPV4.matcher(h).matches()) {
            return isLocalIpv4(h);
        }
        int zone = h.indexOf('%');
        if (zone >= 0) {
            h = h.substring(0, zone);
        }
        if (!h.contains(":") || !IPV6_CHARS.matcher(h).matches()) {
            return false;   // a name, not an IP literal: never resolved
        }
        try {
            // Only hex digits, colons and dots: parsed as a literal, never looked up.
            InetAddress address = InetAddress.getByName(h);
            if (address.isLoopbackAddress() || address.isSiteLocalAddress()) {
                return true;   // ::1, or an IPv4-mapped private address
            }
            byte[] bytes = address.getAddress();
            return bytes.length == 16 && (bytes[0] & 0xfe) == 0xfc;   // fc00::/7 unique local
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static boolean isLocalIpv4(final String literal) {
        String[] parts = literal.split("\\.");
        int[] octets = new int[4];
        for (int i = 0; i < 4; i++) {
            octets[i] = Integer.parseInt(parts[i]);
            if (octets[i] > 255) {
                return false;   // not an address at all; treated as a (remote) name
            }
        }
        return octets[0] == 127 || octets[0] == 10
                || (octets[0] == 172 && octets[1] >= 16 && octets[1] <= 31)
                || (octets[0] == 192 && octets[1] == 168);
    }

    private static Optional<String> hostOf(final String url) {
        HttpUrl parsed = HttpUrl.parse(url.contains("://") ? url : "http://" + url);
        return parsed == null ? Optional.empty() : Optional.of(parsed.host());
    }
}
