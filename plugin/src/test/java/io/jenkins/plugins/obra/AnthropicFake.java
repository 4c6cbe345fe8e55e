package io.jenkins.plugins.obra;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

import java.io.IOException;
import java.net.InetAddress;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback stand-in for the Anthropic Messages API that the real Claude Code CLI accepts (set
 * {@code ANTHROPIC_BASE_URL} to {@link #url()}): every message request is answered with one streamed text
 * reply. Minimal on purpose: obra-core's shared fakes ({@code io.obra.testing}) were not available when
 * these tests were written.
 */
final class AnthropicFake implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final MockWebServer server = new MockWebServer();
    private final AtomicInteger messageRequests = new AtomicInteger();
    private final CountDownLatch firstMessage = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private volatile String reply = "Done: the change is in place.";
    private volatile boolean stall;

    AnthropicFake() throws IOException {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(final RecordedRequest request) throws InterruptedException {
                return answer(request);
            }
        });
        server.start(InetAddress.getByName("127.0.0.1"), 0);
    }

    /** The base URL for {@code ANTHROPIC_BASE_URL}. */
    String url() {
        return "http://127.0.0.1:" + server.getPort();
    }

    /** What the assistant answers to every message request. */
    AnthropicFake replying(final String text) {
        this.reply = text;
        return this;
    }

    /** Holds every message request unanswered until {@link #close()}, so a build can be aborted mid-run. */
    AnthropicFake stalling() {
        this.stall = true;
        return this;
    }

    int messageRequests() {
        return messageRequests.get();
    }

    /** Waits until Claude Code has sent its first message request. */
    boolean awaitFirstMessage(final long seconds) throws InterruptedException {
        return firstMessage.await(seconds, TimeUnit.SECONDS);
    }

    private MockResponse answer(final RecordedRequest request) throws InterruptedException {
        String path = request.getTarget() == null ? "" : request.getTarget();
        if (!"POST".equals(request.getMethod()) || !path.startsWith("/v1/messages")) {
            return new MockResponse.Builder().code("HEAD".equals(request.getMethod()) ? 200 : 404)
                    .addHeader("content-type", "application/json").body("{}").build();
        }
        messageRequests.incrementAndGet();
        firstMessage.countDown();
        if (stall) {
            release.await(5, TimeUnit.MINUTES);
        }
        Map<String, Object> body = read(request);
        String model = String.valueOf(body.getOrDefault("model", "claude-sonnet-4-5"));
        if (Boolean.TRUE.equals(body.get("stream"))) {
            return new MockResponse.Builder().code(200).addHeader("content-type", "text/event-stream")
                    .body(stream(model)).build();
        }
        return new MockResponse.Builder().code(200).addHeader("content-type", "application/json")
                .body(json(message(model, List.of(Map.of("type", "text", "text", reply)), "end_turn"))).build();
    }

    private String stream(final String model) {
        StringBuilder sse = new StringBuilder();
        event(sse, "message_start", Map.of("type", "message_start", "message", message(model, List.of(), null)));
        event(sse, "content_block_start", Map.of("type", "content_block_start", "index", 0,
                "content_block", Map.of("type", "text", "text", "")));
        event(sse, "content_block_delta", Map.of("type", "content_block_delta", "index", 0,
                "delta", Map.of("type", "text_delta", "text", reply)));
        event(sse, "content_block_stop", Map.of("type", "content_block_stop", "index", 0));
        Map<String, Object> delta = new LinkedHashMap<>();
        delta.put("stop_reason", "end_turn");
        delta.put("stop_sequence", null);
        event(sse, "message_delta", Map.of("type", "message_delta", "delta", delta,
                "usage", Map.of("output_tokens", 12)));
        event(sse, "message_stop", Map.of("type", "message_stop"));
        return sse.toString();
    }

    private static Map<String, Object> message(final String model, final List<?> content, final String stopReason) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("id", "msg_fake");
        message.put("type", "message");
        message.put("role", "assistant");
        message.put("model", model);
        message.put("content", content);
        message.put("stop_reason", stopReason);
        message.put("stop_sequence", null);
        message.put("usage", Map.of("input_tokens", 10, "output_tokens", 12));
        return message;
    }

    private static void event(final StringBuilder sse, final String name, final Map<String, ?> data) {
        sse.append("event: ").append(name).append('\n').append("data: ").append(json(data)).append("\n\n");
    }

    private static Map<String, Object> read(final RecordedRequest request) {
        try {
            return request.getBody() == null ? Map.of()
                    : JSON.readValue(request.getBody().utf8(), new TypeReference<Map<String, Object>>() { });
        } catch (IOException e) {
            return Map.of();
        }
    }

    private static String json(final Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws IOException {
        release.countDown();
        server.close();
    }
}
