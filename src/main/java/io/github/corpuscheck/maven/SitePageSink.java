package io.github.corpuscheck.maven;

import io.github.corpuscheck.report.SitePage;
import java.util.List;
import org.apache.maven.doxia.sink.Sink;

/** Renders a {@link SitePage} with Doxia's sink, which escapes the text: the page's content is decided elsewhere. */
final class SitePageSink {

    private SitePageSink() {}

    static void render(SitePage page, Sink sink) {
        sink.head();
        sink.title();
        sink.text(page.title());
        sink.title_();
        sink.head_();
        sink.body();
        int open = 0;
        for (SitePage.Block block : page.blocks()) {
            if (block instanceof SitePage.Heading h) {
                while (open >= h.level()) {
                    sink.section_(open--);
                }
                while (open < h.level()) {
                    sink.section(++open, null);
                }
                sink.sectionTitle(h.level(), null);
                sink.text(h.text());
                sink.sectionTitle_(h.level());
            } else if (block instanceof SitePage.Paragraph p) {
                sink.paragraph();
                sink.text(p.text());
                sink.paragraph_();
            } else if (block instanceof SitePage.Table t) {
                sink.table();
                sink.tableRows(null, false);
                row(sink, t.header(), true);
                for (List<String> cells : t.rows()) {
                    row(sink, cells, false);
                }
                sink.tableRows_();
                sink.table_();
            }
        }
        while (open > 0) {
            sink.section_(open--);
        }
        sink.body_();
        sink.flush();
    }

    private static void row(Sink sink, List<String> cells, boolean header) {
        sink.tableRow();
        for (String cell : cells) {
            if (header) {
                sink.tableHeaderCell();
                sink.text(cell);
                sink.tableHeaderCell_();
            } else {
                sink.tableCell();
                sink.text(cell);
                sink.tableCell_();
            }
        }
        sink.tableRow_();
    }
}
