package io.obra.report;

/**
 * Builds HTML where text can only enter escaped: {@link #text} escapes {@code & < > " '}; tag names,
 * classes and attribute values are compile-time constants or numbers chosen by the writer, never report
 * strings. That is what keeps model text from becoming markup in {@code obra-report.html}.
 */
final class HtmlBuilder {

    private final StringBuilder out = new StringBuilder(16_384);

    /** Opens {@code <tag>}; {@code attributes} is constant markup such as {@code class="ok"}, or empty. */
    HtmlBuilder open(final String tag, final String attributes) {
        out.append('<').append(tag);
        if (!attributes.isEmpty()) {
            out.append(' ').append(attributes);
        }
        out.append('>');
        return this;
    }

    HtmlBuilder open(final String tag) {
        return open(tag, "");
    }

    HtmlBuilder close(final String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    /** {@code <tag attributes>text</tag>} with the text escaped. */
    HtmlBuilder element(final String tag, final String attributes, final String text) {
        return open(tag, attributes).text(text).close(tag);
    }

    HtmlBuilder element(final String tag, final String text) {
        return element(tag, "", text);
    }

    /** Untrusted or computed text, escaped for both element content and quoted attribute values. */
    HtmlBuilder text(final String text) {
        out.append(escape(text));
        return this;
    }

    /** Markup written by this package (constants, or numbers formatted into constant templates). */
    HtmlBuilder markup(final String markup) {
        out.append(markup);
        return this;
    }

    HtmlBuilder newline() {
        out.append('\n');
        return this;
    }

    static String escape(final String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                // NUL is a parse error in HTML; the replacement character keeps the position visible.
                case '\0' -> escaped.append('\uFFFD');
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
