package io.obra.orchestrator;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Tells a pinned model version from a moving alias. Scores are only comparable between builds when the
 * same model version judges them; {@code gpt-4o} and {@code llama3:latest} silently move to newer versions.
 * The configured model is still sent exactly as written: this only produces the warning.
 */
public final class ModelPins {

    /** OpenAI's own model families; other names (custom servers, fine-tunes) are not judged. */
    private static final Pattern OPENAI_FAMILY = Pattern.compile("^(gpt-|chatgpt-|o\\d).*");
    /** A snapshot suffix: {@code -2024-11-20} or the older {@code -0613}. */
    private static final Pattern SNAPSHOT = Pattern.compile(".*-(\\d{4}-\\d{2}-\\d{2}|\\d{4})$");

    private ModelPins() {
    }

    /** Whether an OpenAI model name is an alias rather than a dated snapshot. */
    public static boolean isOpenAiAlias(final String model) {
        String name = model.strip().toLowerCase(Locale.ROOT);
        if (name.endsWith("-latest")) {
            return true;
        }
        return OPENAI_FAMILY.matcher(name).matches() && !SNAPSHOT.matcher(name).matches();
    }

    /** Whether an Ollama model name has no tag or the moving {@code latest} tag. */
    public static boolean isOllamaAlias(final String model) {
        String name = model.strip();
        String last = name.substring(name.lastIndexOf('/') + 1);
        int colon = last.indexOf(':');
        return colon < 0 || "latest".equalsIgnoreCase(last.substring(colon + 1));
    }

    /** The warning for an unpinned OpenAI model, if it is one. */
    public static Optional<String> openAiWarning(final String model) {
        return isOpenAiAlias(model)
                ? Optional.of(("orchestrator: model '%s' is an alias that OpenAI moves to newer snapshots; pin a dated "
                + "version (e.g. gpt-4o-2024-11-20) so that scores stay comparable between builds").formatted(model))
                : Optional.empty();
    }

    /** The warning for an unpinned Ollama model, if it is one. */
    public static Optional<String> ollamaWarning(final String model) {
        return isOllamaAlias(model)
                ? Optional.of(("orchestrator: model '%s' has no tag or the tag 'latest', which changes whenever a newer "
                + "build is pulled; pin a tag (e.g. qwen2.5-coder:32b) so that scores stay comparable between builds")
                .formatted(model))
                : Optional.empty();
    }
}
