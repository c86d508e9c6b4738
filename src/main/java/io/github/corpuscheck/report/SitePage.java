package io.github.corpuscheck.report;

import java.util.List;

/**
 * A report page as plain blocks of text: what the site goals render, independent of how (the Maven goals hand it to
 * Doxia's sink). Every text is already formatted, so the page's content can be tested without Maven.
 *
 * @param title the page's title
 * @param blocks the content in reading order
 */
public record SitePage(String title, List<Block> blocks) {

    public SitePage {
        blocks = List.copyOf(blocks);
    }

    /** A part of a page. */
    public sealed interface Block permits Heading, Paragraph, Table {}

    /** A section heading; {@code level} 1 is the page's own. */
    public record Heading(int level, String text) implements Block {}

    /** A paragraph of plain text. */
    public record Paragraph(String text) implements Block {}

    /** A table with a header row; every row has as many cells as the header. */
    public record Table(List<String> header, List<List<String>> rows) implements Block {

        public Table {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
            for (List<String> r : rows) {
                if (r.size() != header.size()) {
                    throw new IllegalArgumentException("A row of " + r.size() + " cells under " + header.size()
                            + " headers");
                }
            }
        }
    }

    /** Every text on the page, in order, one per line (tests, and a quick look in a log). */
    public String plainText() {
        StringBuilder b = new StringBuilder(title).append('\n');
        for (Block block : blocks) {
            if (block instanceof Heading h) {
                b.append("#".repeat(h.level())).append(' ').append(h.text()).append('\n');
            } else if (block instanceof Paragraph p) {
                b.append(p.text()).append('\n');
            } else if (block instanceof Table t) {
                b.append(String.join(" | ", t.header())).append('\n');
                for (List<String> row : t.rows()) {
                    b.append(String.join(" | ", row)).append('\n');
                }
            }
        }
        return b.toString();
    }
}
