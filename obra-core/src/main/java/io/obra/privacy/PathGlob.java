package io.obra.privacy;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A privacy exclusion glob, gitignore style: {@code *} and {@code ?} stay within a path segment,
 * {@code **} spans segments ({@code **}{@code /.env} also matches {@code .env} at the root),
 * {@code {a,b}} and {@code [abc]} work as usual. A glob without a slash matches the file name in
 * any directory ({@code *.pem}); one with a slash is anchored at the repository root
 * ({@code secrets/**}).
 */
final class PathGlob {

    private final String glob;
    private final Pattern regex;

    private PathGlob(final String glob, final Pattern regex) {
        this.glob = glob;
        this.regex = regex;
    }

    static PathGlob compile(final String glob) {
        String g = glob.strip();
        if (g.startsWith("/")) {
            g = g.substring(1);
        }
        StringBuilder re = new StringBuilder();
        if (!g.contains("/")) {
            re.append("(?:.*/)?");
        }
        int braces = 0;
        for (int i = 0; i < g.length(); i++) {
            char c = g.charAt(i);
            if (c == '*') {
                boolean twin = i + 1 < g.length() && g.charAt(i + 1) == '*';
                if (twin) {
                    boolean slashAfter = i + 2 < g.length() && g.charAt(i + 2) == '/';
                    boolean slashBefore = i > 0 && g.charAt(i - 1) == '/';
                    if (slashAfter && (i == 0 || slashBefore)) {
                        re.append("(?:.*/)?");
                        i += 2;
                    } else if (slashBefore && i + 2 == g.length()) {
                        re.setLength(re.length() - 1);   // drop the '/' before the trailing "**"
                        re.append("(?:/.*)?");
                        i += 1;
                    } else {
                        re.append(".*");
                        i += 1;
                    }
                } else {
                    re.append("[^/]*");
                }
            } else if (c == '?') {
                re.append("[^/]");
            } else if (c == '[') {
                int end = g.indexOf(']', i + 2);
                if (end < 0) {
                    throw new IllegalArgumentException("unclosed '[' in the glob " + glob);
                }
                String set = g.substring(i + 1, end);
                re.append('[').append(set.startsWith("!") ? "^" + set.substring(1) : set).append(']');
                i = end;
            } else if (c == '{') {
                braces++;
                re.append("(?:");
            } else if (c == '}' && braces > 0) {
                braces--;
                re.append(')');
            } else if (c == ',' && braces > 0) {
                re.append('|');
            } else if (Character.isLetterOrDigit(c) || c == '/' || c == '_' || c == '-') {
                re.append(c);
            } else {
                re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        if (braces != 0) {
            throw new IllegalArgumentException("unclosed '{' in the glob " + glob);
        }
        try {
            return new PathGlob(glob, Pattern.compile(re.toString()));
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("invalid glob " + glob + ": " + e.getDescription(), e);
        }
    }

    boolean matches(final String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        return regex.matcher(p).matches();
    }

    @Override
    public String toString() {
        return glob;
    }
}
