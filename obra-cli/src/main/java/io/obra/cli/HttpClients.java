package io.obra.cli;

import io.obra.orchestrator.http.OrchestratorClients;
import io.obra.privacy.Secret;
import okhttp3.Credentials;
import okhttp3.OkHttpClient;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The CLI's one HTTP client for orchestrator calls: OkHttp with the environment's proxy settings. */
final class HttpClients {

    private HttpClients() {
    }

    static OkHttpClient of(final CliEnvironment env) {
        OkHttpClient.Builder builder = OrchestratorClients.configure(new OkHttpClient.Builder());
        Optional<EnvironmentProxySelector> proxies = EnvironmentProxySelector.of(env);
        proxies.ifPresent(selector -> {
            builder.proxySelector(selector);
            builder.proxyAuthenticator((route, response) -> {
                if (route == null || response.request().header("Proxy-Authorization") != null) {
                    return null; // no route, or these credentials were refused already
                }
                return selector.proxyFor(response.request().url().scheme())
                        .filter(p -> p.user().isPresent())
                        .map(p -> response.request().newBuilder().header("Proxy-Authorization",
                                Credentials.basic(p.user().get(), p.password().orElse(""))).build())
                        .orElse(null);
            });
        });
        return builder.build();
    }

    /** Proxy passwords, to be masked like keys. */
    static List<Secret> proxySecrets(final CliEnvironment env) {
        List<Secret> secrets = new ArrayList<>();
        for (String name : List.of("HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy")) {
            env.get(name).flatMap(EnvironmentProxySelector::parse).flatMap(EnvironmentProxySelector.ProxyAddress::password)
                    .filter(p -> !p.isEmpty())
                    .ifPresent(p -> secrets.add(new Secret("the password in environment variable " + name, p)));
        }
        return secrets;
    }

    /** Lets a command's process end promptly: OkHttp's threads and idle connections go. */
    static void close(final OkHttpClient http) {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
