package io.obra.cli;

import io.obra.config.ObraConfig;
import io.obra.privacy.Secret;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The configuration of one command after layering {@code .obra.yml}, environment and flags, with the
 * secrets that came with it.
 *
 * @param workdir          the checkout the run works in
 * @param configFile       the file that was read, if any
 * @param warnings         loader warnings to print (e.g. a key written literally in the file)
 * @param claudeCredential {@code ANTHROPIC_API_KEY} or {@code CLAUDE_CODE_OAUTH_TOKEN}
 * @param knownSecrets     every secret to mask in output and redact from prompts
 */
record ResolvedConfig(ObraConfig config, Path workdir, Optional<Path> configFile, List<String> warnings,
                      Optional<Secret> claudeCredential, List<Secret> knownSecrets) {

    ResolvedConfig {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(workdir, "workdir");
        Objects.requireNonNull(configFile, "configFile");
        warnings = List.copyOf(warnings);
        Objects.requireNonNull(claudeCredential, "claudeCredential");
        knownSecrets = List.copyOf(knownSecrets);
    }
}
