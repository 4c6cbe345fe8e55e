package io.obra.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A throw-away git repository with one commit, for runs that need a checkout. */
final class GitRepo {

    private final Path dir;

    private GitRepo(final Path dir) {
        this.dir = dir;
    }

    static GitRepo create(final Path dir) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        GitRepo repo = new GitRepo(dir);
        repo.git("init", "-q", "-b", "main");
        repo.git("config", "user.name", "Obra Test");
        repo.git("config", "user.email", "obra-test@example.com");
        repo.git("config", "commit.gpgsign", "false");
        repo.write("README.md", "# demo\n");
        repo.write("src/Greeter.java", "class Greeter {\n    String greet(String name) {\n        return \"Hello \" + name;\n    }\n}\n");
        repo.commit("initial");
        return repo;
    }

    Path dir() {
        return dir;
    }

    GitRepo write(final String path, final String text) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return this;
    }

    GitRepo commit(final String message) throws IOException, InterruptedException {
        git("add", "-A");
        git("commit", "-q", "-m", message);
        return this;
    }

    String git(final String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add("git");
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("git " + String.join(" ", args) + " failed: " + output);
        }
        return output;
    }
}
