package io.obra.docs;

import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The user documentation as the doc test reads it: {@code README.md} and {@code docs/*.md}, parsed with
 * commonmark (GitHub tables), with the fenced code blocks, tables, links and heading anchors of each file.
 */
final class Docs {

    /** The repository root, seen from obra-core (where Maven runs its tests). */
    static final Path ROOT = Path.of("..");

    private static final Parser PARSER = Parser.builder()
            .extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS)
            .build();

    private final List<Doc> docs;

    private Docs(final List<Doc> docs) {
        this.docs = List.copyOf(docs);
    }

    /** README.md and every docs/*.md of the repository. */
    static Docs ofRepository() {
        List<Path> files = new ArrayList<>();
        files.add(ROOT.resolve("README.md"));
        try (Stream<Path> list = Files.list(ROOT.resolve("docs"))) {
            list.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().forEach(files::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Doc> docs = new ArrayList<>();
        for (Path file : files) {
            try {
                docs.add(parse(ROOT.relativize(file).normalize().toString().replace('\\', '/'), Files.readString(file)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new Docs(docs);
    }

    /** One document from text, for tests of the checks themselves. */
    static Doc parse(final String name, final String markdown) {
        return new Doc(name, markdown, PARSER.parse(markdown));
    }

    List<Doc> all() {
        return docs;
    }

    Optional<Doc> named(final String name) {
        return docs.stream().filter(d -> d.name().equals(name)).findFirst();
    }

    /**
     * A fenced code block.
     *
     * @param info     the info string's words, e.g. {@code [yaml, jcasc]}
     * @param line     1-based line of the opening fence
     * @param previous the HTML comment right before the block, if any (a marker such as {@code doc-test: ...})
     */
    record Block(String doc, int line, List<String> info, String text, Optional<String> previous) {

        String language() {
            return info.isEmpty() ? "" : info.get(0).toLowerCase(Locale.ROOT);
        }

        String where() {
            return doc + ":" + line;
        }
    }

    /**
     * A table: header cells and body rows as plain text; {@code code} holds each body cell's inline code spans.
     *
     * @param marker the HTML comment right before the table, if any
     */
    record Table(String doc, int line, List<String> header, List<List<String>> rows, List<List<List<String>>> code,
                 Optional<String> marker) {
    }

    /** A link as written, e.g. {@code quickstart-openai.md#credentials}. */
    record DocLink(String doc, String destination) {
    }

    /** One Markdown file. */
    record Doc(String name, String text, Node root) {

        List<Block> blocks() {
            List<Block> blocks = new ArrayList<>();
            root.accept(new AbstractVisitor() {
                @Override
                public void visit(final FencedCodeBlock block) {
                    String info = block.getInfo() == null ? "" : block.getInfo().trim();
                    List<String> words = info.isEmpty() ? List.of() : Arrays.asList(info.split("\\s+"));
                    blocks.add(new Block(name, line(block), words, block.getLiteral(), comment(block.getPrevious())));
                }
            });
            return blocks;
        }

        List<Table> tables() {
            List<Table> tables = new ArrayList<>();
            root.accept(new AbstractVisitor() {
                @Override
                public void visitChildren(final Node parent) {
                    if (parent instanceof TableBlock table) {
                        tables.add(table(table));
                        return;
                    }
                    super.visitChildren(parent);
                }
            });
            return tables;
        }

        private Table table(final TableBlock table) {
            List<String> header = new ArrayList<>();
            List<List<String>> rows = new ArrayList<>();
            List<List<List<String>>> code = new ArrayList<>();
            for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
                for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                    if (!(row instanceof TableRow)) {
                        continue;
                    }
                    List<String> cells = new ArrayList<>();
                    List<List<String>> spans = new ArrayList<>();
                    for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                        if (cell instanceof TableCell) {
                            cells.add(plainText(cell).trim());
                            spans.add(codeSpans(cell));
                        }
                    }
                    if (section instanceof TableHead) {
                        header.addAll(cells);
                    } else {
                        rows.add(cells);
                        code.add(spans);
                    }
                }
            }
            return new Table(name, line(table), header, rows, code, comment(table.getPrevious()));
        }

        List<DocLink> links() {
            List<DocLink> links = new ArrayList<>();
            root.accept(new AbstractVisitor() {
                @Override
                public void visit(final Link link) {
                    links.add(new DocLink(name, link.getDestination()));
                    visitChildren(link);
                }
            });
            return links;
        }

        /** The anchors GitHub gives the headings: lower case, punctuation dropped, spaces to hyphens, -1 for repeats. */
        Set<String> anchors() {
            Set<String> anchors = new LinkedHashSet<>();
            Map<String, Integer> seen = new HashMap<>();
            root.accept(new AbstractVisitor() {
                @Override
                public void visit(final Heading heading) {
                    String slug = plainText(heading).trim().toLowerCase(Locale.ROOT)
                            .replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
                    int count = seen.merge(slug, 1, Integer::sum);
                    anchors.add(count == 1 ? slug : slug + "-" + (count - 1));
                }
            });
            return anchors;
        }
    }

    private static int line(final Node node) {
        return node.getSourceSpans().isEmpty() ? 0 : node.getSourceSpans().get(0).getLineIndex() + 1;
    }

    private static Optional<String> comment(final Node previous) {
        return previous instanceof HtmlBlock html && html.getLiteral().trim().startsWith("<!--")
                ? Optional.of(html.getLiteral().trim()) : Optional.empty();
    }

    private static String plainText(final Node node) {
        StringBuilder text = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(final Text t) {
                text.append(t.getLiteral());
            }

            @Override
            public void visit(final Code code) {
                text.append(code.getLiteral());
            }
        });
        return text.toString();
    }

    private static List<String> codeSpans(final Node node) {
        List<String> spans = new ArrayList<>();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(final Code code) {
                spans.add(code.getLiteral());
            }
        });
        return spans;
    }
}
