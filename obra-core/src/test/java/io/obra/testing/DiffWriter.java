package io.obra.testing;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;

/**
 * Writes well-formed {@code git diff} text the way git does (headers, hunk counts, line numbers),
 * for {@link DiffCorpus} and for tests that need a diff of a given shape.
 */
public final class DiffWriter {

    private final StringBuilder out = new StringBuilder();
    private final Random random;

    public DiffWriter(final Random random) {
        this.random = random;
    }

    /** The diff written so far. */
    public String text() {
        return out.toString();
    }

    /** A changed file: replacements applied to {@code original}, shown with 3 lines of context. */
    public Edit modify(final String path, final List<String> original) {
        return new Edit(path, path, original, "\n");
    }

    /** A changed file whose lines end in CRLF (the carriage return is part of each line, as git shows it). */
    public Edit modifyCrlf(final String path, final List<String> original) {
        return new Edit(path, path, original, "\r\n");
    }

    /** A renamed file with edits. */
    public Edit renameAndModify(final String from, final String to, final List<String> original) {
        return new Edit(from, to, original, "\n");
    }

    public DiffWriter added(final String path, final List<String> content) {
        out.append("diff --git a/").append(path).append(" b/").append(path).append('\n')
                .append("new file mode 100644\n")
                .append("index 0000000..").append(hash()).append('\n')
                .append("--- /dev/null\n")
                .append("+++ b/").append(path).append('\n');
        if (!content.isEmpty()) {
            out.append("@@ -0,0 +1").append(content.size() == 1 ? "" : "," + content.size()).append(" @@\n");
            content.forEach(line -> out.append('+').append(line).append('\n'));
        }
        return this;
    }

    public DiffWriter deleted(final String path, final List<String> content) {
        out.append("diff --git a/").append(path).append(" b/").append(path).append('\n')
                .append("deleted file mode 100644\n")
                .append("index ").append(hash()).append("..0000000\n")
                .append("--- a/").append(path).append('\n')
                .append("+++ /dev/null\n");
        if (!content.isEmpty()) {
            out.append("@@ -1").append(content.size() == 1 ? "" : "," + content.size()).append(" +0,0 @@\n");
            content.forEach(line -> out.append('-').append(line).append('\n'));
        }
        return this;
    }

    public DiffWriter renamed(final String from, final String to) {
        out.append("diff --git a/").append(from).append(" b/").append(to).append('\n')
                .append("similarity index 100%\n")
                .append("rename from ").append(from).append('\n')
                .append("rename to ").append(to).append('\n');
        return this;
    }

    public DiffWriter modeChanged(final String path, final String oldMode, final String newMode) {
        out.append("diff --git a/").append(path).append(" b/").append(path).append('\n')
                .append("old mode ").append(oldMode).append('\n')
                .append("new mode ").append(newMode).append('\n');
        return this;
    }

    /** A binary file as plain {@code git diff} shows it. */
    public DiffWriter binary(final String path, final boolean added) {
        out.append("diff --git a/").append(path).append(" b/").append(path).append('\n');
        if (added) {
            out.append("new file mode 100644\n").append("index 0000000..").append(hash()).append('\n')
                    .append("Binary files /dev/null and b/").append(path).append(" differ\n");
        } else {
            out.append("index ").append(hash()).append("..").append(hash()).append(" 100644\n")
                    .append("Binary files a/").append(path).append(" and b/").append(path).append(" differ\n");
        }
        return this;
    }

    /** A binary file as {@code git diff --binary} shows it: a base85 payload of about {@code bytes} bytes. */
    public DiffWriter binaryPatch(final String path, final int bytes) {
        out.append("diff --git a/").append(path).append(" b/").append(path).append('\n')
                .append("index ").append(hash()).append("..").append(hash()).append(" 100644\n")
                .append("GIT binary patch\n")
                .append("literal ").append(bytes).append('\n');
        final String alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~";
        for (int left = bytes; left > 0; left -= 52) {
            final int n = Math.min(52, left);
            out.append(n <= 26 ? (char) ('A' + n - 1) : (char) ('a' + n - 27));
            for (int i = 0; i < (n + 3) / 4 * 5; i++) {
                out.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            out.append('\n');
        }
        out.append('\n').append("literal 0\nHcmV?d00001\n\n");
        return this;
    }

    /** Raw text appended as is (for garbage and odd cases). */
    public DiffWriter raw(final String text) {
        out.append(text);
        return this;
    }

    /** A 7-hex-digit abbreviated object id. */
    public String hash() {
        return String.format("%07x", random.nextInt(0x10000000));
    }

    /** A base64 digest like those in lock files. */
    public String digest(final int bytes) {
        final byte[] b = new byte[bytes];
        random.nextBytes(b);
        return Base64.getEncoder().encodeToString(b);
    }

    /** Edits to one file, written as hunks when {@link #done()} is called. */
    public final class Edit {
        private final String from;
        private final String to;
        private final List<String> original;
        private final String eol;
        private final List<int[]> spans = new ArrayList<>();
        private final List<List<String>> replacements = new ArrayList<>();
        private String oldMode = "";
        private String newMode = "";
        private boolean noNewlineAtEnd;

        private Edit(final String from, final String to, final List<String> original, final String eol) {
            this.from = from;
            this.to = to;
            this.original = original;
            this.eol = eol;
        }

        /** Replaces {@code count} lines from 0-based line {@code at}; calls must ascend and stay 7+ lines apart. */
        public Edit replace(final int at, final int count, final List<String> lines) {
            spans.add(new int[] {at, count});
            replacements.add(lines);
            return this;
        }

        public Edit mode(final String before, final String after) {
            oldMode = before;
            newMode = after;
            return this;
        }

        /** Neither the old nor the new file ends with a newline (the last line is changed). */
        public Edit noNewlineAtEnd() {
            noNewlineAtEnd = true;
            return this;
        }

        public DiffWriter done() {
            out.append("diff --git a/").append(from).append(" b/").append(to).append('\n');
            if (!oldMode.isEmpty()) {
                out.append("old mode ").append(oldMode).append("\nnew mode ").append(newMode).append('\n');
            }
            if (!from.equals(to)) {
                out.append("similarity index ").append(60 + random.nextInt(39)).append("%\n")
                        .append("rename from ").append(from).append('\n')
                        .append("rename to ").append(to).append('\n');
            }
            out.append("index ").append(hash()).append("..").append(hash())
                    .append(oldMode.isEmpty() ? " 100644" : "").append('\n')
                    .append("--- a/").append(from).append('\n')
                    .append("+++ b/").append(to).append('\n');
            int delta = 0;
            for (int i = 0; i < spans.size(); i++) {
                final int at = spans.get(i)[0];
                final int count = spans.get(i)[1];
                final List<String> added = replacements.get(i);
                final int before = Math.min(3, at);
                final int after = Math.min(3, original.size() - at - count);
                final int oldCount = before + count + after;
                final int newCount = before + added.size() + after;
                final int oldStart = oldCount == 0 ? at : at - before + 1;
                final int newStart = newCount == 0 ? at + delta : at - before + 1 + delta;
                out.append("@@ -").append(range(oldStart, oldCount)).append(" +").append(range(newStart, newCount))
                        .append(" @@").append(section(at)).append('\n');
                for (int k = at - before; k < at; k++) {
                    out.append(' ').append(original.get(k)).append(eol);
                }
                final boolean atEnd = noNewlineAtEnd && at + count == original.size();
                for (int k = at; k < at + count; k++) {
                    out.append('-').append(original.get(k)).append(eol);
                }
                if (atEnd) {
                    trimLastEol();
                    out.append("\n\\ No newline at end of file\n");
                }
                for (int k = 0; k < added.size(); k++) {
                    out.append('+').append(added.get(k)).append(eol);
                }
                if (atEnd) {
                    trimLastEol();
                    out.append("\n\\ No newline at end of file\n");
                }
                for (int k = at + count; k < at + count + after; k++) {
                    out.append(' ').append(original.get(k)).append(eol);
                }
                delta += added.size() - count;
            }
            return DiffWriter.this;
        }

        private void trimLastEol() {
            out.setLength(out.length() - eol.length());
        }

        private String section(final int at) {
            for (int k = at - 1; k >= 0; k--) {
                final String line = original.get(k);
                if (line.startsWith("    public ") || line.startsWith("func ") || line.startsWith("def ")) {
                    return " " + line.strip();
                }
            }
            return "";
        }
    }

    private static String range(final int start, final int count) {
        return count == 1 ? Integer.toString(start) : start + "," + count;
    }
}
