package io.obra.cli;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Proxies the way curl, git and Claude Code read them: {@code HTTPS_PROXY} for https URLs, {@code HTTP_PROXY}
 * for http URLs (either spelling case), except for hosts in {@code NO_PROXY} ({@code *}, exact hosts or IPs,
 * and domain suffixes such as {@code .corp.example} or {@code corp.example}; ports are ignored). Java itself
 * ignores these variables, so without this a CLI behind a corporate proxy could not reach OpenAI.
 */
final class EnvironmentProxySelector extends ProxySelector {

    /** Where the proxy is, and who to log in as, if the URL says so. */
    record ProxyAddress(String host, int port, Optional<String> user, Optional<String> password) {
    }

    private final Optional<ProxyAddress> https;
    private final Optional<ProxyAddress> http;
    private final List<String> noProxy;

    private EnvironmentProxySelector(final Optional<ProxyAddress> https, final Optional<ProxyAddress> http,
                                     final List<String> noProxy) {
        this.https = https;
        this.http = http;
        this.noProxy = noProxy;
    }

    /** The selector of the environment, or empty when it names no proxy (Java's defaults then apply). */
    static Optional<EnvironmentProxySelector> of(final CliEnvironment env) {
        Optional<ProxyAddress> https = variable(env, "HTTPS_PROXY").flatMap(EnvironmentProxySelector::parse);
        Optional<ProxyAddress> http = variable(env, "HTTP_PROXY").flatMap(EnvironmentProxySelector::parse);
        if (https.isEmpty() && http.isEmpty()) {
            return Optional.empty();
        }
        List<String> noProxy = variable(env, "NO_PROXY").map(v -> Arrays.stream(v.split(","))
                .map(s -> s.trim().toLowerCase(Locale.ROOT)).filter(s -> !s.isEmpty()).toList()).orElse(List.of());
        return Optional.of(new EnvironmentProxySelector(https, http, noProxy));
    }

    /** The proxy of a scheme, for the credentials an authenticator needs. */
    Optional<ProxyAddress> proxyFor(final String scheme) {
        return "https".equalsIgnoreCase(scheme) ? https.or(() -> http) : http;
    }

    @Override
    public List<Proxy> select(final URI uri) {
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (bypassed(host)) {
            return List.of(Proxy.NO_PROXY);
        }
        return proxyFor(uri.getScheme())
                .map(p -> List.of(new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved(p.host(), p.port()))))
                .orElse(List.of(Proxy.NO_PROXY));
    }

    @Override
    public void connectFailed(final URI uri, final SocketAddress address, final IOException e) {
        // OkHttp reports the failure to the caller itself; nothing to remember here.
    }

    boolean bypassed(final String host) {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        for (String entry : noProxy) {
            String e = entry.startsWith("[") ? entry.replaceAll("^\\[|\\](:\\d+)?$", "")
                    : entry.replaceAll(":\\d+$", "");
            if (e.equals("*") || bare.equals(e) || bare.equals(e.replaceFirst("^\\.", ""))
                    || bare.endsWith(e.startsWith(".") ? e : "." + e)) {
                return true;
            }
        }
        return false;
    }

    private static Optional<String> variable(final CliEnvironment env, final String name) {
        return env.get(name).or(() -> env.get(name.toLowerCase(Locale.ROOT)));
    }

    /** {@code http://user:pass@proxy:3128} or {@code proxy:3128}; the port defaults to 80 (443 for https). */
    static Optional<ProxyAddress> parse(final String value) {
        String text = value.trim();
        URI uri;
        try {
            uri = URI.create(text.contains("://") ? text : "http://" + text);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (uri.getHost() == null) {
            return Optional.empty();
        }
        int port = uri.getPort() > 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
        Optional<String> user = Optional.empty();
        Optional<String> password = Optional.empty();
        if (uri.getUserInfo() != null) {
            String[] parts = uri.getUserInfo().split(":", 2);
            user = Optional.of(parts[0]);
            password = parts.length > 1 ? Optional.of(parts[1]) : Optional.empty();
        }
        return Optional.of(new ProxyAddress(uri.getHost(), port, user, password));
    }
}
