package io.obra.implementer;

import io.obra.config.AgentSettings;
import io.obra.local.LocalProcessLauncher;
import io.obra.local.LocalWorkspace;
import io.obra.port.BuildLog;
import io.obra.privacy.Secret;
import io.obra.privacy.SecretMasker;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * One test's setting for the real CLI: a fresh workspace, HOME and CLAUDE_CONFIG_DIR under a temp
 * directory, a recording console, and an implementer built from them.
 */
final class ClaudeCliRun {

    static final String API_KEY = "sk-ant-api03-TEST-obra-1c9f27d4e8b54a6f";

    final Path workspace;
    final Path home;
    final Path configDir;
    final RecordingLog log = new RecordingLog();

    ClaudeCliRun(final Path tmp) throws IOException {
        workspace = Files.createDirectories(tmp.resolve("workspace"));
        home = Files.createDirectories(tmp.resolve("home"));
        configDir = Files.createDirectories(tmp.resolve("claude-config"));
    }

    ClaudeCodeImplementer implementer(final AgentSettings settings) {
        return implementer(settings, Optional.of(new Secret("the test credential TEST_KEY", API_KEY)));
    }

    ClaudeCodeImplementer implementer(final AgentSettings settings, final Optional<Secret> credential) {
        return new ClaudeCodeImplementer(new LocalProcessLauncher(), new LocalWorkspace(workspace), log, settings,
                credential, SecretMasker.none(), configDir.toString(), Clock.systemUTC(),
                ClaudeCodeImplementer.DEFAULT_ARTIFACT_DIR);
    }

    String artifact(final int iteration) throws IOException {
        return Files.readString(workspace.resolve("obra-reports/implementer-" + iteration + ".stream.jsonl"));
    }

    /** A console that keeps its lines, with their level. */
    static final class RecordingLog implements BuildLog {
        final List<String> lines = new CopyOnWriteArrayList<>();

        @Override
        public void info(final String line) {
            lines.add(line);
            System.out.println(line);
        }

        @Override
        public void warn(final String line) {
            lines.add("WARN " + line);
            System.out.println("WARNING: " + line);
        }

        @Override
        public void error(final String line) {
            lines.add("ERROR " + line);
            System.out.println("ERROR: " + line);
        }

        String text() {
            return String.join("\n", lines);
        }
    }
}
