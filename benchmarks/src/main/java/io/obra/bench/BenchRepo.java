package io.obra.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/** Git repositories for P4: a small one, and one whose branch carries a 5 MB change against main. */
public final class BenchRepo {

    private final Path root;

    private BenchRepo(final Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    /** One committed source file on {@code main}. */
    public static BenchRepo small(final Path dir) throws IOException, InterruptedException {
        BenchRepo repo = new BenchRepo(Files.createDirectories(dir));
        repo.git("init", "-q", "-b", "main");
        repo.git("config", "user.email", "bench@example.com");
        repo.git("config", "user.name", "Bench");
        Files.writeString(dir.resolve("Greeter.java"), "class Greeter {\n    String greet(String name) {\n"
                + "        return \"Hello \" + name;\n    }\n}\n");
        repo.git("add", "-A");
        repo.git("commit", "-q", "-m", "first");
        return repo;
    }

    /**
     * The small repository plus a branch {@code feature} checked out, whose commit changes about
     * {@code bytes} bytes against {@code main}: source files, a regenerated lock file, generated code and
     * a vendored library, in the proportions of a dependency bump with a feature.
     */
    public static BenchRepo withLargeChange(final Path dir, final int bytes) throws IOException, InterruptedException {
        BenchRepo repo = small(dir);
        repo.git("checkout", "-q", "-b", "feature");
        Random random = new Random(bytes);
        repo.write("package-lock.json", lockFile(random, bytes * 45 / 100));
        repo.writeMany("vendor/github.com/acme/lib/file%d.go", 40, bytes * 20 / 100, random);
        repo.writeMany("src/main/java/io/acme/service/Service%d.java", 60, bytes * 25 / 100, random);
        repo.writeMany("gen/api%d.pb.go", 10, bytes * 10 / 100, random);
        repo.git("add", "-A");
        repo.git("commit", "-q", "-m", "a large change");
        return repo;
    }

    private void writeMany(final String pattern, final int files, final int bytes, final Random random)
            throws IOException {
        for (int i = 0; i < files; i++) {
            write(String.format(pattern, i), code(random, bytes / files));
        }
    }

    private void write(final String path, final String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static String lockFile(final Random random, final int bytes) {
        StringBuilder text = new StringBuilder("{\n  \"lockfileVersion\": 3,\n  \"packages\": {\n");
        for (int i = 0; text.length() < bytes; i++) {
            text.append("    \"node_modules/pkg-").append(i).append("\": {\"version\": \"1.").append(random.nextInt(40))
                    .append('.').append(i % 17).append("\", \"integrity\": \"sha512-")
                    .append(Long.toHexString(random.nextLong())).append(Long.toHexString(random.nextLong()))
                    .append("\"},\n");
        }
        return text.append("  }\n}\n").toString();
    }

    private static String code(final Random random, final int bytes) {
        StringBuilder text = new StringBuilder("// generated for the benchmark\n");
        for (int i = 0; text.length() < bytes; i++) {
            text.append("    value").append(i).append(" = compute(").append(random.nextInt(1000)).append(", \"")
                    .append(Long.toString(random.nextLong(), 36)).append("\");\n");
        }
        return text.toString();
    }

    /** Runs git in the repository; fails with git's output when it fails. */
    public void git(final String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException("git " + String.join(" ", args) + " failed in " + root + ": " + output);
        }
    }
}
