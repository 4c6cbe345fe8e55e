package io.obra.cost;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.EncodingRegistry;
import com.knuddels.jtokkit.api.EncodingType;

import java.util.Locale;

/**
 * Counts tokens the way OpenAI's tokenizers do (jtokkit): {@code o200k_base} for the gpt-4o,
 * gpt-4.1, gpt-5 and o-series families, {@code cl100k_base} for everything else. For other
 * providers (Ollama models have their own tokenizers) the count is an approximation. Thread-safe;
 * encodings load lazily on first use, so build one counter and keep it.
 */
public final class TokenCounter {

    private final EncodingRegistry registry;

    /** A counter with a lazy registry of its own. */
    public TokenCounter() {
        this(Encodings.newLazyEncodingRegistry());
    }

    /**
     * A counter taking its encodings from a registry the caller shares (loading one costs about a second of
     * CPU, so a run loads each encoding once for all its counters).
     */
    public TokenCounter(final EncodingRegistry registry) {
        this.registry = java.util.Objects.requireNonNull(registry, "registry");
    }

    /** The encoding used for a model id. */
    public static EncodingType encodingFor(final String model) {
        String m = model.toLowerCase(Locale.ROOT);
        int slash = m.lastIndexOf('/');
        if (slash >= 0) {
            m = m.substring(slash + 1);   // e.g. "openai/gpt-4o" through a gateway
        }
        if (m.startsWith("ft:")) {
            m = m.substring(3);   // a fine-tune uses its base model's tokenizer
        }
        if (m.startsWith("gpt-4o") || m.startsWith("chatgpt-4o") || m.startsWith("gpt-4.1")
                || m.startsWith("gpt-4.5") || m.startsWith("gpt-5") || m.matches("o[1-9]([-.].*)?")) {
            return EncodingType.O200K_BASE;
        }
        return EncodingType.CL100K_BASE;
    }

    /** Tokens of a text for a model; special-token markers in the text count as ordinary text. */
    public int count(final String model, final String text) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        return registry.getEncoding(encodingFor(model)).countTokensOrdinary(text);
    }
}
