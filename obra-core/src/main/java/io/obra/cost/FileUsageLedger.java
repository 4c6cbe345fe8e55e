package io.obra.cost;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.obra.port.BuildLog;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The usage ledger as a JSON-lines file, one {@link UsageEntry} per line:
 * <pre>{"at":"2026-11-03T10:15:30Z","scope":"team/app","runId":"team/app#42","kind":"orchestrator","model":"gpt-4o-2024-11-20","costUsd":0.0123,"costKnown":true}</pre>
 *
 * <p>Safe under concurrent runs in one JVM and across processes: every read and append holds an
 * exclusive {@link FileChannel#lock() file lock} on a sidecar {@code <file>.lock}, and appends are
 * whole lines, so no writer's entry is lost. A line that cannot be read (a crash mid-write, a
 * hand edit) is skipped with a warning; the other lines still count.
 */
public final class FileUsageLedger implements UsageLedger {

    /*
     * A file lock belongs to the whole process: a second thread of this JVM asking for it gets an
     * OverlappingFileLockException instead of waiting. So threads first queue on a lock per file
     * path. It must be shared by every ledger object on that path, hence process-wide - the one
     * piece of static state, because the file it guards is process-wide too.
     */
    private static final ConcurrentMap<Path, ReentrantLock> JVM_LOCKS = new ConcurrentHashMap<>();

    private final Path file;
    private final Path lockFile;
    private final BuildLog log;
    private final ObjectMapper json = new ObjectMapper();
    private final Set<Integer> warnedLines = ConcurrentHashMap.newKeySet();

    /**
     * @param file the ledger file; it and its directory are created on the first entry
     * @param log  where unreadable lines are reported
     */
    public FileUsageLedger(final Path file, final BuildLog log) {
        this.file = file.toAbsolutePath().normalize();
        this.lockFile = this.file.resolveSibling(this.file.getFileName() + ".lock");
        this.log = Objects.requireNonNull(log, "log");
    }

    /** The CLI's ledger: {@code ~/.obra/usage.jsonl}. */
    public static Path defaultCliLocation() {
        return Path.of(System.getProperty("user.home"), ".obra", "usage.jsonl");
    }

    public Path file() {
        return file;
    }

    @Override
    public String location() {
        return file.toString();
    }

    @Override
    public void record(final UsageEntry entry) throws IOException {
        byte[] line = (toJson(entry) + "\n").getBytes(StandardCharsets.UTF_8);
        withLock(() -> {
            try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.READ)) {
                long size = out.size();
                ByteBuffer buffer;
                if (size > 0 && lastByte(out, size) != '\n') {
                    // A writer died mid-line: end that line so ours stays whole and readable.
                    buffer = ByteBuffer.allocate(line.length + 1).put((byte) '\n').put(line).flip();
                } else {
                    buffer = ByteBuffer.wrap(line);
                }
                out.position(size);
                while (buffer.hasRemaining()) {
                    out.write(buffer);
                }
            }
            return null;
        });
    }

    @Override
    public List<UsageEntry> entries(final YearMonth month) throws IOException {
        List<UsageEntry> all = withLock(this::readAll);
        List<UsageEntry> ofMonth = new ArrayList<>();
        for (UsageEntry entry : all) {
            if (YearMonth.from(entry.at().atZone(ZoneOffset.UTC)).equals(month)) {
                ofMonth.add(entry);
            }
        }
        return ofMonth;
    }

    /** Every readable entry of every month, in file order. */
    public List<UsageEntry> allEntries() throws IOException {
        return withLock(this::readAll);
    }

    private List<UsageEntry> readAll() throws IOException {
        if (!Files.exists(file)) {
            return List.of();
        }
        // Decoded leniently: one line of bad bytes must not hide the others.
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        List<UsageEntry> entries = new ArrayList<>();
        List<Integer> skipped = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            UsageEntry entry = parse(line);
            if (entry == null) {
                skipped.add(i + 1);
            } else {
                entries.add(entry);
            }
        }
        warnOnce(skipped);
        return entries;
    }

    private void warnOnce(final List<Integer> skipped) {
        List<Integer> fresh = new ArrayList<>();
        for (Integer line : skipped) {
            if (warnedLines.add(line)) {
                fresh.add(line);
            }
        }
        if (!fresh.isEmpty()) {
            log.warn("usage ledger " + file + ": skipped " + fresh.size() + " unreadable line(s) " + fresh
                    + "; the other entries still count");
        }
    }

    private UsageEntry parse(final String line) {
        try {
            JsonNode node = json.readTree(line);
            if (node == null || !node.isObject()) {
                return null;
            }
            for (String field : List.of("at", "scope", "runId", "kind", "model", "costUsd")) {
                if (!node.hasNonNull(field)) {
                    return null;
                }
            }
            if (!node.get("costUsd").isNumber()) {
                return null;
            }
            return new UsageEntry(Instant.parse(node.get("at").asText()), node.get("scope").asText(),
                    node.get("runId").asText(), node.get("kind").asText(), node.get("model").asText(),
                    node.get("costUsd").asDouble(), node.path("costKnown").asBoolean(true));
        } catch (JsonProcessingException | DateTimeParseException | IllegalArgumentException e) {
            return null;
        }
    }

    private String toJson(final UsageEntry entry) {
        // Exactly these fields: amounts, models and job names - nothing that could hold a secret.
        ObjectNode node = json.createObjectNode();
        node.put("at", entry.at().toString());
        node.put("scope", entry.scope());
        node.put("runId", entry.runId());
        node.put("kind", entry.kind());
        node.put("model", entry.model());
        node.put("costUsd", entry.costUsd());
        node.put("costKnown", entry.costKnown());
        return node.toString();
    }

    private static int lastByte(final FileChannel channel, final long size) throws IOException {
        ByteBuffer one = ByteBuffer.allocate(1);
        channel.read(one, size - 1);
        return one.get(0);
    }

    private <T> T withLock(final IoAction<T> action) throws IOException {
        ReentrantLock jvmLock = JVM_LOCKS.computeIfAbsent(file, p -> new ReentrantLock());
        jvmLock.lock();
        try {
            Files.createDirectories(file.getParent());
            try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock ignored = channel.lock()) {
                return action.run();
            }
        } finally {
            jvmLock.unlock();
        }
    }

    @FunctionalInterface
    private interface IoAction<T> {
        T run() throws IOException;
    }

    @Override
    public String toString() {
        return "FileUsageLedger[" + file + "]";
    }
}
