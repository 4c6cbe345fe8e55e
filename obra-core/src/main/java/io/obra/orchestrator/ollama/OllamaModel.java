package io.obra.orchestrator.ollama;

import java.util.Objects;

/**
 * A model pulled on an Ollama server, as {@code GET /api/tags} lists it.
 *
 * @param name          the name to configure, e.g. {@code qwen2.5-coder:32b}
 * @param sizeBytes     size on disk
 * @param parameterSize e.g. {@code 32.8B}; empty when not reported
 * @param quantization  e.g. {@code Q4_K_M}; empty when not reported
 * @param family        e.g. {@code qwen2}; empty when not reported
 * @param modifiedAt    when it was pulled, as reported
 */
public record OllamaModel(String name, long sizeBytes, String parameterSize, String quantization, String family,
                          String modifiedAt) {

    public OllamaModel {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(parameterSize, "parameterSize");
        Objects.requireNonNull(quantization, "quantization");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(modifiedAt, "modifiedAt");
    }

    /** Whether this is the configured model: exact name, or {@code :latest} for a tag-less name. */
    public boolean answersTo(final String configured) {
        String wanted = configured.strip();
        String last = wanted.substring(wanted.lastIndexOf('/') + 1);
        return name.equals(wanted) || !last.contains(":") && name.equals(wanted + ":latest");
    }

    /** For a dropdown: {@code qwen2.5-coder:32b (32.8B, Q4_K_M, 19.9 GB)}. */
    public String label() {
        StringBuilder text = new StringBuilder(name).append(" (");
        if (!parameterSize.isEmpty()) {
            text.append(parameterSize).append(", ");
        }
        if (!quantization.isEmpty()) {
            text.append(quantization).append(", ");
        }
        return text.append(String.format(java.util.Locale.ROOT, "%.1f GB", sizeBytes / 1e9)).append(')').toString();
    }
}
