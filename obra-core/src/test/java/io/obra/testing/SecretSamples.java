package io.obra.testing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;

/**
 * Generates realistic, format-valid but random secrets (never real keys) for privacy tests: each
 * looks like what a scanner or a provider would accept as that kind of credential. Seeded, so a
 * failing test can be reproduced.
 */
public final class SecretSamples {

    /** A generated secret and the redaction kind it should be reported as. */
    public record Sample(String kind, String value) {
    }

    private static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final String LOWER = "abcdefghijklmnopqrstuvwxyz";
    private static final String DIGITS = "0123456789";
    private static final String ALNUM = UPPER + LOWER + DIGITS;
    private static final String BASE64 = ALNUM + "+/";
    private static final String URLSAFE = ALNUM + "-_";
    private static final String BASE32 = UPPER + "234567";

    private final Random random;

    public SecretSamples(final long seed) {
        this.random = new Random(seed);
    }

    public String chars(final String alphabet, final int length) {
        StringBuilder s = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            s.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return s.toString();
    }

    /** Random bytes, Base64 encoded. */
    public String base64Bytes(final int bytes) {
        byte[] data = new byte[bytes];
        random.nextBytes(data);
        return Base64.getEncoder().encodeToString(data);
    }

    public String hex(final int length) {
        return chars(DIGITS + "abcdef", length);
    }

    public String awsAccessKeyId() {
        return (random.nextBoolean() ? "AKIA" : "ASIA") + chars(BASE32, 16);
    }

    public String awsSecretAccessKey() {
        return chars(BASE64, 40);
    }

    public String gcpApiKey() {
        return "AIza" + chars(URLSAFE, 35);
    }

    public String azureStorageKey() {
        return base64Bytes(64);   // 88 characters ending in "=="
    }

    public String azureSasSignature() {
        return base64Bytes(32).replace("+", "%2B").replace("/", "%2F").replace("=", "%3D");
    }

    public String githubToken() {
        String[] prefixes = {"ghp", "gho", "ghu", "ghs", "ghr"};
        return prefixes[random.nextInt(prefixes.length)] + "_" + chars(ALNUM, 36);
    }

    public String githubFineGrainedToken() {
        return "github_pat_" + chars(ALNUM, 22) + "_" + chars(ALNUM, 59);
    }

    public String gitlabToken() {
        return "glpat-" + chars(URLSAFE, 20);
    }

    public String slackToken() {
        String[] kinds = {"xoxb", "xoxp", "xoxa", "xoxr", "xoxs"};
        return kinds[random.nextInt(kinds.length)] + "-" + chars(DIGITS, 12) + "-" + chars(DIGITS, 13) + "-"
                + chars(ALNUM, 24);
    }

    public String slackWebhook() {
        return "https://hooks.slack.com/services/T" + chars(UPPER + DIGITS, 8) + "/B" + chars(UPPER + DIGITS, 10)
                + "/" + chars(ALNUM, 24);
    }

    public String stripeKey() {
        return (random.nextBoolean() ? "sk_live_" : "rk_live_") + chars(ALNUM, 24 + random.nextInt(75));
    }

    public String openAiLegacyKey() {
        return "sk-" + chars(ALNUM, 20) + "T3BlbkFJ" + chars(ALNUM, 20);
    }

    public String openAiProjectKey() {
        return "sk-proj-" + chars(URLSAFE, 156);
    }

    public String anthropicKey() {
        return "sk-ant-api03-" + chars(URLSAFE, 93) + "AA";
    }

    public String npmToken() {
        return "npm_" + chars(ALNUM, 36);
    }

    public String jwt() {
        String header = b64url("{\"alg\":\"HS256\",\"typ\":\"JWT\"}");
        String payload = b64url("{\"sub\":\"" + chars(DIGITS, 10) + "\",\"name\":\"" + chars(LOWER, 8)
                + "\",\"iat\":" + (1_700_000_000 + random.nextInt(50_000_000)) + "}");
        byte[] signature = new byte[32];
        random.nextBytes(signature);
        return header + "." + payload + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
    }

    /** A PEM private key block with real line breaks. */
    public String pemPrivateKey(final String type) {
        String body = base64Bytes(type.contains("OPENSSH") ? 400 : 1190);
        StringBuilder pem = new StringBuilder("-----BEGIN " + type + "-----\n");
        for (int i = 0; i < body.length(); i += 64) {
            pem.append(body, i, Math.min(body.length(), i + 64)).append('\n');
        }
        return pem.append("-----END ").append(type).append("-----").toString();
    }

    /** The base64 lines of a PEM block, each of which must not leak. */
    public static List<String> pemBodyLines(final String pem) {
        List<String> lines = new ArrayList<>();
        for (String line : pem.split("\n")) {
            if (!line.startsWith("-----")) {
                lines.add(line);
            }
        }
        return lines;
    }

    /** A password as people write them: letters, digits and a few symbols, safe in quotes and URLs. */
    public String password() {
        return chars(LOWER, 4) + chars(UPPER, 2) + chars(DIGITS, 3) + chars("!%^*-_.~", 2) + chars(ALNUM, 5);
    }

    /** A random API secret without a recognisable prefix (only its high entropy gives it away). */
    public String highEntropyValue() {
        String v;
        do {
            v = chars(ALNUM, 32);
        } while (v.chars().noneMatch(Character::isDigit));
        return v;
    }

    private static String b64url(final String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
