package io.obra.loop;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How a pinned Claude Code CLI is installed from npm into a directory of its own, and where its native
 * binary ends up: npm installs {@code @anthropic-ai/claude-code} with only the platform package that fits
 * the machine ({@code @anthropic-ai/claude-code-<os>-<arch>[-musl]}), whose {@code claude} binary is then
 * linked to {@code <home>/bin/claude}. Install scripts are skipped: they only copy that same binary.
 * Used by the Jenkins tool installer; the build's own {@code install-claude-code.sh} does the same.
 */
public final class ClaudeCodePackage {

    /** The npm package. */
    public static final String NPM_PACKAGE = "@anthropic-ai/claude-code";

    /** Ant-style globs, relative to the install prefix, that match the native binary of any platform. */
    public static final String NATIVE_BINARY_GLOB =
            "node_modules/@anthropic-ai/claude-code-*/claude,node_modules/@anthropic-ai/claude-code-*/claude.exe";

    /** A file in the tool home that records the installed version. */
    public static final String VERSION_MARKER = ".claude-code-version";

    private static final Pattern PINNED_VERSION = Pattern.compile("\\d+\\.\\d+\\.\\d+(-[0-9A-Za-z.]+)?");

    private ClaudeCodePackage() {
    }

    /** Empty when {@code version} is an exact npm version; otherwise what is wrong and how to fix it. */
    public static Optional<String> checkVersion(final String version) {
        if (version == null || version.isBlank()) {
            return Optional.of("no Claude Code version given: give an exact npm version such as 2.1.197");
        }
        if (!PINNED_VERSION.matcher(version.trim()).matches()) {
            return Optional.of("Claude Code version '" + version.trim() + "' is not an exact version: give a pinned "
                    + "npm version such as 2.1.197 (not a range or a tag like 'latest'), so every agent runs the same CLI");
        }
        return Optional.empty();
    }

    /** The arguments after {@code npm} that install {@code version} under {@code prefix}. */
    public static List<String> npmInstallArguments(final String prefix, final String version) {
        Objects.requireNonNull(prefix, "prefix");
        checkVersion(version).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        return List.of("install", "--prefix", prefix, "--no-audit", "--no-fund", "--ignore-scripts",
                "--loglevel=error", NPM_PACKAGE + "@" + version.trim());
    }

    /**
     * Picks the native binary among the files {@link #NATIVE_BINARY_GLOB} matched (paths relative to the
     * prefix, '/' separated). Older npm versions ignore the {@code libc} field and install both the glibc and
     * the musl package on Linux: the musl one is taken only on a musl system.
     *
     * @param muslLibc whether the machine's C library is musl (e.g. Alpine)
     */
    public static Optional<String> pickNativeBinary(final Collection<String> matches, final boolean muslLibc) {
        return matches.stream()
                .map(path -> path.replace('\\', '/'))
                .filter(path -> path.endsWith("/claude") || path.endsWith("/claude.exe"))
                .min(Comparator.comparing((String path) -> isMusl(path) != muslLibc)
                        .thenComparing(Comparator.naturalOrder()));
    }

    /** The executable relative to the tool home. */
    public static String executable(final boolean windows) {
        return windows ? "bin/claude.exe" : "bin/claude";
    }

    private static boolean isMusl(final String path) {
        return path.contains("-musl/");
    }
}
