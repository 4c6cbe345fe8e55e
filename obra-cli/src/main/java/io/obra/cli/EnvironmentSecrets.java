package io.obra.cli;

import io.obra.privacy.Secret;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The secrets the CLI takes from its environment. Keys are read ONLY from environment variables, never
 * from flags (which end up in shell history and CI logs); each becomes a {@link Secret} whose source
 * names the variable, so that error messages can say which key was rejected without showing it.
 */
final class EnvironmentSecrets {

    static final String ANTHROPIC_API_KEY = "ANTHROPIC_API_KEY";
    static final String CLAUDE_CODE_OAUTH_TOKEN = "CLAUDE_CODE_OAUTH_TOKEN";

    /** Variables that by their name hold a credential: masked in all output, redacted from prompts. */
    private static final Pattern CREDENTIAL_NAME =
            Pattern.compile("(^|_)(API_KEY|KEY|TOKEN|SECRET|PASSWORD|PASSWD|CREDENTIALS?)$");
    /** Shorter values would garble unrelated output when masked. */
    private static final int MIN_LENGTH = 8;

    private EnvironmentSecrets() {
    }

    /** The variable as a secret whose source names it, unless unset or blank. */
    static Optional<Secret> variable(final CliEnvironment env, final String name) {
        return env.get(name).map(value -> new Secret("environment variable " + name, value));
    }

    /** Claude Code's credential: {@code ANTHROPIC_API_KEY}, else {@code CLAUDE_CODE_OAUTH_TOKEN}. */
    static Optional<Secret> claude(final CliEnvironment env) {
        return variable(env, ANTHROPIC_API_KEY).or(() -> variable(env, CLAUDE_CODE_OAUTH_TOKEN));
    }

    /** The key variable of an orchestrator provider: {@code OPENAI_API_KEY}, {@code OLLAMA_API_KEY}, … */
    static String keyVariable(final String provider) {
        return provider.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_") + "_API_KEY";
    }

    /**
     * The variables that hold Obra's own credentials, which no process Obra starts should inherit: the
     * Anthropic ones, and the key variable of every provider Obra knows. {@code ANTHROPIC_AUTH_TOKEN} only when
     * Claude Code gets a credential of its own; otherwise it may be how Claude Code logs in to a gateway.
     */
    static List<String> obraCredentialVariables(final List<String> providers, final boolean claudeCredentialGiven) {
        List<String> names = new ArrayList<>(List.of(ANTHROPIC_API_KEY, CLAUDE_CODE_OAUTH_TOKEN));
        if (claudeCredentialGiven) {
            names.add("ANTHROPIC_AUTH_TOKEN");
        }
        providers.stream().map(EnvironmentSecrets::keyVariable).filter(n -> !names.contains(n)).forEach(names::add);
        return List.copyOf(names);
    }

    /** Every credential-like variable of the environment (keys, tokens, passwords), sorted by name. */
    static List<Secret> all(final CliEnvironment env) {
        List<Secret> secrets = new ArrayList<>();
        new TreeMap<>(env.variables()).forEach((name, value) -> {
            if (CREDENTIAL_NAME.matcher(name).find() && looksSecret(value)) {
                secrets.add(new Secret("environment variable " + name, value));
            }
        });
        secrets.addAll(HttpClients.proxySecrets(env));
        return secrets;
    }

    private static boolean looksSecret(final String value) {
        String v = value.trim();
        return v.length() >= MIN_LENGTH && !v.equalsIgnoreCase("true") && !v.equalsIgnoreCase("false");
    }
}
