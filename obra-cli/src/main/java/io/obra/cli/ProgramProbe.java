package io.obra.cli;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Runs a short local command for {@code doctor} ({@code claude --version}, {@code git --version}), with a limit. */
final class ProgramProbe {

    /** What the command printed and how it exited; {@code exitCode} -1 when it did not finish in time. */
    record Answer(int exitCode, String output) {
        boolean succeeded() {
            return exitCode == 0;
        }
    }

    private final long timeoutSeconds;

    ProgramProbe(final long timeoutSeconds) {
        this.timeoutSeconds = timeoutSeconds;
    }

    /** Where the program is: a path as given (relative to {@code dir}), or the first match on the PATH. */
    static Optional<Path> locate(final String program, final String pathVariable, final Path dir) {
        if (program.contains("/") || program.contains(File.separator)) {
            Path file = dir.resolve(program).toAbsolutePath().normalize();
            return Files.isRegularFile(file) && Files.isExecutable(file) ? Optional.of(file) : Optional.empty();
        }
        if (pathVariable == null) {
            return Optional.empty();
        }
        for (String entry : pathVariable.split(File.pathSeparator)) {
            if (!entry.isEmpty()) {
                Path file = Path.of(entry).resolve(program);
                if (Files.isRegularFile(file) && Files.isExecutable(file)) {
                    return Optional.of(file);
                }
            }
        }
        return Optional.empty();
    }

    Answer run(final List<String> command, final Map<String, String> extraEnvironment, final Path dir)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command)).directory(dir.toFile())
                .redirectErrorStream(true);
        builder.environment().putAll(extraEnvironment);
        Process process = builder.start();
        process.getOutputStream().close();
        try (InputStream in = process.getInputStream()) {
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                return new Answer(-1, "");
            }
            return new Answer(process.exitValue(), new String(in.readAllBytes(), StandardCharsets.UTF_8).trim());
        } finally {
            process.destroyForcibly();
        }
    }
}
