package io.obra.orchestrator.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import okhttp3.Headers;
import okio.ByteString;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Replies are parsed from their bytes ({@link Json#read(HttpReply)}); the result must be what parsing the
 * decoded text gave, whatever the bytes and the declared charset.
 */
class HttpReplyTest {

    private static final ObjectMapper PLAIN = new ObjectMapper();
    private static final List<String> CONTENT_TYPES = List.of("", "application/json",
            "application/json; charset=utf-8", "application/json; charset=ISO-8859-1", "text/plain; Charset=UTF-16LE");

    @Property(tries = 1000)
    void parsingTheBytesGivesWhatParsingTheTextGave(@ForAll("text") final String text,
                                                    @ForAll("contentTypes") final String contentType) {
        String json = "{\"choices\":[{\"message\":{\"content\":" + quoted(text) + "}}],\"n\":1}";

        assertSameOutcome(reply(contentType, ByteString.encodeUtf8(json)));
    }

    @Property(tries = 1000)
    void anyBytesAreParsedOrRefusedAsTheirTextWas(@ForAll("bodies") final byte[] body,
                                                  @ForAll("contentTypes") final String contentType) {
        assertSameOutcome(reply(contentType, ByteString.of(body)));
    }

    @Test
    void invalidUtf8InsideAStringIsReadAsTheDecoderReplacedIt() throws JsonProcessingException {
        byte[] body = {'{', '"', 'c', '"', ':', '"', 'a', (byte) 0xC3, '(', '"', '}'};
        HttpReply reply = reply("application/json", ByteString.of(body));

        assertThat(Json.read(reply).path("c").asText()).isEqualTo("a\uFFFD(");
    }

    @Test
    void aDeclaredCharsetOtherThanUtf8IsHonoured() throws JsonProcessingException {
        HttpReply latin1 = reply("application/json; charset=iso-8859-1",
                ByteString.of("{\"c\":\"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1)));
        HttpReply bom = reply("application/json",
                ByteString.of(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "{\"c\":1}")));

        assertThat(Json.read(latin1).path("c").asText()).isEqualTo("caf\u00e9");
        assertThat(Json.read(bom).path("c").asInt()).isEqualTo(1);
        assertThat(latin1.utf8()).isFalse();
        assertThat(bom.utf8()).isTrue();
    }

    @Test
    void aReplyMadeFromTextKeepsThatText() {
        HttpReply utf8 = new HttpReply("http://h", 500, Headers.of(), "caf\u00e9 \uD83D\uDE00");
        HttpReply latin1 = new HttpReply("http://h", 500, Headers.of("Content-Type", "text/plain; charset=latin1"),
                "caf\u00e9");

        assertThat(utf8.body()).isEqualTo("caf\u00e9 \uD83D\uDE00");
        assertThat(utf8.bytes()).isEqualTo(ByteString.encodeUtf8("caf\u00e9 \uD83D\uDE00"));
        assertThat(latin1.body()).isEqualTo("caf\u00e9");
        assertThat(latin1.bytes().size()).isEqualTo(4);
    }

    @Provide
    Arbitrary<String> text() {
        return Arbitraries.strings().all().ofMaxLength(60);
    }

    @Provide
    Arbitrary<String> contentTypes() {
        return Arbitraries.of(CONTENT_TYPES);
    }

    @Provide
    Arbitrary<byte[]> bodies() {
        Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(40);
        Arbitrary<byte[]> jsonWithRandomBytes = random.map(bytes -> concat(concat("{\"c\":\"".getBytes(
                StandardCharsets.US_ASCII), bytes), "\"}"));
        return Arbitraries.oneOf(random, jsonWithRandomBytes);
    }

    private static void assertSameOutcome(final HttpReply reply) {
        JsonNode expected;
        try {
            expected = PLAIN.readTree(reply.body());
        } catch (JsonProcessingException e) {
            expected = null;
        }
        JsonNode actual;
        try {
            actual = Json.read(reply);
        } catch (JsonProcessingException e) {
            actual = null;
        }
        assertThat(actual).isEqualTo(expected);
    }

    private static HttpReply reply(final String contentType, final ByteString body) {
        Headers headers = contentType.isEmpty() ? Headers.of() : Headers.of("Content-Type", contentType);
        return new HttpReply("http://127.0.0.1/v1/chat/completions", 200, headers, body);
    }

    private static String quoted(final String text) {
        try {
            return PLAIN.writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a string always serializes", e);
        }
    }

    private static byte[] concat(final byte[] head, final String tail) {
        return concat(head, tail.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] concat(final byte[] head, final byte[] tail) {
        byte[] all = new byte[head.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        return all;
    }
}
