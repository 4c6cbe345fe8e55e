package io.obra.privacy;

import io.obra.testing.SecretSamples;
import io.obra.testing.SecretSamples.Sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Realistic unified diffs (Java, YAML, .env, properties, Terraform, Dockerfile, shell, JSON, XML)
 * with generated secrets in them, and the list of every secret placed with the kind it must be
 * reported as.
 */
final class SecretCorpus {

    /** Strings that are not secrets and must come through unchanged. */
    static final List<String> ORDINARY = List.of("billing-service", "eu-west-1", "acme-prod", "username: billing",
            "DEBUG=true", "deploy@acme-prod.iam.gserviceaccount.com", "region     = \"eu-west-1\"",
            "mvn -q verify", "credentialsId: 'deploy-key'", "passwordVariable: 'DEPLOY_PASS'");

    private final SecretSamples samples;
    private final List<Sample> placed = new ArrayList<>();
    private final List<String> excludedSecrets = new ArrayList<>();
    private final StringBuilder diff = new StringBuilder();

    SecretCorpus(final long seed, final int repositories) {
        this.samples = new SecretSamples(seed);
        for (int r = 0; r < repositories; r++) {
            diff.append(repository(r));
        }
    }

    String diff() {
        return diff.toString();
    }

    /** Every secret placed in a file that is not excluded, once per place. */
    List<Sample> placed() {
        return List.copyOf(placed);
    }

    /** Secrets only in {@code secrets/prod.yml}, which the default exclusions drop. */
    List<String> excludedSecrets() {
        return List.copyOf(excludedSecrets);
    }

    /** Distinct values per kind, as the redaction log must count them. */
    Map<String, Integer> distinctByKind() {
        Map<String, Integer> counts = new TreeMap<>();
        placed.stream().distinct().forEach(s -> counts.merge(s.kind(), 1, Integer::sum));
        return counts;
    }

    /** Places per kind. */
    Map<String, Integer> occurrencesByKind() {
        Map<String, Integer> counts = new TreeMap<>();
        placed.forEach(s -> counts.merge(s.kind(), 1, Integer::sum));
        return counts;
    }

    private String put(final String kind, final String value) {
        placed.add(new Sample(kind, value));
        return value;
    }

    private String repository(final int r) {
        String awsId = samples.awsAccessKeyId();   // one key, three files: one placeholder
        String awsSecret = samples.awsSecretAccessKey();
        String webhook = samples.slackWebhook();
        UnifiedDiff d = new UnifiedDiff();

        d.modified("src/main/java/com/acme/billing/PaymentClient" + r + ".java", 12,
                List.of("public final class PaymentClient" + r + " {", ""),
                List.of("    private static final String STRIPE_KEY = \"" + put("stripe-key", samples.stripeKey()) + "\";"),
                List.of("    private static final String STRIPE_KEY = \"" + put("stripe-key", samples.stripeKey()) + "\";",
                        "    private static final String AWS_ACCESS_KEY_ID = \"" + put("aws-key", awsId) + "\";",
                        "    private static final String AWS_SECRET_ACCESS_KEY = \"" + put("aws-secret", awsSecret) + "\";",
                        "    private final String apiToken = \"" + put("github-token", samples.githubToken()) + "\";",
                        "    private final String password = \"" + put("password", samples.password()) + "\";",
                        "    private final String token = fetchToken(\"billing\");",
                        "    String jwt = \"" + put("jwt", samples.jwt()) + "\";",
                        "    String dbUrl = \"jdbc:postgresql://app:" + put("url-password", samples.password())
                                + "@db.internal:5432/billing\";",
                        "    headers.put(\"Authorization\", \"Bearer " + put("openai-key", samples.openAiProjectKey()) + "\");"),
                List.of("", "    PaymentClient" + r + "(HttpClient http) {"));

        d.modified("config/application.yml", 3,
                List.of("spring:", "  datasource:"),
                List.of("    password: " + put("password", samples.password())),
                List.of("    password: " + put("password", samples.password()), "    username: billing",
                        "slack:", "  webhook: " + put("slack-webhook", webhook),
                        "  bot-token: " + put("slack-token", samples.slackToken()),
                        "google:", "  maps-api-key: " + put("gcp-api-key", samples.gcpApiKey())),
                List.of("server:", "  port: 8080"));

        d.added(".env", List.of(
                "OPENAI_API_KEY=" + put("openai-key", samples.openAiLegacyKey()),
                "ANTHROPIC_API_KEY=" + put("anthropic-key", samples.anthropicKey()),
                "SESSION_SECRET=" + put("secret", samples.highEntropyValue()),
                "SIGNING_SALT=" + put("high-entropy", samples.highEntropyValue()),
                "DATABASE_URL=postgres://app:" + put("url-password", samples.password()) + "@localhost:5432/app",
                "DEBUG=true"));

        d.added("src/main/resources/application" + r + ".properties", List.of(
                "app.name=billing-service",
                "spring.datasource.password=" + put("password", samples.password()),
                "azure.storage.connection-string=DefaultEndpointsProtocol=https;AccountName=acmeprod;AccountKey="
                        + put("azure-key", samples.azureStorageKey()) + ";EndpointSuffix=core.windows.net",
                "app.encryption.seed=" + put("high-entropy", samples.highEntropyValue()),
                "git.commit.id=" + samples.hex(40)));

        d.added("infra/main" + r + ".tf", List.of(
                "provider \"aws\" {",
                "  region     = \"eu-west-1\"",
                "  access_key = \"" + put("aws-key", awsId) + "\"",
                "  secret_key = \"" + put("secret", samples.awsSecretAccessKey()) + "\"",
                "}",
                "variable \"gitlab_token\" {",
                "  default = \"" + put("gitlab-token", samples.gitlabToken()) + "\"",
                "}",
                "resource \"aws_db_instance\" \"main\" {",
                "  password = var.db_password",
                "}"));

        d.added("docker/Dockerfile." + r, List.of(
                "FROM eclipse-temurin:17-jre@sha256:" + samples.hex(64),
                "ARG NPM_TOKEN=" + put("npm-token", samples.npmToken()),
                "ENV GITHUB_TOKEN=" + put("github-token", samples.githubFineGrainedToken()),
                "RUN curl -H \"Authorization: Bearer " + put("openai-key", samples.openAiLegacyKey())
                        + "\" https://api.openai.com/v1/models",
                "RUN mvn -q verify"));

        d.added("scripts/deploy" + r + ".sh", List.of(
                "#!/usr/bin/env bash",
                "export AWS_ACCESS_KEY_ID=" + put("aws-key", awsId),
                "export AWS_SECRET_ACCESS_KEY=" + put("aws-secret", awsSecret),
                "git clone https://deploy:" + put("github-token", samples.githubToken()) + "@github.com/acme/infra.git",
                "curl -X POST -d '{\"text\":\"deployed\"}' " + put("slack-webhook", webhook),
                "mysql -u root --password=" + put("password", samples.password()) + " billing"));

        String gcpKey = samples.pemPrivateKey("PRIVATE KEY").replace("\n", "\\n");   // JSON-escaped
        d.added("deploy/gcp-sa-" + r + ".json", List.of(
                "{",
                "  \"type\": \"service_account\",",
                "  \"project_id\": \"acme-prod\",",
                "  \"private_key_id\": \"" + samples.hex(40) + "\",",
                "  \"private_key\": \"" + put("private-key", gcpKey) + "\\n\",",
                "  \"client_email\": \"deploy@acme-prod.iam.gserviceaccount.com\"",
                "}"));

        d.added("deploy/id_rsa_" + r, List.of(put("private-key", samples.pemPrivateKey("RSA PRIVATE KEY")).split("\n")));
        d.added("deploy/ci_ed25519_" + r, List.of(put("private-key", samples.pemPrivateKey("OPENSSH PRIVATE KEY")).split("\n")));

        d.added("src/test/resources/appsettings" + r + ".json", List.of(
                "{",
                "  \"BlobSas\": \"https://acme.blob.core.windows.net/backups?sv=2022-11-02&ss=b&srt=co&sp=rl"
                        + "&se=2027-01-01T00:00:00Z&sig=" + put("azure-sas", samples.azureSasSignature()) + "\"",
                "}"));

        d.modified(".github/workflows/release" + r + ".yml", 20,
                List.of("    env:"),
                List.of(),
                List.of("      SLACK_TOKEN: " + put("slack-token", samples.slackToken()),
                        "      NODE_AUTH_TOKEN: " + put("npm-token", samples.npmToken()),
                        "      GH_TOKEN: ${{ secrets.GITHUB_TOKEN }}"),
                List.of("    steps:"));

        d.added("ci/settings" + r + ".xml", List.of(
                "<settings>", "  <servers>", "    <server>", "      <id>acme-releases</id>",
                "      <username>deployer</username>",
                "      <password>" + put("password", samples.password()) + "</password>",
                "    </server>", "  </servers>", "</settings>"));

        d.modified("Jenkinsfile", 5, List.of("pipeline {"), List.of(),
                List.of("  environment { DEPLOY = credentials('deploy-key') }",
                        "  // withCredentials([usernamePassword(credentialsId: 'deploy-key', passwordVariable: 'DEPLOY_PASS')])"),
                List.of("  stages {"));

        String prodDb = samples.password();
        String prodToken = samples.githubToken();
        excludedSecrets.add(prodDb);
        excludedSecrets.add(prodToken);
        d.added("secrets/prod.yml", List.of("db:", "  password: " + prodDb, "github:", "  token: " + prodToken,
                "note: rotated quarterly"));
        return d.toString();
    }

    /** The base64 body lines of every placed PEM key (none may leak). */
    List<String> pemBodyLines() {
        List<String> lines = new ArrayList<>();
        for (Sample s : placed) {
            if (s.kind().equals("private-key")) {
                lines.addAll(SecretSamples.pemBodyLines(s.value().replace("\\n", "\n")));
            }
        }
        return lines;
    }
}
