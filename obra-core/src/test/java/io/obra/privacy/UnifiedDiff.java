package io.obra.privacy;

import java.util.List;

/** Builds unified diffs as {@code git diff} prints them, for tests. */
final class UnifiedDiff {

    private final StringBuilder text = new StringBuilder();
    private int blob = 0x1a2b3c;

    /** A file added in the change. */
    UnifiedDiff added(final String path, final List<String> lines) {
        text.append("diff --git a/").append(path).append(" b/").append(path).append('\n')
                .append("new file mode 100644\n")
                .append("index 0000000..").append(Integer.toHexString(blob++)).append('\n')
                .append("--- /dev/null\n")
                .append("+++ b/").append(path).append('\n')
                .append("@@ -0,0 +1,").append(lines.size()).append(" @@\n");
        lines.forEach(l -> text.append('+').append(l).append('\n'));
        return this;
    }

    /** A file changed in one hunk: context, removed lines, added lines, context. */
    UnifiedDiff modified(final String path, final int at, final List<String> before, final List<String> removed,
                         final List<String> added, final List<String> after) {
        int old = before.size() + removed.size() + after.size();
        int neu = before.size() + added.size() + after.size();
        text.append("diff --git a/").append(path).append(" b/").append(path).append('\n')
                .append("index ").append(Integer.toHexString(blob++)).append("..")
                .append(Integer.toHexString(blob++)).append(" 100644\n")
                .append("--- a/").append(path).append('\n')
                .append("+++ b/").append(path).append('\n')
                .append("@@ -").append(at).append(',').append(old).append(" +").append(at).append(',').append(neu)
                .append(" @@\n");
        before.forEach(l -> text.append(' ').append(l).append('\n'));
        removed.forEach(l -> text.append('-').append(l).append('\n'));
        added.forEach(l -> text.append('+').append(l).append('\n'));
        after.forEach(l -> text.append(' ').append(l).append('\n'));
        return this;
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
