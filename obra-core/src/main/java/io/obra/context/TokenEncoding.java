package io.obra.context;

import com.knuddels.jtokkit.api.EncodingType;

/** The tokenizers budgets are counted in: o200k_base (GPT-4o and later) or cl100k_base (GPT-4, GPT-3.5). */
public enum TokenEncoding {
    O200K_BASE(EncodingType.O200K_BASE),
    CL100K_BASE(EncodingType.CL100K_BASE);

    private final EncodingType type;

    TokenEncoding(final EncodingType type) {
        this.type = type;
    }

    EncodingType type() {
        return type;
    }

    /** The name OpenAI uses, e.g. {@code o200k_base}. */
    public String encodingName() {
        return type.getName();
    }
}
