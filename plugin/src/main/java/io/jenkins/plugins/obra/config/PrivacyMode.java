package io.jenkins.plugins.obra.config;

import edu.umd.cs.findbugs.annotations.CheckForNull;

/** The privacy default: redact secrets before a prompt leaves, always, never, or as the engine decides. */
public enum PrivacyMode {
    /** On for remote providers, off for an Ollama on a private or loopback address (the engine's default). */
    AUTOMATIC,
    /** Always redact. */
    ALWAYS,
    /** Never redact. */
    NEVER;

    /** The {@code privacy.enabled} value of {@code .obra.yml}; {@code null} leaves it to the engine. */
    public @CheckForNull Boolean enabled() {
        return switch (this) {
            case AUTOMATIC -> null;
            case ALWAYS -> Boolean.TRUE;
            case NEVER -> Boolean.FALSE;
        };
    }

    /** Shown in the form's dropdown. */
    public String getDisplayName() {
        return switch (this) {
            case AUTOMATIC -> Messages.PrivacyMode_Automatic();
            case ALWAYS -> Messages.PrivacyMode_Always();
            case NEVER -> Messages.PrivacyMode_Never();
        };
    }
}
