package io.obra.privacy;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The built-in secret patterns, most specific first (a GitHub token assigned to {@code token=} is
 * counted as a github-token, not as a generic token). Every pattern is linear: literal prefixes
 * (word boundaries are checked by a look-behind after the prefix, so the scan stays a cheap
 * character comparison), bounded or possessive repetitions, no backtracking into a repetition; a
 * multi-megabyte diff is one quick pass per pattern. Rules whose matches stay on one line name anchors,
 * literals every match holds, so that only lines holding one are searched ({@link AnchoredLines}).
 */
final class SecretRules {

    /**
     * Secret-looking key names of assignments (password, passwd, passphrase, private key, secret,
     * token, api key, access key, auth key, credentials): the value is redacted, the key kept.
     * Factored by first letter so that most positions are rejected by one comparison.
     */
    private static final String KEY = "(?<key>p(?:ass(?:word|wd|phrase)|rivate[_.-]?key)|secret|token"
            + "|a(?:pi[_.-]?key|pikey|ccess[_.-]?key|uth[_.-]?key)|credentials?)(?:[_.-]?(?:key|base|value|string))?";

    /** One of these is in every {@link #KEY}. */
    private static final String[] KEY_WORDS = {"pass", "private", "secret", "token", "api", "access", "auth",
        "credential"};

    /** Between key and value: an optional closing quote, an optional type ({@code : String}), the operator. */
    private static final String ASSIGN = "[\"']?(?:[ \\t]*:[ \\t]*[A-Za-z][A-Za-z0-9<>?\\[\\]]{0,30})?"
            + "[ \\t]{0,8}(?:=>|:=|[:=])[ \\t]{0,8}";

    private static final Set<String> NOT_SECRETS = Set.of("null", "nil", "none", "true", "false", "undefined",
            "empty", "required", "optional", "string");

    private static final Pattern ENV_REFERENCE = Pattern.compile("\\$[A-Za-z_][A-Za-z0-9_]*|%[A-Za-z_]+%");
    private static final Pattern HEX_OR_UUID = Pattern.compile("[0-9a-fA-F]+|[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}");
    private static final Pattern DOTTED_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*(?:\\.[A-Za-z_][A-Za-z0-9_-]*)+");
    /** Terraform, GitHub Actions and similar references: {@code var.db_password}, {@code secrets.TOKEN}. */
    private static final Pattern REFERENCE = Pattern.compile("(?:var|local|module|data|each|self|env|secrets|vars"
            + "|params|inputs|steps|needs|settings|config|process\\.env)\\.[A-Za-z0-9_.\\[\\]\"'-]+");

    /** Bits per character from which a long value in a .env-like file is taken for a key. */
    static final double ENTROPY_THRESHOLD = 3.5;
    /** Shortest value the entropy rule considers. */
    static final int ENTROPY_MIN_LENGTH = 20;

    /** Compiled once: patterns and filters are immutable and safe to share between runs. */
    private static final List<SecretRule> BUILT_IN = compile();

    private SecretRules() {
    }

    static List<SecretRule> builtIn() {
        return BUILT_IN;
    }

    private static List<SecretRule> compile() {
        return List.of(
                // The body is what a PEM block holds (base64, headers, line breaks, diff prefixes, JSON "\n",
                // string concatenation quotes),
                // read possessively up to the next BEGIN or END marker: no backtracking, however large.
                SecretRule.of("private-key", "-----BEGIN[ A-Z0-9]{0,40}PRIVATE KEY(?: BLOCK)?-----"
                        + "(?:[A-Za-z0-9+/=:,.\\s\\\\\"']|-(?!----(?:END|BEGIN)))*+"
                        + "-----END[ A-Z0-9]{0,40}PRIVATE KEY(?: BLOCK)?-----", 0),
                // A key cut off before its END line (a truncated diff): the marker and what follows.
                SecretRule.of("private-key", "-----BEGIN[ A-Z0-9]{0,40}PRIVATE KEY(?: BLOCK)?-----"
                        + "(?:(?:\\\\[nr]|\\r?\\n[+ -]?|[ \\t])*+[A-Za-z0-9+/=:,-]{8,}+)*+", 0),
                SecretRule.of("slack-webhook", "https://hooks\\.slack\\.com/(?:services|workflows|triggers)/"
                        + "[A-Za-z0-9_/-]{8,}+", 0).anchored("hooks.slack.com/"),
                SecretRule.of("anthropic-key", "sk-ant-(?<![A-Za-z0-9_]sk-ant-)[A-Za-z0-9_-]{20,}+", 0).anchored("sk-ant-"),
                SecretRule.of("openai-key", "sk-(?<![A-Za-z0-9_]sk-)(?:(?:proj|svcacct|admin)-[A-Za-z0-9_-]{20,}+"
                        + "|[A-Za-z0-9]{32,}+(?![A-Za-z0-9_-]))", 0).anchored("sk-"),
                SecretRule.of("github-token", "g(?:h[pousr]_(?<![A-Za-z0-9_]gh._)[A-Za-z0-9]{36,}+"
                        + "|ithub_pat_(?<![A-Za-z0-9_]github_pat_)[A-Za-z0-9_]{30,}+)", 0)
                        .anchored("ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_"),
                SecretRule.of("gitlab-token", "gl(?:pat|dt|rt|ptt|ft|cbt|oas|soat)-(?<![A-Za-z0-9_]gl[a-z]{2,4}-)"
                        + "[A-Za-z0-9_-]{20,}+", 0)
                        .anchored("glpat-", "gldt-", "glrt-", "glptt-", "glft-", "glcbt-", "gloas-", "glsoat-"),
                SecretRule.of("slack-token", "x(?:ox[abposre]-(?<![A-Za-z0-9_]xox.-)[A-Za-z0-9-]{10,}+"
                        + "|app-(?<![A-Za-z0-9_]xapp-)[0-9]-[A-Za-z0-9-]{10,}+)", 0).anchored("xox", "xapp-"),
                SecretRule.of("stripe-key", "[sr]k_(?:live|test)_(?<![A-Za-z0-9_].k_...._)[A-Za-z0-9]{16,}+"
                        + "|whsec_(?<![A-Za-z0-9_]whsec_)[A-Za-z0-9]{24,}+", 0).anchored("k_live_", "k_test_", "whsec_"),
                SecretRule.of("npm-token", "npm_(?<![A-Za-z0-9_]npm_)[A-Za-z0-9]{36}(?![A-Za-z0-9])", 0).anchored("npm_"),
                SecretRule.of("aws-key", "A(?:KIA|SIA|BIA|CCA)(?<![A-Za-z0-9_]A...)[A-Z0-9]{16}(?![A-Za-z0-9])", 0)
                        .anchored("akia", "asia", "abia", "acca"),
                SecretRule.of("aws-secret", "(?i)(?:aws_?secret_?access_?key|aws_?secret_?key|secret_?access_?key)"
                        + "[\"']?[ \\t]{0,8}(?:=>|:=|[:=])[ \\t]{0,8}[\"']?([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])", 1)
                        .anchored("secret"),
                SecretRule.of("gcp-api-key", "AIza(?<![A-Za-z0-9_]AIza)[0-9A-Za-z_-]{35}(?![0-9A-Za-z_-])", 0).anchored("aiza"),
                SecretRule.of("azure-key", "(?i)\\b(?:AccountKey|SharedAccessKey|SharedSecret)[ \\t]{0,3}=[ \\t]{0,3}"
                        + "([A-Za-z0-9+/]{20,}+={0,2})", 1).anchored("accountkey", "sharedaccesskey", "sharedsecret"),
                SecretRule.of("azure-sas", "[?&]sig=([A-Za-z0-9%+/=]{16,}+)", 1).anchored("sig="),
                SecretRule.of("jwt", "eyJ(?<![A-Za-z0-9_]eyJ)[A-Za-z0-9_-]{8,}+\\.eyJ[A-Za-z0-9_-]{8,}+\\.[A-Za-z0-9_-]*+", 0).anchored("eyj"),
                // After the token rules, so that a token used as a URL password is reported as that token.
                SecretRule.of("url-password", "://[^\\s:/?#@'\"<>\\[\\]]{0,128}:"
                        + "([^\\s/?#@'\"<>]{1,256})@", 1).accepting(SecretRules::notPlaceholder).anchored("://"),
                // <password>...</password> as in Maven's settings.xml
                SecretRule.of("password", "(?i)<([A-Za-z0-9_.:-]{0,40}?(?:password|passwd|passphrase|secret|token"
                        + "|api[_-]?key|apikey))>([^<]{1,1024})</\\1>", 2)
                        .accepting(SecretRules::notPlaceholder).kinds(m -> kindOfKey(m.group(1))),
                SecretRule.of("password", "(?i)" + KEY + ASSIGN + "(?:\"([^\"\\\\\\r\\n]{1,512})\"|'([^'\\\\\\r\\n]{1,512})')", 0)
                        .groups(2, 3).accepting(SecretRules::notPlaceholder).kinds(m -> kindOfKey(m.group("key")))
                        .anchored(KEY_WORDS),
                SecretRule.of("password", "(?i)" + KEY + ASSIGN + "([^\\s\"'`,;]{3,}+)", 2)
                        .accepting(SecretRules::notPlaceholder).accepting(SecretRules::notExpression)
                        .kinds(m -> kindOfKey(m.group("key"))).anchored(KEY_WORDS)
                        .only(FileKind.TEXT, FileKind.CONFIG, FileKind.PROPERTIES, FileKind.DOTENV),
                SecretRule.of("high-entropy", "(?m)^[+ -]?[ \\t]*(?:export[ \\t]+)?[A-Za-z_][A-Za-z0-9_.-]*[ \\t]*[=:]"
                        + "[ \\t]*[\"']?([^\\s\"'#]{" + ENTROPY_MIN_LENGTH + ",}+)", 1)
                        .accepting(v -> looksRandom(v) && !HEX_OR_UUID.matcher(v).matches())
                        .only(FileKind.PROPERTIES),
                SecretRule.of("high-entropy", "(?m)^[+ -]?[ \\t]*(?:export[ \\t]+)?[A-Za-z_][A-Za-z0-9_.-]*[ \\t]*[=:]"
                        + "[ \\t]*[\"']?([^\\s\"'#]{" + ENTROPY_MIN_LENGTH + ",}+)", 1)
                        .accepting(v -> looksRandom(v) || (v.length() >= 32 && HEX_OR_UUID.matcher(v).matches()))
                        .only(FileKind.DOTENV));
    }

    /** {@code password}, {@code token}, {@code api-key} or {@code secret}, from an assignment's key. */
    static String kindOfKey(final String key) {
        String k = key.toLowerCase(Locale.ROOT);
        if (k.contains("pass")) {
            return "password";
        }
        if (k.contains("token")) {
            return "token";
        }
        if (k.startsWith("api")) {
            return "api-key";
        }
        return "secret";
    }

    /** False for values that only name or point to a secret: {@code ${X}}, {@code $X}, {@code <password>}, {@code ****}. */
    static boolean notPlaceholder(final String value) {
        String v = value.strip();
        if (v.length() < 3 || v.startsWith("[REDACTED:") || NOT_SECRETS.contains(v.toLowerCase(Locale.ROOT))) {
            return false;
        }
        if (v.startsWith("${") || v.startsWith("$(") || v.startsWith("{{") || v.startsWith("<%") || v.startsWith("%(")
                || v.startsWith("#{") || v.startsWith("@{") || ENV_REFERENCE.matcher(v).matches()) {
            return false;
        }
        if (v.startsWith("<") && v.endsWith(">")) {
            return false;
        }
        return !v.chars().allMatch(c -> c == '*' || c == 'x' || c == 'X' || c == '.' || c == '-' || c == '#');
    }

    /**
     * False for unquoted values that are syntax or references rather than literals: YAML tags,
     * anchors and block scalars ({@code !vault |}), calls ({@code file("key.pem")}), references
     * ({@code var.db_password}, {@code secrets.TOKEN}).
     */
    static boolean notExpression(final String value) {
        char first = value.charAt(0);
        return "!|>&*{[(".indexOf(first) < 0 && value.indexOf('(') < 0 && !REFERENCE.matcher(value).matches();
    }

    /** Long, mixed letters and digits, high entropy, not a dotted name, path or URL. */
    static boolean looksRandom(final String value) {
        if (value.length() < ENTROPY_MIN_LENGTH || value.contains("://") || value.startsWith("/")
                || value.contains("[REDACTED:") || DOTTED_NAME.matcher(value).matches()) {
            return false;
        }
        boolean digit = false;
        boolean letter = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            digit |= Character.isDigit(c);
            letter |= Character.isLetter(c);
        }
        return digit && letter && Entropy.bitsPerChar(value) >= ENTROPY_THRESHOLD;
    }
}
