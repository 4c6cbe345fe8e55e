package io.obra.privacy;

import io.obra.config.PrivacySettings;
import io.obra.testing.SecretSamples.Sample;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class RedactorCorpusTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\[REDACTED:([a-z0-9-]+)#(\\d+)]");

    /** Only secrets/** excluded, so the .env files are redacted rather than dropped. */
    private static final PrivacySettings KEEP_ENV = new PrivacySettings(Optional.empty(), List.of("secrets/**"), List.of());

    private final SecretCorpus corpus = new SecretCorpus(20260724L, 2);

    @Test
    void corpusHasAtLeastFiftyDistinctSecretsOfEveryKind() {
        Set<Sample> distinct = Set.copyOf(corpus.placed());
        assertThat(distinct).hasSizeGreaterThanOrEqualTo(50);
        assertThat(distinct.stream().map(Sample::kind).collect(Collectors.toSet())).contains("aws-key", "aws-secret",
                "gcp-api-key", "azure-key", "azure-sas", "github-token", "gitlab-token", "slack-token", "slack-webhook",
                "stripe-key", "openai-key", "anthropic-key", "jwt", "private-key", "url-password", "password",
                "secret", "high-entropy", "npm-token");
    }

    @Test
    void noGeneratedSecretReachesTheRedactedDiff() {
        Redactor redactor = new Redactor(true, KEEP_ENV, List.of());

        String out = redactor.redactDiff(corpus.diff());

        for (Sample sample : corpus.placed()) {
            assertThat(out).as("%s must be redacted", sample.kind()).doesNotContain(sample.value());
        }
        for (String pemLine : corpus.pemBodyLines()) {
            assertThat(out).doesNotContain(pemLine);
        }
        for (String excluded : corpus.excludedSecrets()) {
            assertThat(out).doesNotContain(excluded);
        }
    }

    @Test
    void ordinaryCodeAndConfigurationComeThroughUnchanged() {
        String out = new Redactor(true, KEEP_ENV, List.of()).redactDiff(corpus.diff());

        for (String ordinary : SecretCorpus.ORDINARY) {
            assertThat(out).contains(ordinary);
        }
        assertThat(out).contains("    private final String token = fetchToken(\"billing\");",
                "  password = var.db_password", "GH_TOKEN: ${{ secrets.GITHUB_TOKEN }}");
    }

    @Test
    void keysOfAssignmentsAreKeptAndOnlyValuesReplaced() {
        String out = new Redactor(true, KEEP_ENV, List.of()).redactDiff(corpus.diff());

        assertThat(out).containsPattern("\\+spring\\.datasource\\.password=\\[REDACTED:password#\\d+]\n")
                .containsPattern("\\+    password: \\[REDACTED:password#\\d+]\n")
                .containsPattern("\\+      <password>\\[REDACTED:password#\\d+]</password>\n")
                .containsPattern("\\+  secret_key = \"\\[REDACTED:secret#\\d+]\"\n")
                .containsPattern("jdbc:postgresql://app:\\[REDACTED:url-password#\\d+]@db\\.internal:5432/billing")
                .containsPattern("AccountName=acmeprod;AccountKey=\\[REDACTED:azure-key#\\d+];EndpointSuffix");
    }

    @Test
    void countsByKindMatchWhatWasPlaced() {
        Redactor redactor = new Redactor(true, KEEP_ENV, List.of());

        redactor.redactDiff(corpus.diff());

        RedactionLog log = redactor.log();
        assertThat(log.valuesByKind()).isEqualTo(corpus.distinctByKind());
        assertThat(log.occurrencesByKind()).isEqualTo(corpus.occurrencesByKind());
        assertThat(log.total()).isEqualTo(corpus.placed().size());
        assertThat(log.excludedFiles()).containsExactly("secrets/prod.yml");
    }

    @Test
    void theSameValueGetsTheSamePlaceholderEverywhereAndDifferentValuesDifferentOnes() {
        Redactor redactor = new Redactor(true, KEEP_ENV, List.of());
        String out = redactor.redactDiff(corpus.diff());

        // Every placeholder number belongs to exactly one kind, and numbers are distinct per value.
        Map<String, String> kindOfNumber = new TreeMap<>();
        Matcher m = PLACEHOLDER.matcher(out);
        while (m.find()) {
            String previous = kindOfNumber.putIfAbsent(m.group(2), m.group(1));
            assertThat(previous == null || previous.equals(m.group(1))).isTrue();
        }
        int distinctValues = Set.copyOf(corpus.placed()).size();
        assertThat(kindOfNumber).hasSize(distinctValues);

        // The AWS key of each repository sits in three files under one placeholder.
        Pattern javaKey = Pattern.compile("AWS_ACCESS_KEY_ID = \"(\\[REDACTED:aws-key#\\d+])\"");
        Matcher java = javaKey.matcher(out);
        assertThat(java.find()).isTrue();
        String placeholder = java.group(1);
        assertThat(out).contains("access_key = \"" + placeholder + "\"", "export AWS_ACCESS_KEY_ID=" + placeholder);

        // Redacting again later in the run reuses the placeholders.
        String again = redactor.redactDiff(corpus.diff());
        assertThat(again).isEqualTo(out);
    }

    @Test
    void redactingTwiceChangesNothing() {
        Redactor redactor = new Redactor(true, KEEP_ENV, List.of());
        String once = redactor.redactDiff(corpus.diff());
        int total = redactor.log().total();

        assertThat(redactor.redactDiff(once)).isEqualTo(once);
        assertThat(redactor.log().total()).isEqualTo(total);
    }

    @Test
    void defaultExclusionsDropEnvFilesAndSecretsDirectoryWithANote() {
        Redactor redactor = new Redactor(true, PrivacySettings.defaults(), List.of());

        String out = redactor.redactDiff(corpus.diff());

        assertThat(out).contains("[file .env excluded by privacy mode]\n", "[file secrets/prod.yml excluded by privacy mode]\n")
                .doesNotContain("DEBUG=true", "SIGNING_SALT", "rotated quarterly", "diff --git a/.env",
                        "diff --git a/secrets/prod.yml");
        assertThat(redactor.log().excludedFiles()).containsExactly(".env", "secrets/prod.yml");
        // The files after an excluded one are still there.
        assertThat(out).contains("diff --git a/src/main/resources/application0.properties");
        // Excluded secrets are not counted as redactions: they never reach a pattern.
        assertThat(redactor.log().occurrencesByKind()).doesNotContainKey("anthropic-key");
    }
}
