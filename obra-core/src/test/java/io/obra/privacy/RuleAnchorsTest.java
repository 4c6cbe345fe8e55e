package io.obra.privacy;

import io.obra.config.PrivacySettings;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Matcher;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The anchors of a rule only skip lines where the rule cannot match: redacting with them gives exactly
 * what trying every position gives (text, placeholders, counts), and every match of an anchored rule
 * stays on one line and holds an anchor.
 */
class RuleAnchorsTest {

    /** Key words, prefixes and separators in mixed case, glued at random, reach the rules far more often than random text. */
    private static final List<String> FRAGMENTS = List.of("password", "PassWord", "passwd", "PASSPHRASE", "private_key",
            "Private.Key", "secret", "SECRET", "token", "Token", "api_key", "API-KEY", "apikey", "access_key", "AUTH.KEY",
            "credentials", "aws_secret_access_key", "AWS_SECRET_KEY", "AccountKey", "sharedaccesskey", "SharedSecret",
            "sk-", "sk-ant-", "sk-proj-", "ghp_", "gho_", "github_pat_", "glpat-", "xoxb-", "xapp-1-", "sk_live_",
            "rk_test_", "whsec_", "npm_", "AKIA", "asia", "AIza", "eyJ", ".eyJ", "://", "https://user:", "@host", "?sig=",
            "&sig=", "hooks.slack.com/services/", "=", " = ", ": ", ":=", "=>", "\"", "'", " ", "\t", ".", "/", "-", "_",
            "+", "\n", "\n+", "\n-", "\n ", "\r\n", "İ", "ſ", "\u212A", "é", "${X}", "null", ": String",
            "AbCdEfGhIjKlMnOpQrStUvWxYz0123456789", "0123456789abcdefABCDEF0123456789ab", "Zx9Qw8Er7Ty6Ui5Op4As3Df2",
            "aB3", "xyz");

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.oneOf(Arbitraries.of(FRAGMENTS), Arbitraries.strings().alpha().numeric().ofMaxLength(45))
                .list().ofMaxSize(60).map(parts -> String.join("", parts));
    }

    @Property(tries = 3000)
    void anchoredRulesRedactExactlyAsAScanOfEveryPosition(@ForAll("texts") final String text) {
        Redactor anchored = redactor(SecretRules.builtIn());
        Redactor everywhere = redactor(SecretRules.builtIn().stream().map(SecretRule::unanchored).toList());
        String diff = "diff --git a/app.env b/app.env\n--- a/app.env\n+++ b/app.env\n@@ -1 +1 @@\n+" + text + "\n"
                + "diff --git a/Main.java b/Main.java\n--- a/Main.java\n+++ b/Main.java\n@@ -1 +1 @@\n-" + text + "\n";

        assertThat(anchored.redact(text)).isEqualTo(everywhere.redact(text));
        assertThat(anchored.redactDiff(diff)).isEqualTo(everywhere.redactDiff(diff));
        assertThat(anchored.log()).isEqualTo(everywhere.log());
        Statistics.label("something redacted").collect(!anchored.log().occurrencesByKind().isEmpty());
        Statistics.label("something redacted").coverage(c -> c.check(true).percentage(p -> p > 20));
    }

    @Property(tries = 3000)
    void everyMatchOfAnAnchoredRuleStaysOnOneLineAndHoldsAnAnchor(@ForAll("texts") final String text) {
        for (SecretRule rule : SecretRules.builtIn()) {
            if (rule.anchors().isEmpty()) {
                continue;
            }
            Matcher m = rule.pattern().matcher(text);
            while (m.find()) {
                String match = AnchoredLines.lowerAscii(m.group());
                assertThat(match).as(rule.kind() + " matched %s", m.group()).doesNotContain("\n")
                        .containsAnyOf(rule.anchors().toArray(String[]::new));
            }
        }
    }

    @Test
    void theSecretCorpusIsRedactedTheSameWithAndWithoutAnchors() {
        String diff = new SecretCorpus(11L, 40).diff() + new OrdinaryCorpus(3L, 2).diff();
        Redactor anchored = redactor(SecretRules.builtIn());
        Redactor everywhere = redactor(SecretRules.builtIn().stream().map(SecretRule::unanchored).toList());

        String out = anchored.redactDiff(diff);

        assertThat(out).isEqualTo(everywhere.redactDiff(diff)).isNotEqualTo(diff);
        assertThat(anchored.log()).isEqualTo(everywhere.log());
    }

    @Test
    void mostBuiltInRulesAreAnchoredAndAnAnchorMustBeLowerCase() {
        assertThat(SecretRules.builtIn().stream().filter(r -> !r.anchors().isEmpty()).count()).isGreaterThanOrEqualTo(17);
        SecretRule rule = SecretRules.builtIn().get(3);
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> rule.anchored("Sk-"))
                .withMessageContaining("lower-case");
    }

    @Test
    void linesHoldingAnAnchorAreFoundWhateverTheirCase() {
        AnchoredLines lines = new AnchoredLines("a\nx PASSWORD=1\nb\ntoken\n");

        assertThat(lines.lines(List.of("password", "token"))).containsExactly(2, 14, 17, 22);
    }

    private static Redactor redactor(final List<SecretRule> rules) {
        return new Redactor(true, PrivacySettings.defaults(), List.of(), rules);
    }
}
