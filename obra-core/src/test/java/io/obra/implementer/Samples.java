package io.obra.implementer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The recorded outputs of the real CLI in {@code src/test/resources/claude-code-samples/}. */
final class Samples {

    private Samples() {
    }

    static String text(final String name) {
        try (InputStream in = Samples.class.getResourceAsStream("/claude-code-samples/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no sample " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> lines(final String name) {
        return text(name).lines().toList();
    }
}
