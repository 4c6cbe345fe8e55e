package io.obra.orchestrator.http;

import com.fasterxml.jackson.core.io.CharTypes;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.obra.testing.DiffCorpus;
import io.obra.testing.OrchestratorFixtures;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import okhttp3.RequestBody;
import okio.Buffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Request bodies are written straight to UTF-8 bytes ({@link Json#body}); they must be byte for byte what the
 * plain way gave: the tree's JSON text from Jackson, encoded with {@code String.getBytes(UTF_8)}.
 */
class JsonBodyTest {

    private static final ObjectMapper PLAIN = new ObjectMapper();

    @Property(tries = 2000)
    void bodiesAreByteForByteTheEncodedJsonText(@ForAll("text") final String content,
                                                @ForAll("text") final String name) throws IOException {
        ObjectNode tree = request(content);
        tree.putObject("options").put(name, content).put("n" + name, 0.2);

        assertThat(bytes(Json.body(tree))).isEqualTo(plain(tree));
    }

    /** Strings from {@link Utf8Strings#ADOPT} bytes on are spliced into the body around Jackson's output. */
    @Property(tries = 300)
    void longStringsAreSplicedInWithTheRightSeparators(@ForAll("text") final String piece,
                                                       @ForAll("text") final String other) throws IOException {
        String text = piece.isEmpty() ? "x".repeat(Utf8Strings.ADOPT) : piece.repeat(Utf8Strings.ADOPT / piece.length() + 1);
        ObjectNode tree = request(text);
        tree.putArray("stop").add(text).add(other).add(text).add(text);
        tree.putObject("options").put("a", text).put("b", other).putObject("c").put("d", text);

        assertThat(bytes(Json.body(tree))).isEqualTo(plain(tree));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "plain", "emoji \uD83D\uDE00 and ä€", "lone high \uD83D here", "lone low \uDE00",
            "ends high \uD83D", "\uD83D\uD83D\uDE00", "ctl \u0000\u0001\u001F\u007F\b\f\r\t\n \"quoted\" \\ / </script>",
            "\u2028\u2029\uFEFF\uFFFF"})
    void awkwardTextIsEncodedAsBefore(final String text) throws IOException {
        ObjectNode tree = request(text);
        tree.putObject("options").put(text, text);

        assertThat(bytes(Json.body(tree))).isEqualTo(plain(tree));
        assertThat(new String(bytes(Json.body(tree)), StandardCharsets.UTF_8)).isEqualTo(
                new String(plain(tree), StandardCharsets.UTF_8));
    }

    @Test
    void aLargeDiffPromptIsEncodedAsBeforeAndReadsBackTheSame() throws IOException {
        String diff = DiffCorpus.named("feature-with-tests").diff();
        ObjectNode tree = request(diff.repeat(Math.max(1, 200_000 / diff.length())));
        tree.putObject("response_format").set("schema", OrchestratorFixtures.schema());

        byte[] body = bytes(Json.body(tree));

        assertThat(body).isEqualTo(plain(tree));
        assertThat(PLAIN.readTree(body)).isEqualTo(tree);
    }

    @Test
    void theBodyIsUtf8JsonOfKnownLengthAndCanBeSentAgain() throws IOException {
        RequestBody body = Json.body(request("a retry sends the same bytes"));

        assertThat(body.contentType()).hasToString("application/json; charset=utf-8");
        assertThat(body.isOneShot()).isFalse();
        byte[] first = bytes(body);
        assertThat(body.contentLength()).isEqualTo(first.length);
        assertThat(bytes(body)).isEqualTo(first);
    }

    @Test
    void optionValuesOfEveryKindAreWrittenAsTheTreeHoldsThem() throws IOException {
        ObjectNode tree = request("x");
        tree.set("options", Json.tree(Map.of("top_p", 0.95, "seed", 42, "stop", List.of("\n\n", "END"),
                "logit_bias", Map.of("1734", -100), "store", false)));
        tree.putNull("user");

        assertThat(bytes(Json.body(tree))).isEqualTo(plain(tree));
    }

    /** The word-at-a-time test finds the same first byte to escape as Jackson's escape table. */
    @Property(tries = 5000)
    void eightBytesAtOnceFindTheFirstByteToEscape(@ForAll("bytes") final List<Integer> bytes) {
        long word = 0;
        int firstEscape = -1;
        for (int i = 0; i < Long.BYTES; i++) {
            int b = bytes.get(i);
            word |= (long) b << (8 * i);
            if (firstEscape < 0 && b < 0x80 && CharTypes.get7BitOutputEscapes()[b] != 0) {
                firstEscape = i;
            }
        }

        long flags = Utf8Strings.escapeFlags(word);

        assertThat(flags == 0 ? -1 : Long.numberOfTrailingZeros(flags) >>> 3).isEqualTo(firstEscape);
    }

    @Test
    void jacksonEscapesExactlyControlCharactersQuotesAndBackslashes() {
        int[] escapes = CharTypes.get7BitOutputEscapes();
        for (int c = 0; c < escapes.length; c++) {
            assertThat(escapes[c] != 0).as("escape of %d", c).isEqualTo(c < 0x20 || c == '"' || c == '\\');
        }
    }

    @Provide
    Arbitrary<List<Integer>> bytes() {
        return Arbitraries.oneOf(Arbitraries.of(0x00, 0x01, 0x0A, 0x1F, 0x20, 0x21, 0x22, 0x23, 0x5B, 0x5C, 0x5D,
                0x7F, 0x80, 0x9F, 0xA0, 0xA2, 0xDC, 0xE2, 0xFF), Arbitraries.integers().between(0, 0xFF))
                .list().ofSize(Long.BYTES);
    }

    @Provide
    Arbitrary<String> text() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.chars().range('\u0000', '\u007F').map(String::valueOf),
                Arbitraries.chars().range('\u0080', '\uFFFF').map(String::valueOf),
                Arbitraries.of("\uD83D\uDE00", "\uD83D", "\uDE00", "\"", "\\", "\n", "\u00e9", "\u20ac", "/"));
        return piece.list().ofMaxSize(40).map(parts -> String.join("", parts));
    }

    private static ObjectNode request(final String content) {
        ObjectNode tree = Json.object();
        tree.put("model", "gpt-4o-2024-11-20");
        tree.putArray("messages").addObject().put("role", "user").put("content", content);
        tree.put("temperature", 0.0);
        tree.put("strict", true);
        return tree;
    }

    /** What Obra sent before: Jackson's JSON text, encoded as OkHttp encodes a String body. */
    private static byte[] plain(final JsonNode tree) throws IOException {
        return PLAIN.writeValueAsString(tree).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] bytes(final RequestBody body) throws IOException {
        Buffer sink = new Buffer();
        body.writeTo(sink);
        return sink.readByteArray();
    }
}
