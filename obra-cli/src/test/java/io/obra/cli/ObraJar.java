package io.obra.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the fat jar ({@code obra.test.jar}) as a process, the way users and CI run it, with an environment
 * built from scratch: nothing of the developer's own keys or proxies leaks in. Standard output and error are
 * captured separately.
 */
final class ObraJar {

    /** What a run printed and how it exited. */
    record Result(int exitCode, String out, String err) {
        String all() {
            return out + err;
        }
    }

    private final Path home;
    private final Map<String, String> environment = new HashMap<>();
    private boolean launcher;

    /**
     * @param home a temporary directory: HOME, CLAUDE_CONFIG_DIR and OBRA_HOME go under it
     */
    ObraJar(final Path home) throws IOException {
        this.home = home;
        Files.createDirectories(home.resolve("claude-config"));
        environment.put("PATH", System.getenv("PATH"));
        environment.put("HOME", home.toString());
        environment.put("CLAUDE_CONFIG_DIR", home.resolve("claude-config").toString());
        environment.put("OBRA_HOME", home.resolve("obra-home").toString());
        environment.put("LANG", "C.UTF-8");
        // Loopback fakes must be reached directly even where the machine has a proxy.
        environment.put("NO_PROXY", "127.0.0.1,localhost");
        environment.put("no_proxy", "127.0.0.1,localhost");
    }

    static Path jar() {
        String path = System.getProperty("obra.test.jar");
        if (path == null || !Files.isRegularFile(Path.of(path))) {
            throw new IllegalStateException("the obra fat jar is missing (system property obra.test.jar = " + path
                    + "); run the integration tests through Maven (mvn verify), which builds it first");
        }
        return Path.of(path);
    }

    /** Runs through the {@code obra} launcher script next to the jar ({@code obra.test.launcher}) from now on. */
    ObraJar viaLauncher() {
        String path = System.getProperty("obra.test.launcher");
        if (path == null || !Files.isExecutable(Path.of(path))) {
            throw new IllegalStateException("the obra launcher is missing or not executable (system property "
                    + "obra.test.launcher = " + path + "); mvn package copies it next to obra.jar");
        }
        launcher = true;
        environment.put("JAVA_HOME", System.getProperty("java.home"));
        return this;
    }

    ObraJar env(final String name, final String value) {
        environment.put(name, value);
        return this;
    }

    ObraJar without(final String name) {
        environment.remove(name);
        return this;
    }

    Path home() {
        return home;
    }

    Result run(final Path workingDirectory, final String... args) throws IOException, InterruptedException {
        return run(workingDirectory, Duration.ofMinutes(3), args);
    }

    /** A started run, for tests that stop it midway. */
    record Started(Process process, Path out, Path err) {
        Result result() throws IOException {
            return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        }
    }

    Started start(final Path workingDirectory, final String... args) throws IOException {
        List<String> command = new ArrayList<>();
        if (launcher) {
            command.add(System.getProperty("obra.test.launcher"));
        } else {
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.add("-jar");
            command.add(jar().toString());
        }
        command.addAll(List.of(args));
        Path out = Files.createTempFile(home, "stdout", ".txt");
        Path err = Files.createTempFile(home, "stderr", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().clear();
        builder.environment().putAll(environment);
        Process process = builder.start();
        process.getOutputStream().close();
        return new Started(process, out, err);
    }

    Result run(final Path workingDirectory, final Duration timeout, final String... args)
            throws IOException, InterruptedException {
        Started started = start(workingDirectory, args);
        Process process = started.process();
        if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new AssertionError("obra " + String.join(" ", args) + " did not finish within " + timeout
                    + "\nstdout:\n" + Files.readString(started.out()) + "\nstderr:\n" + Files.readString(started.err()));
        }
        return started.result();
    }
}
