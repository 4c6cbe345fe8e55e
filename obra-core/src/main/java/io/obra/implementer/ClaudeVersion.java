package io.obra.implementer;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A Claude Code version, as {@code claude --version} prints it ({@code 2.1.197 (Claude Code)}). */
record ClaudeVersion(int major, int minor, int patch) implements Comparable<ClaudeVersion> {

    /** The oldest CLI whose headless stream-json output Obra reads. */
    static final ClaudeVersion MINIMUM = new ClaudeVersion(2, 0, 0);

    /**
     * The first version known to report the session's cumulative {@code total_cost_usd} after
     * {@code --resume} (measured on 2.1.331; 2.1.197 reports the run's own cost). Versions in between are
     * treated as per-run, which over- rather than under-counts a budget.
     */
    static final ClaudeVersion CUMULATIVE_COST_SINCE = new ClaudeVersion(2, 1, 331);

    private static final Pattern VERSION = Pattern.compile("(\\d+)\\.(\\d+)\\.(\\d+)");

    static Optional<ClaudeVersion> parse(final String text) {
        Matcher matcher = VERSION.matcher(text == null ? "" : text);
        if (!matcher.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ClaudeVersion(Integer.parseInt(matcher.group(1)),
                    Integer.parseInt(matcher.group(2)), Integer.parseInt(matcher.group(3))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    boolean reportsCumulativeCost() {
        return compareTo(CUMULATIVE_COST_SINCE) >= 0;
    }

    @Override
    public int compareTo(final ClaudeVersion other) {
        int byMajor = Integer.compare(major, other.major);
        if (byMajor != 0) {
            return byMajor;
        }
        int byMinor = Integer.compare(minor, other.minor);
        return byMinor != 0 ? byMinor : Integer.compare(patch, other.patch);
    }

    @Override
    public String toString() {
        return major + "." + minor + "." + patch;
    }
}
