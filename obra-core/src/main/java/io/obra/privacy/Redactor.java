package io.obra.privacy;

import io.obra.config.PrivacySettings;
import io.obra.orchestrator.Prompt;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Removes secrets from everything a run sends to a remote orchestrator. One per run: the same value
 * gets the same placeholder every time ({@code [REDACTED:aws-key#1]}), so the orchestrator can still
 * tell that two places hold the same key, and {@link #log()} counts what was replaced, by kind.
 *
 * <p>With privacy mode on, in this order: (1) every secret value the run knows (its keys, the build's
 * bound credentials), by exact match; (2) the built-in patterns (cloud keys, tokens, private keys,
 * passwords in URLs and assignments, high-entropy values in {@code .env}-like files); (3) the user's
 * {@code privacy.patterns}; and in diffs (4) files matching {@code privacy.exclude} are dropped and
 * replaced by a one-line note. With privacy mode off, only (1) applies: a run's own credentials never
 * leave in a prompt.
 *
 * <p>Thread-safe (methods are synchronized); each pattern is one linear pass over the text, or over the lines
 * that hold one of its anchors ({@link AnchoredLines}).
 */
public final class Redactor {

    private final boolean enabled;
    private final SecretRule knownSecrets;
    private final List<SecretRule> rules;
    private final List<PathGlob> excludes;

    private final Map<String, Placeholder> placeholders = new HashMap<>();
    private final Map<String, Integer> occurrences = new TreeMap<>();
    private final Map<String, Integer> values = new TreeMap<>();
    private final Set<String> excludedFiles = new LinkedHashSet<>();

    /**
     * @param enabled      privacy mode (see {@link PrivacyPolicy})
     * @param settings     exclusion globs and extra patterns
     * @param knownSecrets every secret the run knows; values shorter than 4 characters are ignored
     * @throws IllegalArgumentException naming {@code privacy.patterns[i]} or {@code privacy.exclude[i]}
     *                                  when one is invalid
     */
    public Redactor(final boolean enabled, final PrivacySettings settings, final Collection<Secret> knownSecrets) {
        this(enabled, settings, knownSecrets, SecretRules.builtIn());
    }

    /** With other built-in rules: tests compare the anchored rules with their unanchored forms. */
    Redactor(final boolean enabled, final PrivacySettings settings, final Collection<Secret> knownSecrets,
             final List<SecretRule> builtIn) {
        this.enabled = enabled;
        Pattern known = knownSecretsPattern(knownSecrets);
        this.knownSecrets = known == null ? null : new SecretRule("credential", known, new int[] {0}, v -> true,
                Set.of(FileKind.values()), m -> "credential", List.of());
        List<SecretRule> all = new ArrayList<>(builtIn);
        for (int i = 0; i < settings.patterns().size(); i++) {
            all.add(userRule(i, settings.patterns().get(i)));
        }
        this.rules = List.copyOf(all);
        List<PathGlob> globs = new ArrayList<>();
        for (int i = 0; i < settings.exclude().size(); i++) {
            try {
                globs.add(PathGlob.compile(settings.exclude().get(i)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("privacy.exclude[" + i + "]: " + e.getMessage(), e);
            }
        }
        this.excludes = List.copyOf(globs);
    }

    /** The redactor for a run, as {@link PrivacyPolicy} decided. */
    public static Redactor forRun(final PrivacyDecision decision, final PrivacySettings settings,
                                  final Collection<Secret> knownSecrets) {
        return new Redactor(decision.enabled(), settings, knownSecrets);
    }

    public boolean enabled() {
        return enabled;
    }

    /** Redacts free text: the task, the implementer's summary, verify output. */
    public synchronized String redact(final String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return redactAs(text, FileKind.TEXT);
    }

    /**
     * Redacts a unified diff (with or without prose around it): excluded files are replaced by
     * {@code [file secrets/prod.yml excluded by privacy mode]}; every other file is redacted with the
     * rules for its kind (source code, configuration, {@code .env}-like).
     */
    public synchronized String redactDiff(final String diff) {
        if (diff == null || diff.isEmpty()) {
            return diff;
        }
        StringBuilder out = new StringBuilder(diff.length());
        for (DiffSegments.Segment segment : DiffSegments.split(diff)) {
            if (!segment.isFile()) {
                out.append(redactAs(segment.text(), FileKind.TEXT));
            } else if (isExcluded(segment.paths())) {
                excludedFiles.add(segment.displayPath());
                out.append("[file ").append(segment.displayPath()).append(" excluded by privacy mode]\n");
            } else {
                out.append(redactAs(segment.text(), FileKind.of(segment.displayPath())));
            }
        }
        return out.toString();
    }

    /**
     * A prompt with its system message redacted as text and its user message as a diff with prose
     * around it. Prefer redacting the parts where the prompt is built; this is the safety net.
     */
    public Prompt redact(final Prompt prompt) {
        return new Prompt(redact(prompt.system()), redactDiff(prompt.user()), prompt.schemaName(), prompt.schema());
    }

    /**
     * True when privacy mode is on and a repository path matches one of the {@code privacy.exclude}
     * globs: such a file's content must not be sent in any form.
     */
    public boolean isExcluded(final String path) {
        return enabled && excludes.stream().anyMatch(g -> g.matches(path));
    }

    /** Counts so far. */
    public synchronized RedactionLog log() {
        return new RedactionLog(occurrences, values, new ArrayList<>(excludedFiles));
    }

    private boolean isExcluded(final List<String> paths) {
        return paths.stream().anyMatch(this::isExcluded);
    }

    private String redactAs(final String text, final FileKind kind) {
        AnchoredLines result = new AnchoredLines(text);
        if (knownSecrets != null) {
            result = apply(result, knownSecrets);
        }
        if (!enabled) {
            return result.text();
        }
        for (SecretRule rule : rules) {
            if (rule.contexts().contains(kind)) {
                result = apply(result, rule);
            }
        }
        return result.text();
    }

    /** The text with the rule's matches replaced; the same instance when nothing matched. */
    private AnchoredLines apply(final AnchoredLines input, final SecretRule rule) {
        String text = input.text();
        Matcher m = rule.pattern().matcher(text);
        int[] ranges = {0, text.length()};
        if (!rule.anchors().isEmpty()) {
            ranges = input.lines(rule.anchors());
            // Look-arounds, \b and ^ see past the line's ends as they would in a scan of the whole text.
            m.useTransparentBounds(true).useAnchoringBounds(false);
        }
        StringBuilder out = null;
        int last = 0;
        for (int r = 0; r < ranges.length; r += 2) {
            m.region(ranges[r], ranges[r + 1]);
            while (m.find()) {
                int group = rule.groupOf(m);
                if (group < 0) {
                    continue;
                }
                String value = m.group(group);
                // A span that holds a placeholder was handled by an earlier, more specific rule.
                if (value.isEmpty() || value.contains("[REDACTED:") || !rule.accept().test(value)) {
                    continue;
                }
                if (out == null) {
                    out = new StringBuilder(text.length());
                }
                out.append(text, last, m.start(group)).append(placeholder(rule.kindOf().apply(m), value));
                last = m.end(group);
            }
        }
        if (out == null) {
            return input;
        }
        return new AnchoredLines(out.append(text, last, text.length()).toString());
    }

    /** The value's placeholder; a value keeps the kind it was first seen as. */
    private String placeholder(final String kind, final String value) {
        Placeholder existing = placeholders.get(value);
        if (existing == null) {
            existing = new Placeholder(kind, "[REDACTED:" + kind + "#" + (placeholders.size() + 1) + "]");
            placeholders.put(value, existing);
            values.merge(kind, 1, Integer::sum);
        }
        occurrences.merge(existing.kind(), 1, Integer::sum);
        return existing.text();
    }

    private record Placeholder(String kind, String text) {
    }

    private static Pattern knownSecretsPattern(final Collection<Secret> secrets) {
        List<String> list = new ArrayList<>();
        for (Secret secret : secrets) {
            String value = secret.reveal();
            if (value != null && value.length() >= 4 && !list.contains(value)) {
                list.add(value);
            }
        }
        if (list.isEmpty()) {
            return null;
        }
        list.sort(Comparator.comparingInt(String::length).reversed());   // a secret inside another: the longer wins
        StringBuilder alternatives = new StringBuilder();
        for (String value : list) {
            if (alternatives.length() > 0) {
                alternatives.append('|');
            }
            alternatives.append(Pattern.quote(value));
        }
        return Pattern.compile(alternatives.toString());
    }

    private static SecretRule userRule(final int index, final String regex) {
        try {
            Pattern pattern = Pattern.compile(regex);
            int group = pattern.matcher("").groupCount() >= 1 ? 1 : 0;
            return new SecretRule("custom", pattern, new int[] {group}, v -> true, Set.of(FileKind.values()),
                    m -> "custom", List.of());
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("privacy.patterns[" + index + "] is not a valid regular expression: "
                    + e.getDescription(), e);
        }
    }

    @Override
    public String toString() {
        return "Redactor[" + (enabled ? "on" : "off") + ", " + rules.size() + " patterns]";
    }
}
