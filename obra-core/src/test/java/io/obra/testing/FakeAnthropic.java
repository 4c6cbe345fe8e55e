package io.obra.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback fake of the Anthropic Messages API that the real Claude Code CLI can talk to
 * ({@code ANTHROPIC_BASE_URL=}{@link #baseUrl()}). It answers {@code POST /v1/messages?beta=true} with
 * real SSE streams (or plain JSON when {@code stream} is false) and real error bodies.
 *
 * <p>Scripted replies are consumed only by the agent loop's requests, recognised by their
 * {@code tools}; the CLI's side requests without tools (titles, classifiers) get
 * {@link #whenSideRequest(Reply)}'s reply, by default a short text. Every request is recorded.
 *
 * <pre>{@code
 * try (FakeAnthropic api = FakeAnthropic.start()) {
 *     api.enqueue(FakeAnthropic.toolUse("Write", Map.of("file_path", dir + "/a.txt", "content", "hi\n")),
 *                 FakeAnthropic.text("Created a.txt."));
 *     // run claude with ANTHROPIC_BASE_URL=api.baseUrl()
 *     assertThat(api.mainRequests()).hasSize(2);
 * }
 * }</pre>
 */
public final class FakeAnthropic implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final ExecutorService executor;
    private final Deque<Reply> script = new ArrayDeque<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final List<String> unexpected = new CopyOnWriteArrayList<>();
    private final CountDownLatch closed = new CountDownLatch(1);
    private final AtomicInteger ids = new AtomicInteger();
    private final AtomicInteger unscripted = new AtomicInteger();
    private Reply whenEmpty = text("(FakeAnthropic: no scripted reply left)");
    private Reply sideReply = text("Fake side reply");

    private FakeAnthropic(final HttpServer server, final ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /** Starts a fake on a free port of 127.0.0.1. */
    public static FakeAnthropic start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        ExecutorService executor = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "fake-anthropic");
            thread.setDaemon(true);
            return thread;
        });
        FakeAnthropic fake = new FakeAnthropic(server, executor);
        server.createContext("/", fake::handle);
        server.setExecutor(executor);
        server.start();
        return fake;
    }

    /** The host root for {@code ANTHROPIC_BASE_URL} (no {@code /v1}). */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Appends replies for the agent loop's next requests, in order. */
    public synchronized FakeAnthropic enqueue(final Reply... replies) {
        script.addAll(List.of(replies));
        return this;
    }

    /** The reply to agent-loop requests once the script is used up (default: a short text). */
    public synchronized FakeAnthropic whenQueueEmpty(final Reply reply) {
        whenEmpty = reply;
        return this;
    }

    /** The reply to side requests (those without tools). */
    public synchronized FakeAnthropic whenSideRequest(final Reply reply) {
        sideReply = reply;
        return this;
    }

    /** Every {@code /v1/messages} request, in arrival order. */
    public List<Request> requests() {
        return List.copyOf(requests);
    }

    /** The agent loop's requests (those with tools), in arrival order. */
    public List<Request> mainRequests() {
        return requests.stream().filter(Request::hasTools).toList();
    }

    /** Agent-loop requests that found the script empty. */
    public int unscriptedMainRequests() {
        return unscripted.get();
    }

    /** Requests to paths the fake does not know, e.g. {@code GET /v1/foo}. */
    public List<String> unexpectedRequests() {
        return List.copyOf(unexpected);
    }

    /** Releases stalled streams and stops the server. */
    @Override
    public void close() {
        closed.countDown();
        server.stop(0);
        executor.shutdownNow();
    }

    // ---- replies -------------------------------------------------------------------------------

    /** An assistant answer that ends the turn with text. */
    public static Reply text(final String text) {
        return new Reply(List.of(new Block(text, null, null)), 0, null, Map.of(), false, 1000, 50);
    }

    /** An assistant answer that calls a tool (the CLI runs it and sends the result in the next request). */
    public static Reply toolUse(final String name, final Map<String, ?> input) {
        return new Reply(List.of(new Block(null, name, JSON.valueToTree(input))), 0, null, Map.of(), false, 1000, 50);
    }

    /** An API error with the real body shape, e.g. {@code error(401, "invalid x-api-key")}. */
    public static Reply error(final int status, final String message) {
        return new Reply(List.of(), status, message, Map.of("request-id", "req_fake"), false, 0, 0);
    }

    /** A stream that starts ({@code message_start}, a first text delta) and then never continues. */
    public static Reply stall() {
        return new Reply(List.of(new Block("Thinking", null, null)), 0, null, Map.of(), true, 1000, 0);
    }

    /** A scripted answer or error. */
    public static final class Reply {
        private final List<Block> blocks;
        private final int status;
        private final String errorMessage;
        private final Map<String, String> headers;
        private final boolean stall;
        private final long inputTokens;
        private final long outputTokens;

        private Reply(final List<Block> blocks, final int status, final String errorMessage,
                      final Map<String, String> headers, final boolean stall, final long inputTokens,
                      final long outputTokens) {
            this.blocks = List.copyOf(blocks);
            this.status = status;
            this.errorMessage = errorMessage;
            this.headers = Map.copyOf(headers);
            this.stall = stall;
            this.inputTokens = inputTokens;
            this.outputTokens = outputTokens;
        }

        /** This answer followed by a tool call in the same message. */
        public Reply thenToolUse(final String name, final Map<String, ?> input) {
            List<Block> more = new ArrayList<>(blocks);
            more.add(new Block(null, name, JSON.valueToTree(input)));
            return new Reply(more, status, errorMessage, headers, stall, inputTokens, outputTokens);
        }

        /** The usage the message reports (default 1000 input, 50 output tokens). */
        public Reply withUsage(final long input, final long output) {
            return new Reply(blocks, status, errorMessage, headers, stall, input, output);
        }

        /** An extra response header, e.g. {@code retry-after: 0} or {@code x-should-retry: false}. */
        public Reply withHeader(final String name, final String value) {
            Map<String, String> more = new LinkedHashMap<>(headers);
            more.put(name, value);
            return new Reply(blocks, status, errorMessage, more, stall, inputTokens, outputTokens);
        }

        boolean isError() {
            return status >= 400;
        }

        String stopReason() {
            return blocks.stream().anyMatch(block -> block.toolName != null) ? "tool_use" : "end_turn";
        }
    }

    private record Block(String text, String toolName, JsonNode toolInput) {
    }

    /**
     * A recorded request.
     *
     * @param body the JSON body ({@code model}, {@code messages}, {@code tools}, {@code stream}, …)
     */
    public record Request(String method, String path, Map<String, List<String>> headers, JsonNode body) {

        public boolean hasTools() {
            return body.path("tools").isArray() && !body.path("tools").isEmpty();
        }

        public String header(final String name) {
            return headers.entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .flatMap(entry -> entry.getValue().stream()).findFirst().orElse(null);
        }

        public String model() {
            return body.path("model").asText();
        }

        public JsonNode messages() {
            return body.path("messages");
        }

        /** All text of the conversation: message texts, tool inputs and tool results. */
        public String conversationText() {
            StringBuilder text = new StringBuilder();
            for (JsonNode message : messages()) {
                JsonNode content = message.path("content");
                if (content.isTextual()) {
                    text.append(content.asText()).append('\n');
                }
                for (JsonNode block : content) {
                    text.append(block.path("text").asText(""));
                    text.append(block.path("input").isMissingNode() ? "" : block.path("input").toString());
                    JsonNode result = block.path("content");
                    text.append(result.isTextual() ? result.asText() : result.toString()).append('\n');
                }
            }
            return text.toString();
        }
    }

    // ---- HTTP ----------------------------------------------------------------------------------

    private void handle(final HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getPath();
            if (method.equals("HEAD") || (method.equals("GET") && path.equals("/"))) {
                // The CLI probes the base URL at start-up.
                exchange.sendResponseHeaders(200, -1);
                return;
            }
            if (method.equals("POST") && path.equals("/v1/messages/count_tokens")) {
                sendJson(exchange, 200, JSON.createObjectNode().put("input_tokens", 1000));
                return;
            }
            if (!method.equals("POST") || !path.equals("/v1/messages")) {
                String what = method + " " + exchange.getRequestURI();
                unexpected.add(what);
                System.err.println("FakeAnthropic: unexpected request " + what);
                sendJson(exchange, 404, errorBody(404, "FakeAnthropic does not know " + what));
                return;
            }
            JsonNode body = JSON.readTree(exchange.getRequestBody());
            Request request = new Request(method, exchange.getRequestURI().toString(),
                    Map.copyOf(exchange.getRequestHeaders()), body);
            requests.add(request);
            respond(exchange, request, nextReply(request));
        }
    }

    private synchronized Reply nextReply(final Request request) {
        if (!request.hasTools()) {
            return sideReply;
        }
        Reply next = script.pollFirst();
        if (next == null) {
            unscripted.incrementAndGet();
            return whenEmpty;
        }
        return next;
    }

    private void respond(final HttpExchange exchange, final Request request, final Reply reply) throws IOException {
        reply.headers.forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        if (reply.isError()) {
            sendJson(exchange, reply.status, errorBody(reply.status, reply.errorMessage));
        } else if (request.body().path("stream").asBoolean(false)) {
            stream(exchange, request, reply);
        } else {
            sendJson(exchange, 200, message(request, reply));
        }
    }

    private ObjectNode message(final Request request, final Reply reply) {
        ObjectNode message = JSON.createObjectNode();
        message.put("id", "msg_fake" + ids.incrementAndGet()).put("type", "message").put("role", "assistant")
                .put("model", request.model());
        ArrayNode content = message.putArray("content");
        for (Block block : reply.blocks) {
            if (block.text != null) {
                content.addObject().put("type", "text").put("text", block.text);
            } else {
                content.addObject().put("type", "tool_use").put("id", "toolu_fake" + ids.incrementAndGet())
                        .put("name", block.toolName).set("input", block.toolInput);
            }
        }
        message.put("stop_reason", reply.stopReason()).putNull("stop_sequence");
        message.set("usage", usage(reply.inputTokens, reply.outputTokens));
        return message;
    }

    /** The event sequence of the streaming Messages API, one flush per event. */
    private void stream(final HttpExchange exchange, final Request request, final Reply reply) throws IOException {
        exchange.getResponseHeaders().add("content-type", "text/event-stream");
        exchange.getResponseHeaders().add("cache-control", "no-cache");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        ObjectNode start = JSON.createObjectNode().put("id", "msg_fake" + ids.incrementAndGet())
                .put("type", "message").put("role", "assistant").put("model", request.model());
        start.putArray("content");
        start.putNull("stop_reason").putNull("stop_sequence");
        start.set("usage", usage(reply.inputTokens, 1));
        event(out, "message_start", JSON.createObjectNode().put("type", "message_start").set("message", start));
        int index = 0;
        for (Block block : reply.blocks) {
            ObjectNode contentBlock = JSON.createObjectNode();
            if (block.text != null) {
                contentBlock.put("type", "text").put("text", "");
                blockStart(out, index, contentBlock);
                delta(out, index, JSON.createObjectNode().put("type", "text_delta").put("text", block.text));
            } else {
                contentBlock.put("type", "tool_use").put("id", "toolu_fake" + ids.incrementAndGet())
                        .put("name", block.toolName).putObject("input");
                blockStart(out, index, contentBlock);
                String json = block.toolInput.toString();
                int half = json.length() / 2;
                for (String part : List.of(json.substring(0, half), json.substring(half))) {
                    delta(out, index, JSON.createObjectNode().put("type", "input_json_delta")
                            .put("partial_json", part));
                }
            }
            if (reply.stall) {
                awaitClose();
                return;
            }
            event(out, "content_block_stop", JSON.createObjectNode().put("type", "content_block_stop")
                    .put("index", index));
            index++;
        }
        ObjectNode messageDelta = JSON.createObjectNode().put("type", "message_delta");
        messageDelta.putObject("delta").put("stop_reason", reply.stopReason()).putNull("stop_sequence");
        messageDelta.putObject("usage").put("output_tokens", reply.outputTokens);
        event(out, "message_delta", messageDelta);
        event(out, "message_stop", JSON.createObjectNode().put("type", "message_stop"));
    }

    private void awaitClose() {
        try {
            closed.await(10, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void blockStart(final OutputStream out, final int index, final ObjectNode block)
            throws IOException {
        ObjectNode start = JSON.createObjectNode().put("type", "content_block_start").put("index", index);
        start.set("content_block", block);
        event(out, "content_block_start", start);
    }

    private static void delta(final OutputStream out, final int index, final ObjectNode delta) throws IOException {
        ObjectNode event = JSON.createObjectNode().put("type", "content_block_delta").put("index", index);
        event.set("delta", delta);
        event(out, "content_block_delta", event);
    }

    private static void event(final OutputStream out, final String name, final JsonNode data) throws IOException {
        out.write(("event: " + name + "\ndata: " + JSON.writeValueAsString(data) + "\n\n")
                .getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static ObjectNode usage(final long input, final long output) {
        return JSON.createObjectNode().put("input_tokens", input).put("output_tokens", output)
                .put("cache_creation_input_tokens", 0).put("cache_read_input_tokens", 0);
    }

    private static ObjectNode errorBody(final int status, final String message) {
        ObjectNode body = JSON.createObjectNode().put("type", "error");
        body.putObject("error").put("type", errorType(status)).put("message", message);
        return body;
    }

    private static String errorType(final int status) {
        return switch (status) {
            case 400 -> "invalid_request_error";
            case 401 -> "authentication_error";
            case 403 -> "permission_error";
            case 404 -> "not_found_error";
            case 413 -> "request_too_large";
            case 429 -> "rate_limit_error";
            case 529 -> "overloaded_error";
            default -> "api_error";
        };
    }

    private static void sendJson(final HttpExchange exchange, final int status, final JsonNode body)
            throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().add("content-type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }
}
