package io.obra.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The seed's two `.obra.yml` examples (OpenAI; Ollama on a GPU machine), which must load as they are. */
public final class Seeds {

    public static final String OPENAI = read("seed-openai.obra.yml");
    public static final String OLLAMA = read("seed-ollama.obra.yml");

    private Seeds() {
    }

    private static String read(final String name) {
        try (InputStream in = Seeds.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("test resource io/obra/testing/" + name + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read io/obra/testing/" + name, e);
        }
    }
}
