package io.obra.context;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads {@code git diff} output (and plain {@code diff -u} output) into files and hunks. Total: every
 * input line ends up in exactly one file, hunk or unparsed entry, so rendering restores the input.
 * Hunk bodies of ordinary diffs are read by the counts in their header, because a removed line
 * {@code "-- x"} looks exactly like a {@code "--- x"} file header.
 */
final class UnifiedDiffParser {

    /** One line of a {@code GIT binary patch} payload: a size line, a base85 line or a blank. */
    private static final Pattern BINARY_PAYLOAD =
            Pattern.compile("(?:literal|delta) \\d+|[A-Za-z][0-9A-Za-z!#$%&()*+;<=>?@^_`{|}~-]*|");

    private static final String[] GIT_HEADER_PREFIXES = {
        "old mode ", "new mode ", "deleted file mode ", "new file mode ", "rename from ", "rename to ",
        "copy from ", "copy to ", "similarity index ", "dissimilarity index ", "index ", "mode ",
    };

    private final List<DiffLine> lines;
    private int pos;

    UnifiedDiffParser(final String text) {
        this.lines = split(text);
    }

    /** Splits after each {@code \n}; a {@code \r} right before it belongs to the terminator. */
    static List<DiffLine> split(final String text) {
        final List<DiffLine> out = new ArrayList<>();
        int from = 0;
        while (from < text.length()) {
            final int nl = text.indexOf('\n', from);
            if (nl < 0) {
                out.add(new DiffLine(DiffLine.Kind.UNPARSED, text.substring(from), ""));
                break;
            }
            final boolean crlf = nl > from && text.charAt(nl - 1) == '\r';
            out.add(new DiffLine(DiffLine.Kind.UNPARSED, text.substring(from, crlf ? nl - 1 : nl),
                    crlf ? "\r\n" : "\n"));
            from = nl + 1;
        }
        return out;
    }

    List<FileDiff> parse() {
        final List<FileDiff> files = new ArrayList<>();
        int unparsedFrom = -1;
        while (pos < lines.size()) {
            final int before = pos;
            final FileDiff file = file();
            if (file == null) {
                if (unparsedFrom < 0) {
                    unparsedFrom = pos;
                }
                pos++;
                continue;
            }
            if (unparsedFrom >= 0) {
                files.add(unparsed(unparsedFrom, before));
                unparsedFrom = -1;
            }
            files.add(file);
        }
        if (unparsedFrom >= 0) {
            files.add(unparsed(unparsedFrom, lines.size()));
        }
        return files;
    }

    private FileDiff unparsed(final int from, final int to) {
        return new FileDiff(lines.subList(from, to), "", "", FileChange.UNPARSED, false, "", "", List.of());
    }

    /** A file starting at {@code pos}, advancing past it; null (and {@code pos} unchanged) if none starts here. */
    private FileDiff file() {
        final String first = text(pos);
        if (first.startsWith("diff --git ") || first.startsWith("diff --cc ") || first.startsWith("diff --combined ")) {
            return gitFile();
        }
        if (first.startsWith("diff ") && plainHeaderAt(pos + 1)) {
            return plainFile(pos, pos + 1);
        }
        if (plainHeaderAt(pos)) {
            return plainFile(pos, pos);
        }
        return null;
    }

    private boolean plainHeaderAt(final int i) {
        return i + 2 < lines.size() && text(i).startsWith("--- ") && text(i + 1).startsWith("+++ ")
                && HunkRange.parse(text(i + 2)) != null;
    }

    /** A {@code diff -u} file: an optional {@code diff ...} line, then {@code ---}, {@code +++}, hunks. */
    private FileDiff plainFile(final int start, final int minusLine) {
        final FileHeader h = new FileHeader();
        h.oldAndNewFromMinusPlus(text(minusLine).substring(4), text(minusLine + 1).substring(4));
        pos = minusLine + 2;
        return h.build(header(start, pos), hunks());
    }

    private FileDiff gitFile() {
        final int start = pos;
        final FileHeader h = new FileHeader();
        final String first = text(pos);
        if (first.startsWith("diff --git ")) {
            final String[] paths = GitPaths.fromDiffGitLine(first.substring("diff --git ".length()));
            h.oldPath = paths[0];
            h.newPath = paths[1];
        } else {
            final String path = GitPaths.headerPath(first.substring(first.indexOf(' ', 5) + 1));
            h.oldPath = path;
            h.newPath = path;
        }
        pos++;
        while (pos < lines.size()) {
            final String t = text(pos);
            if (t.equals("GIT binary patch")) {
                h.binary = true;
                pos++;
                while (pos < lines.size() && BINARY_PAYLOAD.matcher(text(pos)).matches()) {
                    pos++;
                }
                continue;
            }
            if (t.startsWith("--- ") && pos + 1 < lines.size() && text(pos + 1).startsWith("+++ ")) {
                h.oldAndNewFromMinusPlus(t.substring(4), text(pos + 1).substring(4));
                pos += 2;
                break;
            }
            if (t.startsWith("Binary files ") && t.endsWith(" differ")) {
                h.binary = true;
            } else if (!h.extended(t)) {
                break;
            }
            pos++;
        }
        return h.build(header(start, pos), hunks());
    }

    private List<DiffLine> header(final int from, final int to) {
        final List<DiffLine> out = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            out.add(lines.get(i).as(DiffLine.Kind.HEADER));
        }
        return out;
    }

    private List<Hunk> hunks() {
        final List<Hunk> hunks = new ArrayList<>();
        while (pos < lines.size()) {
            final HunkRange range = HunkRange.parse(text(pos));
            if (range == null) {
                break;
            }
            final DiffLine header = lines.get(pos).as(DiffLine.Kind.HUNK_HEADER);
            pos++;
            final List<DiffLine> body = range.parents() == 1 ? countedBody(range) : combinedBody(range.parents());
            hunks.add(new Hunk(header, range.oldStart(), range.oldCount(), range.newStart(), range.newCount(),
                    range.section(), range.parents(), body));
        }
        return hunks;
    }

    /** Lines of an ordinary hunk, as many as its header announces (a short hunk ends early). */
    private List<DiffLine> countedBody(final HunkRange range) {
        final List<DiffLine> body = new ArrayList<>();
        int oldLeft = range.oldCount();
        int newLeft = range.newCount();
        while (pos < lines.size()) {
            final String t = text(pos);
            final DiffLine.Kind kind;
            if (t.startsWith("\\") && !body.isEmpty()) {
                kind = DiffLine.Kind.NO_NEWLINE;
            } else if (oldLeft == 0 && newLeft == 0) {
                break;
            } else {
                // An empty line counts as context: some mailers strip the single space git writes.
                final char c = t.isEmpty() ? ' ' : t.charAt(0);
                if (c == ' ' && oldLeft > 0 && newLeft > 0) {
                    kind = DiffLine.Kind.CONTEXT;
                    oldLeft--;
                    newLeft--;
                } else if (c == '-' && oldLeft > 0) {
                    kind = DiffLine.Kind.REMOVED;
                    oldLeft--;
                } else if (c == '+' && newLeft > 0) {
                    kind = DiffLine.Kind.ADDED;
                    newLeft--;
                } else {
                    break;
                }
            }
            body.add(lines.get(pos).as(kind));
            pos++;
        }
        return body;
    }

    /**
     * Lines of a combined hunk: one prefix column per parent; a {@code +} in any column means the
     * merge result added the line, a {@code -} that it dropped it. Read while the prefix fits.
     */
    private List<DiffLine> combinedBody(final int parents) {
        final List<DiffLine> body = new ArrayList<>();
        while (pos < lines.size()) {
            final String t = text(pos);
            final DiffLine.Kind kind;
            if (t.startsWith("\\") && !body.isEmpty()) {
                kind = DiffLine.Kind.NO_NEWLINE;
            } else if (t.length() < parents) {
                break;
            } else {
                final String prefix = t.substring(0, parents);
                if (!prefix.chars().allMatch(ch -> ch == ' ' || ch == '+' || ch == '-')) {
                    break;
                }
                kind = prefix.indexOf('+') >= 0 ? DiffLine.Kind.ADDED
                        : prefix.indexOf('-') >= 0 ? DiffLine.Kind.REMOVED : DiffLine.Kind.CONTEXT;
            }
            body.add(lines.get(pos).as(kind));
            pos++;
        }
        return body;
    }

    private String text(final int i) {
        return lines.get(i).text();
    }

    /** What the header lines of one file say, collected while reading them. */
    private static final class FileHeader {
        private String oldPath = "";
        private String newPath = "";
        private FileChange change = FileChange.MODIFIED;
        private boolean binary;
        private String oldMode = "";
        private String newMode = "";

        /** Takes in one extended header line; false if it is none. */
        boolean extended(final String t) {
            String prefix = null;
            for (final String p : GIT_HEADER_PREFIXES) {
                if (t.startsWith(p)) {
                    prefix = p;
                    break;
                }
            }
            if (prefix == null) {
                return false;
            }
            final String value = t.substring(prefix.length());
            switch (prefix) {
                case "old mode " -> oldMode = value;
                case "new mode " -> newMode = value;
                case "deleted file mode " -> {
                    change = FileChange.DELETED;
                    oldMode = value;
                }
                case "new file mode " -> {
                    change = FileChange.ADDED;
                    newMode = value;
                }
                case "rename from " -> {
                    change = FileChange.RENAMED;
                    oldPath = GitPaths.headerPath(value);
                }
                case "rename to " -> newPath = GitPaths.headerPath(value);
                case "copy from " -> {
                    change = FileChange.COPIED;
                    oldPath = GitPaths.headerPath(value);
                }
                case "copy to " -> newPath = GitPaths.headerPath(value);
                case "index " -> {
                    final int space = value.lastIndexOf(' ');
                    if (space > 0 && oldMode.isEmpty() && newMode.isEmpty()) {
                        oldMode = value.substring(space + 1);
                        newMode = oldMode;
                    }
                }
                default -> {
                    // similarity, dissimilarity and combined "mode" lines say nothing we use
                }
            }
            return true;
        }

        void oldAndNewFromMinusPlus(final String minus, final String plus) {
            final String from = GitPaths.headerPath(minus);
            final String to = GitPaths.headerPath(plus);
            if (from.equals(GitPaths.DEV_NULL)) {
                change = FileChange.ADDED;
            } else {
                oldPath = GitPaths.stripPrefix(from, "a/");
            }
            if (to.equals(GitPaths.DEV_NULL)) {
                change = FileChange.DELETED;
            } else {
                newPath = GitPaths.stripPrefix(to, "b/");
            }
            if (oldPath.isEmpty()) {
                oldPath = newPath;
            }
            if (newPath.isEmpty()) {
                newPath = oldPath;
            }
        }

        FileDiff build(final List<DiffLine> header, final List<Hunk> hunks) {
            return new FileDiff(header, oldPath, newPath, change, binary, oldMode, newMode, hunks);
        }
    }
}
