package io.obra.orchestrator.http;

import io.obra.privacy.Secret;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ScrubTest {

    private static final Secret KEY = new Secret("environment variable OPENAI_API_KEY", "my-private-proxy-token-42");

    @Test
    void masksTheKeyWhereverItAppears() {
        assertThat(Scrub.text("token my-private-proxy-token-42 rejected", Optional.of(KEY)))
                .isEqualTo("token **** rejected");
    }

    @Test
    void masksKeyShapedFragmentsAndBearerTokens() {
        assertThat(Scrub.text("Incorrect API key provided: sk-proj-abc*****************XYZ. You can find",
                Optional.empty())).isEqualTo("Incorrect API key provided: sk-****. You can find");
        assertThat(Scrub.text("header Authorization: Bearer abc.def-123 was invalid", Optional.empty()))
                .isEqualTo("header Authorization: Bearer **** was invalid");
    }

    @Test
    void collapsesWhitespaceAndCutsLongText() {
        assertThat(Scrub.text("a\n\n  b", Optional.empty())).isEqualTo("a b");
        assertThat(Scrub.text("x".repeat(1000), Optional.empty())).hasSize(401).endsWith("…");
    }

    @Test
    void describesHtmlByItsTitleAndOtherBodiesByTheirStart() {
        HttpReply html = new HttpReply("http://h/v1/chat/completions", 502, Headers.of("Content-Type", "text/html"),
                "<html><head><title>502 Bad Gateway</title></head></html>");
        HttpReply text = new HttpReply("http://h", 500, Headers.of(), "upstream connect error " + KEY.reveal());
        HttpReply empty = new HttpReply("http://h", 500, Headers.of(), "");

        assertThat(BodyDescription.of(html, Optional.of(KEY))).isEqualTo("an HTML page titled '502 Bad Gateway'");
        assertThat(BodyDescription.of(text, Optional.of(KEY))).isEqualTo("'upstream connect error ****' (48 characters)");
        assertThat(BodyDescription.of(empty, Optional.empty())).isEqualTo("an empty body");
    }
}
