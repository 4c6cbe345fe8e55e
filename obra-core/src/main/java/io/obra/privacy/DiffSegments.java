package io.obra.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits text that holds a unified diff (git or plain {@code diff -u}, possibly with prose before,
 * between and after) into free-text segments and one segment per file. Hunks are consumed by their
 * line counts, so text after a diff is not taken for part of the last file.
 */
final class DiffSegments {

    private static final Pattern HUNK = Pattern.compile("^@@ -\\d+(?:,(\\d+))? \\+\\d+(?:,(\\d+))? @@");

    /**
     * One piece of the text.
     *
     * @param text  the exact text, line terminators included
     * @param paths the file's paths (old and new; one when equal); empty for free text
     */
    record Segment(String text, List<String> paths) {
        Segment {
            Objects.requireNonNull(text, "text");
            paths = List.copyOf(paths);
        }

        boolean isFile() {
            return !paths.isEmpty();
        }

        /** The path to show: the new one, or the old one for a deleted file. */
        String displayPath() {
            return paths.get(paths.size() - 1);
        }
    }

    private DiffSegments() {
    }

    static List<Segment> split(final String text) {
        List<String> lines = lines(text);
        List<Segment> segments = new ArrayList<>();
        StringBuilder free = new StringBuilder();
        int i = 0;
        while (i < lines.size()) {
            if (startsFile(lines, i)) {
                if (free.length() > 0) {
                    segments.add(new Segment(free.toString(), List.of()));
                    free.setLength(0);
                }
                int start = i;
                List<String> paths = new ArrayList<>();
                i = readFile(lines, i, paths);
                StringBuilder section = new StringBuilder();
                for (int j = start; j < i; j++) {
                    section.append(lines.get(j));
                }
                if (paths.isEmpty()) {
                    paths.add("(unknown file)");
                }
                segments.add(new Segment(section.toString(), paths));
            } else {
                free.append(lines.get(i++));
            }
        }
        if (free.length() > 0) {
            segments.add(new Segment(free.toString(), List.of()));
        }
        return segments;
    }

    private static boolean startsFile(final List<String> lines, final int i) {
        String line = lines.get(i);
        return line.startsWith("diff --git ")
                || line.startsWith("--- ") && i + 1 < lines.size() && lines.get(i + 1).startsWith("+++ ");
    }

    /** Reads one file's header and hunks from line {@code i}; returns the index after it. */
    private static int readFile(final List<String> lines, final int first, final List<String> paths) {
        int i = first;
        String header = null;
        if (lines.get(i).startsWith("diff --git ")) {
            header = strip(lines.get(i)).substring("diff --git ".length());
            i++;
        }
        boolean binaryPatch = false;
        while (i < lines.size() && !lines.get(i).startsWith("@@") && !lines.get(i).startsWith("diff --git ")) {
            String line = strip(lines.get(i));
            if (line.startsWith("--- ") || line.startsWith("+++ ")) {
                addPath(paths, unprefix(line.substring(4)));
            } else if (line.startsWith("rename from ") || line.startsWith("copy from ")) {
                addPath(paths, unquote(line.substring(line.indexOf(" from ") + 6)));
            } else if (line.startsWith("rename to ") || line.startsWith("copy to ")) {
                addPath(paths, unquote(line.substring(line.indexOf(" to ") + 4)));
            } else if (line.equals("GIT binary patch")) {
                binaryPatch = true;
            } else if (!binaryPatch && !isHeaderLine(line)) {
                break;
            }
            i++;
        }
        if (paths.isEmpty() && header != null) {
            paths.addAll(pathsOfHeader(header));
        }
        while (i < lines.size() && lines.get(i).startsWith("@@")) {
            i = readHunk(lines, i);
        }
        return i;
    }

    private static int readHunk(final List<String> lines, final int at) {
        Matcher m = HUNK.matcher(lines.get(at));
        int i = at + 1;
        if (!m.find()) {
            while (i < lines.size() && isHunkLine(lines.get(i))) {
                i++;
            }
            return i;
        }
        int old = m.group(1) == null ? 1 : Integer.parseInt(m.group(1));
        int neu = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
        while (i < lines.size() && (old > 0 || neu > 0)) {
            String line = lines.get(i);
            char c = line.isEmpty() ? '\n' : line.charAt(0);
            if (c == ' ' || c == '\n' || c == '\r') {
                old--;
                neu--;
            } else if (c == '-') {
                old--;
            } else if (c == '+') {
                neu--;
            } else if (c != '\\') {
                break;   // the hunk is shorter than its header says (a truncated diff)
            }
            i++;
        }
        while (i < lines.size() && lines.get(i).startsWith("\\")) {
            i++;   // "\ No newline at end of file"
        }
        return i;
    }

    private static boolean isHunkLine(final String line) {
        return line.startsWith(" ") || line.startsWith("+") || line.startsWith("-") || line.startsWith("\\");
    }

    private static boolean isHeaderLine(final String line) {
        return line.startsWith("index ") || line.startsWith("new file mode") || line.startsWith("deleted file mode")
                || line.startsWith("old mode") || line.startsWith("new mode") || line.startsWith("similarity index")
                || line.startsWith("dissimilarity index") || line.startsWith("Binary files ");
    }

    private static void addPath(final List<String> paths, final String path) {
        if (!path.equals("/dev/null") && !path.isEmpty() && !paths.contains(path)) {
            paths.add(path);
        }
    }

    /** {@code a/src/X.java} or {@code "b/dir/with space.txt"\t2024-01-01} to the repository path. */
    private static String unprefix(final String raw) {
        String p = raw;
        int tab = p.indexOf('\t');
        if (tab >= 0) {
            p = p.substring(0, tab);   // diff -u puts a timestamp after a tab
        }
        p = unquote(p.strip());
        if (p.startsWith("a/") || p.startsWith("b/")) {
            p = p.substring(2);
        }
        return p;
    }

    private static List<String> pathsOfHeader(final String header) {
        List<String> paths = new ArrayList<>();
        String h = header.strip();
        if (h.startsWith("\"")) {
            int end = closingQuote(h);
            addPath(paths, unprefix(h.substring(0, end + 1)));
            addPath(paths, unprefix(h.substring(end + 1).strip()));
            return paths;
        }
        // "a/x b/x": both halves name the same file unless renamed (then rename lines name them).
        int middle = h.length() / 2;
        if (h.length() % 2 == 1 && h.charAt(middle) == ' ' && h.substring(2, middle).equals(h.substring(middle + 3))) {
            addPath(paths, h.substring(2, middle));
            return paths;
        }
        int split = h.lastIndexOf(" b/");
        if (split > 0) {
            addPath(paths, unprefix(h.substring(0, split)));
            addPath(paths, unprefix(h.substring(split + 1)));
        } else {
            addPath(paths, h);
        }
        return paths;
    }

    private static int closingQuote(final String s) {
        for (int i = 1; i < s.length(); i++) {
            if (s.charAt(i) == '\\') {
                i++;
            } else if (s.charAt(i) == '"') {
                return i;
            }
        }
        return s.length() - 1;
    }

    /** Git's C-style quoting of unusual paths, e.g. {@code "dir/with \"quote\".txt"}. */
    private static String unquote(final String s) {
        if (s.length() < 2 || !s.startsWith("\"") || !s.endsWith("\"")) {
            return s;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 1; i < s.length() - 1; i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length() - 1) {
                char n = s.charAt(++i);
                out.append(switch (n) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    default -> n;
                });
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String strip(final String line) {
        int end = line.length();
        while (end > 0 && (line.charAt(end - 1) == '\n' || line.charAt(end - 1) == '\r')) {
            end--;
        }
        return line.substring(0, end);
    }

    /** The lines of the text, each with its terminator. */
    static List<String> lines(final String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return lines;
    }
}
