package io.obra.local;

import io.obra.port.LaunchedProcess;
import io.obra.port.ProcessLauncher;
import io.obra.port.ProcessSpec;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Starts processes on this machine with {@link ProcessBuilder}: the adapter of the {@code obra} CLI and
 * the tests. The process inherits this JVM's environment plus the spec's additions.
 *
 * <p>Where {@code setsid} exists (Linux), the process is started through it, so it leads a process
 * group of its own and {@link LaunchedProcess#kill()} can signal every process it started, even those
 * whose parent has already died (a shell's background children otherwise survive as orphans).
 *
 * <p>Standard input is written by a feeder thread and then closed, so a process that never reads its
 * input cannot block {@link #launch}.
 */
public final class LocalProcessLauncher implements ProcessLauncher {

    /** Time between SIGTERM and SIGKILL when a process tree is killed. */
    public static final Duration DEFAULT_KILL_GRACE = Duration.ofSeconds(2);

    private final Optional<Path> setsid;
    private final Duration killGrace;

    /** A launcher that uses {@code setsid} when this machine has it. */
    public LocalProcessLauncher() {
        this(findOnPath("setsid", System.getenv("PATH")), DEFAULT_KILL_GRACE);
    }

    /**
     * @param setsid    the {@code setsid} binary, or empty to start processes in this JVM's process group
     * @param killGrace time a killed process gets to exit after SIGTERM before SIGKILL
     */
    public LocalProcessLauncher(final Optional<Path> setsid, final Duration killGrace) {
        this.setsid = setsid;
        this.killGrace = killGrace;
    }

    @Override
    public LaunchedProcess launch(final ProcessSpec spec) throws IOException {
        Path workingDirectory = Path.of(spec.workingDirectory());
        if (!Files.isDirectory(workingDirectory)) {
            throw new NoSuchFileException(spec.workingDirectory(), null, "the working directory does not exist");
        }
        ProcessBuilder builder = new ProcessBuilder();
        Map<String, String> environment = builder.environment();
        environment.putAll(spec.environment());
        String program = resolveProgram(spec.command().get(0), environment.get("PATH"), workingDirectory);
        List<String> command = new ArrayList<>();
        setsid.ifPresent(path -> command.add(path.toString()));
        command.add(program);
        command.addAll(spec.command().subList(1, spec.command().size()));
        builder.command(command).directory(workingDirectory.toFile());
        Process process = builder.start();
        feedStdin(process, spec.stdin());
        return new LocalLaunchedProcess(process, setsid.isPresent(), killGrace);
    }

    /**
     * Resolves the program the way a shell would, so that a missing binary fails here with an
     * {@link IOException} whether or not {@code setsid} wraps it.
     */
    private static String resolveProgram(final String program, final String path, final Path workingDirectory)
            throws IOException {
        if (program.contains(File.separator)) {
            Path file = workingDirectory.resolve(program);
            if (!Files.isRegularFile(file)) {
                throw new NoSuchFileException(program, null, "no such file");
            }
            if (!Files.isExecutable(file)) {
                throw new IOException(program + " is not executable");
            }
            return file.toString();
        }
        return findOnPath(program, path)
                .map(Path::toString)
                .orElseThrow(() -> new NoSuchFileException(program, null, "not found on the PATH"));
    }

    static Optional<Path> findOnPath(final String program, final String path) {
        if (path == null || path.isEmpty()) {
            return Optional.empty();
        }
        for (String directory : path.split(File.pathSeparator)) {
            if (directory.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(directory, program);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static void feedStdin(final Process process, final byte[] input) {
        Thread feeder = new Thread(() -> {
            try (OutputStream stdin = process.getOutputStream()) {
                stdin.write(input);
            } catch (IOException e) {
                // The process exited or closed its input before reading everything: nothing to feed.
            }
        }, "obra-stdin-" + process.pid());
        feeder.setDaemon(true);
        feeder.start();
    }
}
