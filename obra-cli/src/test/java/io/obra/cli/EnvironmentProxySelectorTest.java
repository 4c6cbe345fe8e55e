package io.obra.cli;

import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class EnvironmentProxySelectorTest {

    private static EnvironmentProxySelector selector(final Map<String, String> variables) {
        return EnvironmentProxySelector.of(Flags.environment(Path.of("/tmp"), variables)).orElseThrow();
    }

    @Test
    void noProxyVariablesLeaveJavasDefaults() {
        assertThat(EnvironmentProxySelector.of(Flags.environment(Path.of("/tmp"), Map.of("NO_PROXY", "*")))).isEmpty();
    }

    @Test
    void httpsUrlsGoThroughHttpsProxyAndLoopbackInNoProxyGoesDirect() {
        EnvironmentProxySelector selector = selector(Map.of("HTTPS_PROXY", "http://proxy.corp:3128",
                "NO_PROXY", "127.0.0.1,localhost,.internal.corp,gpu-host:11434"));

        Proxy proxy = selector.select(URI.create("https://api.openai.com/v1/models")).get(0);
        assertThat(proxy.type()).isEqualTo(Proxy.Type.HTTP);
        assertThat(((InetSocketAddress) proxy.address()).getHostString()).isEqualTo("proxy.corp");
        assertThat(((InetSocketAddress) proxy.address()).getPort()).isEqualTo(3128);
        assertThat(selector.select(URI.create("http://127.0.0.1:11434/api/tags"))).containsExactly(Proxy.NO_PROXY);
        assertThat(selector.select(URI.create("http://ollama.internal.corp:11434/"))).containsExactly(Proxy.NO_PROXY);
        assertThat(selector.select(URI.create("http://gpu-host:11434/"))).containsExactly(Proxy.NO_PROXY);
        // http URLs need HTTP_PROXY, which is unset
        assertThat(selector.select(URI.create("http://ollama.example.com:11434/"))).containsExactly(Proxy.NO_PROXY);
    }

    @Test
    void lowerCaseSpellingAndWildcard() {
        EnvironmentProxySelector selector = selector(Map.of("http_proxy", "proxy:8080", "no_proxy", "*"));

        assertThat(selector.select(URI.create("http://example.com/"))).containsExactly(Proxy.NO_PROXY);
        assertThat(selector(Map.of("http_proxy", "proxy:8080")).select(URI.create("http://example.com/")).get(0).type())
                .isEqualTo(Proxy.Type.HTTP);
    }

    @Test
    void credentialsInTheProxyUrlAreReadAndMasked() {
        EnvironmentProxySelector.ProxyAddress address = EnvironmentProxySelector.parse("http://svc:s3cretPass@proxy:3128")
                .orElseThrow();

        assertThat(address.user()).contains("svc");
        assertThat(address.password()).contains("s3cretPass");
        assertThat(EnvironmentSecrets.all(Flags.environment(Path.of("/tmp"),
                Map.of("HTTPS_PROXY", "http://svc:s3cretPass@proxy:3128"))))
                .anySatisfy(s -> assertThat(s.reveal()).isEqualTo("s3cretPass"));
    }
}
