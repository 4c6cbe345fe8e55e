package io.obra.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * Writes a long Claude Code stream-json transcript for P2, built from the lines Claude Code 2.1.197
 * really printed (obra-core's test resources {@code claude-code-samples/write-file.stream.jsonl}): the
 * init line, then turns of agent text, a tool call (Read, Edit, Write, Bash, Grep on one of 200 files)
 * and its result, then the result line. Content varies in length (tool results of 1–24 KB, the size of
 * a file read, carried twice per line as Claude Code does: in the message and in {@code tool_use_result})
 * and text; every 40th tool result is an {@code .env} file holding the secret, which the engine must
 * mask. Deterministic for a given size.
 */
public final class RecordedStream {

    private static final String SAMPLE = "claude-code-samples/write-file.stream.jsonl";
    private static final String[] TOOLS = {"Read", "Edit", "Write", "Bash", "Grep"};
    private static final String[] WORDS = ("the validator rejects empty names before the controller saves them and"
            + " returns a clear message naming the field while tests cover null blank and long input so the gate"
            + " can pass once coverage holds for every branch of the service layer").split(" ");
    /** Every this many turns, a tool result carries the secret. */
    static final int SECRET_EVERY = 40;

    private final ObjectMapper json = new ObjectMapper();
    private final ObjectNode init;
    private final ObjectNode assistant;
    private final ObjectNode user;
    private final ObjectNode result;

    public RecordedStream() {
        List<String> lines = sampleLines();
        this.init = parse(lines.get(0));
        this.assistant = parse(lines.get(1));
        this.user = parse(lines.get(3));
        this.result = parse(lines.get(lines.size() - 1));
    }

    /** What was written. */
    public record Written(long bytes, long lines, int turns, int secrets) {
    }

    /**
     * Writes at least {@code bytes} bytes of stream-json to {@code file}.
     *
     * @param root   the workspace path the tool calls name
     * @param secret the value sprinkled into tool results
     */
    public Written write(final Path file, final long bytes, final String root, final String secret)
            throws IOException {
        Random random = new Random(bytes);
        long written = 0;
        long lines = 0;
        int turn = 0;
        int secrets = 0;
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
            written += line(out, init.toString());
            lines++;
            while (written < bytes) {
                turn++;
                String messageId = String.format("msg_%020x", turn);
                String toolId = String.format("toolu_%020x", turn);
                String path = root + "/src/main/java/io/acme/module" + (turn % 20) + "/Service" + (turn % 200) + ".java";
                String tool = TOOLS[turn % TOOLS.length];
                written += line(out, assistantText(messageId, sentence(random, 8 + random.nextInt(60))));
                written += line(out, assistantTool(messageId, toolId, tool, path, random));
                boolean withSecret = turn % SECRET_EVERY == 0;
                secrets += withSecret ? 1 : 0;
                String content = withSecret ? envFile(secret, random) : fileText(random, 1024 + random.nextInt(23 * 1024));
                written += line(out, toolResult(toolId, path, content));
                lines += 3;
            }
            ObjectNode end = result.deepCopy();
            end.put("num_turns", turn);
            end.put("result", "Done: " + sentence(random, 20));
            written += line(out, end.toString());
            lines++;
        }
        return new Written(written, lines, turn, secrets);
    }

    private String assistantText(final String messageId, final String text) {
        ObjectNode node = assistant.deepCopy();
        ObjectNode message = (ObjectNode) node.get("message");
        message.put("id", messageId);
        ArrayNode content = message.putArray("content");
        content.addObject().put("type", "text").put("text", text);
        return node.toString();
    }

    private String assistantTool(final String messageId, final String toolId, final String tool, final String path,
                                 final Random random) {
        ObjectNode node = assistant.deepCopy();
        ObjectNode message = (ObjectNode) node.get("message");
        message.put("id", messageId);
        ArrayNode content = message.putArray("content");
        ObjectNode use = content.addObject().put("type", "tool_use").put("id", toolId).put("name", tool);
        ObjectNode input = use.putObject("input");
        switch (tool) {
            case "Write" -> input.put("file_path", path).put("content", fileText(random, 512 + random.nextInt(6000)));
            case "Edit" -> input.put("file_path", path).put("old_string", sentence(random, 12))
                    .put("new_string", sentence(random, 30));
            case "Bash" -> input.put("command", "mvn -q -Dtest=Service" + random.nextInt(200) + "Test test")
                    .put("description", "Run the tests");
            case "Grep" -> input.put("pattern", WORDS[random.nextInt(WORDS.length)]).put("path", path);
            default -> input.put("file_path", path);
        }
        return node.toString();
    }

    /** A tool result as Claude Code prints it: in the message, and again in {@code tool_use_result}. */
    private String toolResult(final String toolId, final String path, final String text) {
        ObjectNode node = user.deepCopy();
        ArrayNode content = ((ObjectNode) node.get("message")).putArray("content");
        content.addObject().put("tool_use_id", toolId).put("type", "tool_result").put("content", text);
        ((ObjectNode) node.get("tool_use_result")).put("filePath", path).put("content", text);
        return node.toString();
    }

    private static String envFile(final String secret, final Random random) {
        return "     1\tSPRING_PROFILES_ACTIVE=dev\n     2\tANTHROPIC_API_KEY=" + secret + "\n     3\t# "
                + sentence(random, 10) + "\n";
    }

    /** Numbered lines of Java-looking text, as the Read tool returns a file. */
    private static String fileText(final Random random, final int chars) {
        StringBuilder text = new StringBuilder(chars + 100);
        int n = 1;
        while (text.length() < chars) {
            text.append(String.format("%6d\t", n++)).append("    ")
                    .append(n % 7 == 0 ? "// " + sentence(random, 6) : "String " + WORDS[random.nextInt(WORDS.length)]
                            + n + " = \"" + sentence(random, 3 + random.nextInt(5)) + "\";")
                    .append('\n');
        }
        return text.toString();
    }

    private static String sentence(final Random random, final int words) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words; i++) {
            text.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return text.append('.').toString();
    }

    private static long line(final Writer out, final String line) throws IOException {
        out.write(line);
        out.write('\n');
        return line.getBytes(StandardCharsets.UTF_8).length + 1L;
    }

    private ObjectNode parse(final String line) {
        try {
            return (ObjectNode) json.readTree(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> sampleLines() {
        try (InputStream in = RecordedStream.class.getClassLoader().getResourceAsStream(SAMPLE)) {
            if (in == null) {
                throw new IllegalStateException(SAMPLE + " is missing from the class path (obra-core's test-jar)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
