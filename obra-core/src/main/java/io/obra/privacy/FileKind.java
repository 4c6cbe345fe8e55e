package io.obra.privacy;

import java.util.Locale;
import java.util.Set;

/**
 * What a file in a diff is, which decides how eagerly its values are redacted: in source code only
 * quoted literals after a secret-named key count (an unquoted {@code token = fetchToken()} is code);
 * in configuration unquoted values count too; in {@code .env}-like files any long high-entropy value
 * counts.
 */
enum FileKind {
    /** Free text: the task, the implementer's summary, verify output. */
    TEXT,
    /** Source code. */
    CODE,
    /** YAML, JSON, XML, Terraform, Dockerfile, shell and anything unrecognised. */
    CONFIG,
    /** {@code *.properties}, {@code *.tfvars}: high-entropy values other than hashes and ids. */
    PROPERTIES,
    /** {@code .env}, {@code .env.*}, {@code *.env}: every high-entropy value. */
    DOTENV;

    private static final Set<String> CODE_EXTENSIONS = Set.of("java", "kt", "kts", "groovy", "gradle", "scala",
            "py", "js", "jsx", "mjs", "cjs", "ts", "tsx", "go", "rb", "rs", "cs", "c", "cc", "cpp", "h", "hpp",
            "swift", "php", "dart", "m", "lua", "clj", "ex", "exs", "erl", "fs", "vb");

    static FileKind of(final String path) {
        String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        if (name.equals(".env") || name.startsWith(".env.") || name.endsWith(".env")) {
            return DOTENV;
        }
        if (name.equals("jenkinsfile")) {
            return CODE;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1);
        if (extension.equals("properties") || extension.equals("tfvars")) {
            return PROPERTIES;
        }
        return CODE_EXTENSIONS.contains(extension) ? CODE : CONFIG;
    }
}
