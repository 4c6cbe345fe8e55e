package io.obra.context;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingRegistry;

import java.util.Objects;

/**
 * Counts tokens as the orchestrator's tokenizer will. Loading an encoding takes about a second, so
 * create one counter per run (or per JVM) and share it: it holds only the immutable encoding, and
 * jtokkit documents its registry and encodings as thread-safe. No static state: each counter has the
 * registry it was given, or a lazy one of its own that loads just the encoding it needs.
 */
public final class TokenCounter {

    private final TokenEncoding encoding;
    private final Encoding tokenizer;

    /** A counter for {@code encoding} with a registry of its own. */
    public TokenCounter(final TokenEncoding encoding) {
        this(Encodings.newLazyEncodingRegistry(), encoding);
    }

    /** A counter taking {@code encoding} from a registry the caller shares. */
    public TokenCounter(final EncodingRegistry registry, final TokenEncoding encoding) {
        Objects.requireNonNull(registry, "registry");
        this.encoding = Objects.requireNonNull(encoding, "encoding");
        this.tokenizer = registry.getEncoding(encoding.type());
    }

    /** A counter for o200k_base, the encoding of current OpenAI models. */
    public static TokenCounter o200k() {
        return new TokenCounter(TokenEncoding.O200K_BASE);
    }

    /**
     * Tokens of {@code text}. Special-token spellings such as {@code <|endoftext|>} inside a diff are
     * counted as the plain text they are (the API treats them so), instead of failing.
     */
    public int count(final String text) {
        return text.isEmpty() ? 0 : tokenizer.countTokensOrdinary(text);
    }

    public TokenEncoding encoding() {
        return encoding;
    }
}
