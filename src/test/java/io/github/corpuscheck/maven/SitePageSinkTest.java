package io.github.corpuscheck.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.corpuscheck.report.SitePage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A page becomes Doxia events: nested sections by heading level, a header row, then the rows. */
class SitePageSinkTest {

    @Test
    void headingsNestSectionsAndTablesHaveAHeaderRow() {
        SitePage page = new SitePage("T", List.of(new SitePage.Heading(1, "One"), new SitePage.Paragraph("p"),
                new SitePage.Heading(2, "Two"), new SitePage.Table(List.of("h"), List.of(List.of("c"))),
                new SitePage.Heading(2, "Three")));
        RecordingSink r = new RecordingSink();

        SitePageSink.render(page, r.sink);

        assertEquals(List.of("head", "title", "text:T", "title_", "head_", "body",
                "section1", "sectionTitle1", "text:One", "sectionTitle_1", "paragraph", "text:p", "paragraph_",
                "section2", "sectionTitle2", "text:Two", "sectionTitle_2",
                "table", "tableRows", "tableRow", "tableHeaderCell", "text:h", "tableHeaderCell_", "tableRow_",
                "tableRow", "tableCell", "text:c", "tableCell_", "tableRow_", "tableRows_", "table_",
                "section_2", "section2", "sectionTitle2", "text:Three", "sectionTitle_2",
                "section_2", "section_1", "body_", "flush"), r.events);
    }
}
