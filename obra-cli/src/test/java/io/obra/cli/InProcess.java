package io.obra.cli;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/** Runs {@code obra} in this JVM with an environment and output streams of the test's own. */
final class InProcess {

    record Result(int exitCode, String out, String err) {
        String all() {
            return out + err;
        }
    }

    private InProcess() {
    }

    static Result run(final Path dir, final Map<String, String> env, final String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = ObraCommand.execute(args, Flags.environment(dir, env), out, err, false);
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
