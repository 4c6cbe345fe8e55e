package io.obra.privacy;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One kind of secret: a precompiled pattern, the group that holds the secret (the rest of the match,
 * such as the key of an assignment, is kept), a filter that rejects look-alikes (placeholders,
 * references) and the kinds of file it applies to.
 *
 * @param kind     the label in placeholders and counts, e.g. {@code aws-key}; may be refined per match
 * @param pattern  the pattern; each rule is applied in a single pass
 * @param groups   candidate groups for the secret, first that matched wins; 0 is the whole match
 * @param accept   true when the captured value really is a secret
 * @param contexts where the rule applies
 * @param kindOf   the kind of one match (defaults to {@code kind})
 * @param anchors  lower-case ASCII literals of which every match holds one (ignoring ASCII case), for a rule
 *                 whose matches never span lines: only lines holding an anchor need the pattern; empty
 *                 when every position must be tried
 */
record SecretRule(String kind, Pattern pattern, int[] groups, Predicate<String> accept, Set<FileKind> contexts,
                  Function<Matcher, String> kindOf, List<String> anchors) {

    SecretRule {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(pattern, "pattern");
        Objects.requireNonNull(accept, "accept");
        contexts = Set.copyOf(contexts);
        Objects.requireNonNull(kindOf, "kindOf");
        anchors = List.copyOf(anchors);
        for (String anchor : anchors) {
            if (anchor.isEmpty() || !anchor.equals(AnchoredLines.lowerAscii(anchor)) || anchor.indexOf('\n') >= 0) {
                throw new IllegalArgumentException("anchor '" + anchor + "' of rule " + kind
                        + " must be non-empty lower-case text on one line");
            }
        }
    }

    static SecretRule of(final String kind, final String regex, final int group) {
        return new SecretRule(kind, Pattern.compile(regex), new int[] {group}, v -> true, Set.of(FileKind.values()),
                m -> kind, List.of());
    }

    SecretRule accepting(final Predicate<String> filter) {
        return new SecretRule(kind, pattern, groups, accept.and(filter), contexts, kindOf, anchors);
    }

    SecretRule groups(final int... candidates) {
        return new SecretRule(kind, pattern, candidates, accept, contexts, kindOf, anchors);
    }

    SecretRule only(final FileKind... where) {
        return new SecretRule(kind, pattern, groups, accept, Set.of(where), kindOf, anchors);
    }

    SecretRule kinds(final Function<Matcher, String> classifier) {
        return new SecretRule(kind, pattern, groups, accept, contexts, classifier, anchors);
    }

    /**
     * The rule with a prefilter: each match lies within one line and contains one of {@code literals}
     * (ASCII case ignored), so lines without any are skipped. {@code RuleAnchorsTest} checks both claims.
     */
    SecretRule anchored(final String... literals) {
        return new SecretRule(kind, pattern, groups, accept, contexts, kindOf, List.of(literals));
    }

    /** The same rule tried at every position (the reference the prefilter must agree with). */
    SecretRule unanchored() {
        return new SecretRule(kind, pattern, groups, accept, contexts, kindOf, List.of());
    }

    /** The group holding the secret in this match, or -1. */
    int groupOf(final Matcher m) {
        for (int g : groups) {
            if (g <= m.groupCount() && m.start(g) >= 0) {
                return g;
            }
        }
        return -1;
    }
}
