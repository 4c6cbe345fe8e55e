package io.obra.privacy;

import io.obra.config.PrivacySettings;
import io.obra.orchestrator.Prompt;
import io.obra.testing.SecretSamples;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RedactorTest {

    private final SecretSamples samples = new SecretSamples(7L);

    private static PrivacySettings patterns(final String... regexes) {
        return new PrivacySettings(Optional.empty(), List.of("secrets/**"), List.of(regexes));
    }

    @Test
    void knownSecretsOfTheRunAreRedactedByExactMatchEvenWithoutAPattern() {
        Secret claude = new Secret("Jenkins credential 'anthropic-key'", "plain-credential-9f3a7c");
        Secret deploy = new Secret("Jenkins credential 'deploy'", "hunter2hunter2");
        Redactor redactor = new Redactor(true, PrivacySettings.defaults(), List.of(claude, deploy));

        String out = redactor.redact("Tests run: 3\nlogin with plain-credential-9f3a7c as deploy/hunter2hunter2 ok\n"
                + "again plain-credential-9f3a7c\n");

        assertThat(out).isEqualTo("Tests run: 3\nlogin with [REDACTED:credential#1] as deploy/[REDACTED:credential#2] ok\n"
                + "again [REDACTED:credential#1]\n");
        assertThat(redactor.log().occurrencesByKind()).containsEntry("credential", 3);
        assertThat(redactor.log().valuesByKind()).containsEntry("credential", 2);
    }

    @Test
    void aKnownSecretInsideALongerOneIsNotSplit() {
        Redactor redactor = new Redactor(true, PrivacySettings.defaults(),
                List.of(new Secret("a", "abcd1234"), new Secret("b", "xxabcd1234yy")));

        assertThat(redactor.redact("k=xxabcd1234yy")).isEqualTo("k=[REDACTED:credential#1]");
    }

    @Test
    void withPrivacyModeOffOnlyTheRunsOwnCredentialsAreRedacted() {
        String ghp = samples.githubToken();
        Redactor redactor = new Redactor(false, PrivacySettings.defaults(),
                List.of(new Secret("env OPENAI_API_KEY", "sk-local-known-key-000")));

        String diff = new UnifiedDiff().added(".env", List.of("GH=" + ghp, "K=sk-local-known-key-000")).toString();
        String out = redactor.redactDiff(diff);

        assertThat(out).contains(ghp, "diff --git a/.env").contains("K=[REDACTED:credential#1]");
        assertThat(redactor.log().excludedFiles()).isEmpty();
        assertThat(redactor.enabled()).isFalse();
        assertThat(redactor.isExcluded(".env")).isFalse();
        assertThat(new Redactor(true, PrivacySettings.defaults(), List.of()).isExcluded("web/.env")).isTrue();
    }

    @Test
    void userPatternsRedactTheWholeMatchOrTheirFirstGroup() {
        Redactor redactor = new Redactor(true, patterns("ACME-[0-9]{6}", "internal_id=(\\w+)"), List.of());

        String out = redactor.redact("ticket ACME-123456 internal_id=abc777 ACME-123456");

        assertThat(out).isEqualTo("ticket [REDACTED:custom#1] internal_id=[REDACTED:custom#2] [REDACTED:custom#1]");
    }

    @Test
    void anInvalidUserPatternNamesTheSetting() {
        assertThatThrownBy(() -> new Redactor(true, patterns("ok", "(unclosed"), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("privacy.patterns[1] is not a valid regular expression");
    }

    @Test
    void anInvalidExcludeGlobNamesTheSetting() {
        PrivacySettings settings = new PrivacySettings(Optional.empty(), List.of("**/.env", "config/[oops"), List.of());
        assertThatThrownBy(() -> new Redactor(true, settings, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("privacy.exclude[1]: unclosed '['");
    }

    @Test
    void aPrivateKeyCutOffBeforeItsEndLineIsStillRedacted() {
        String pem = samples.pemPrivateKey("RSA PRIVATE KEY");
        String truncated = pem.substring(0, pem.indexOf("-----END") - 200);
        String diff = new UnifiedDiff().added("deploy/key.pem", List.of(truncated.split("\n"))).toString();

        String out = new Redactor(true, PrivacySettings.defaults(), List.of()).redactDiff(diff);

        for (String line : SecretSamples.pemBodyLines(truncated)) {
            if (line.length() >= 8) {
                assertThat(out).doesNotContain(line);
            }
        }
        assertThat(out).contains("[REDACTED:private-key#1]");
    }

    @Test
    void windowsLineEndingsAreHandled() {
        String key = samples.awsAccessKeyId();
        String diff = "diff --git a/a.yml b/a.yml\r\n--- a/a.yml\r\n+++ b/a.yml\r\n@@ -1 +1 @@\r\n-password: old-secret-1\r\n"
                + "+aws: " + key + "\r\n";

        String out = new Redactor(true, PrivacySettings.defaults(), List.of()).redactDiff(diff);

        assertThat(out).doesNotContain(key, "old-secret-1").contains("-password: [REDACTED:password#2]\r\n");
    }

    @Test
    void placeholdersAndReferencesAreNotTakenForSecrets() {
        Redactor redactor = new Redactor(true, PrivacySettings.defaults(), List.of());
        String yaml = new UnifiedDiff().added("deploy/values.yml", List.of(
                "password: ${DB_PASSWORD}", "token: $GITHUB_TOKEN", "api_key: <your-api-key>", "secret: '********'",
                "password: null", "token: !vault |", "apiKey: {{ .Values.apiKey }}")).toString();

        assertThat(redactor.redactDiff(yaml)).isEqualTo(yaml);
        assertThat(redactor.log().total()).isZero();
    }

    @Test
    void inSourceCodeOnlyQuotedLiteralsCountAsAssignedSecrets() {
        Redactor redactor = new Redactor(true, PrivacySettings.defaults(), List.of());
        String java = new UnifiedDiff().added("src/Auth.java", List.of(
                "String token = request.getHeader(\"X-Token\");", "password = encoder.encode(raw);",
                "int maxTokens = 4096;", "String tokenizer = \"o200k_base\";", "String secret = \"s3cr3t-value\";")).toString();

        String out = redactor.redactDiff(java);

        assertThat(out).contains("String token = request.getHeader(\"X-Token\");", "password = encoder.encode(raw);",
                "int maxTokens = 4096;", "String tokenizer = \"o200k_base\";")
                .contains("String secret = \"[REDACTED:secret#1]\";").doesNotContain("s3cr3t-value");
    }

    @Test
    void freeTextAroundADiffIsRedactedAsTextAndNotTakenForTheLastFile() {
        Redactor redactor = new Redactor(true, PrivacySettings.defaults(), List.of());
        String jwt = samples.jwt();
        String diff = new UnifiedDiff().added("secrets/db.yml", List.of("password: a-b-c-d-e")).toString();

        String out = redactor.redactDiff("## Change\n" + diff + "## Verify output (tail)\n+ mvn -q test\nauth header " + jwt + "\n");

        assertThat(out).isEqualTo("## Change\n[file secrets/db.yml excluded by privacy mode]\n"
                + "## Verify output (tail)\n+ mvn -q test\nauth header [REDACTED:jwt#1]\n");
    }

    @Test
    void aPromptIsRedactedInBothMessagesAndKeepsItsSchema() {
        Redactor redactor = new Redactor(true, PrivacySettings.defaults(), List.of());
        String key = samples.openAiProjectKey();
        Prompt prompt = Prompt.text("system mentions " + key, "user mentions " + key);

        Prompt out = redactor.redact(prompt);

        assertThat(out.system()).isEqualTo("system mentions [REDACTED:openai-key#1]");
        assertThat(out.user()).isEqualTo("user mentions [REDACTED:openai-key#1]");
        assertThat(out.schema()).isEqualTo(prompt.schema());
    }

    @Test
    void theLogSummaryShowsCountsByKindAndNeverAValue() {
        Redactor redactor = new Redactor(true, PrivacySettings.defaults(), List.of());
        String a = samples.awsAccessKeyId();
        String g = samples.githubToken();
        redactor.redactDiff(new UnifiedDiff().added("x.sh", List.of(a, a, g)).added(".env", List.of("A=1")).toString());

        RedactionLog log = redactor.log();

        assertThat(log.summary()).isEqualTo("3 redactions (aws-key 2, github-token 1), 1 file excluded");
        assertThat(log.toString()).doesNotContain(a, g);
    }
}
