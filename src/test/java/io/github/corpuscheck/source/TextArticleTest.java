package io.github.corpuscheck.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.corpuscheck.api.Document;
import io.github.corpuscheck.api.Paragraph;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Text articles: the three metadata shapes, ids, body and paragraph lines. */
class TextArticleTest {

    @TempDir
    Path dir;

    @Test
    void frontMatterGivesFieldsIdAndBodyLine() throws Exception {
        CorpusFixture c = new CorpusFixture(dir).text("news/ferry.md", "---\n"
                + "id: wire-2031\n"
                + "title: \"Ferry delayed: engine trouble\"\n"
                + "date: 2024-05-02\n"
                + "# a comment line\n"
                + "corpus-ignore: truncation.*\n"
                + "---\n"
                + "HARBOURTON, May 2 – The morning ferry sailed three hours late.\n"
                + "\n"
                + "Its operator blamed\n"
                + "a faulty pump.\n").read();
        Document d = c.doc("wire-2031");
        assertEquals("news/ferry.md", d.file());
        assertEquals(1, d.line());
        assertEquals(8, d.textLine());
        assertEquals(Map.of("id", "wire-2031", "title", "Ferry delayed: engine trouble", "date", "2024-05-02",
                "corpus-ignore", "truncation.*"), d.fields());
        assertEquals("HARBOURTON, May 2 – The morning ferry sailed three hours late.\n\nIts operator blamed\na faulty pump.\n",
                d.text());
        assertEquals(List.of(new Paragraph("HARBOURTON, May 2 – The morning ferry sailed three hours late.", 8),
                new Paragraph("Its operator blamed a faulty pump.", 10)), d.paragraphs());
        assertEquals(List.of(), c.findings);
    }

    @Test
    void frontMatterWithoutIdUsesThePath() throws Exception {
        CorpusFixture c = new CorpusFixture(dir).text("a/b.txt", "---\ntitle: Rain\n---\nIt rained.\n").read();
        assertEquals(List.of("a/b.txt"), c.ids());
        assertEquals(Map.of("title", "Rain"), c.docs.get(0).fields());
    }

    @Test
    void unclosedFenceIsNotFrontMatter() throws Exception {
        CorpusFixture c = new CorpusFixture(dir).text("x.txt", "---\ntitle: Rain\nIt rained all day.\n").read();
        Document d = c.doc("x.txt");
        assertEquals(Map.of(), d.fields());
        assertEquals(1, d.textLine());
        assertEquals(List.of(new Paragraph("---", 1), new Paragraph("title: Rain", 2), new Paragraph("It rained all day.", 3)),
                d.paragraphs());
    }

    @Test
    void inlineDatePrefixIsMetadataAndTheBodyFollowsOnTheSameLine() throws Exception {
        CorpusFixture c = new CorpusFixture(dir).text("002.txt", " date 2024-03-18 LAKEVIEW, March 18, 2024 (Wire) – "
                + "The town council approved a new library.\n\n"
                + "Building starts in June.\n").read();
        Document d = c.doc("002.txt");
        assertEquals(Map.of("date", "2024-03-18"), d.fields());
        assertEquals(1, d.textLine());
        assertEquals("LAKEVIEW, March 18, 2024 (Wire) – The town council approved a new library.\n\nBuilding starts in June.\n",
                d.text());
        assertEquals(List.of(
                new Paragraph("LAKEVIEW, March 18, 2024 (Wire) – The town council approved a new library.", 1),
                new Paragraph("Building starts in June.", 3)), d.paragraphs());
    }

    @Test
    void inlineDateMayCarryATimeAndTheBodyMayStartOnTheNextLine() throws Exception {
        CorpusFixture c = new CorpusFixture(dir)
                .text("t1.txt", "\ndate 2024-03-18T09:30:00Z\nFirst line of the story.\nSecond line.\n")
                .text("t2.txt", "date 2024-03-18 14:05 Markets opened higher.\n")
                .read();
        Document t1 = c.doc("t1.txt");
        assertEquals(Map.of("date", "2024-03-18T09:30:00Z"), t1.fields());
        assertEquals(3, t1.textLine());
        assertEquals(List.of(new Paragraph("First line of the story.", 3), new Paragraph("Second line.", 4)), t1.paragraphs());
        Document t2 = c.doc("t2.txt");
        assertEquals(Map.of("date", "2024-03-18 14:05"), t2.fields());
        assertEquals("Markets opened higher.\n", t2.text());
    }

    @Test
    void wordsThatOnlyLookLikeTheDatePrefixAreBody() throws Exception {
        CorpusFixture c = new CorpusFixture(dir)
                .text("n1.txt", "Date night at the cinema drew a crowd.\n")
                .text("n2.txt", "date 2024-3-18 was misprinted.\n")
                .text("n3.txt", "dated 2024-03-18 records were lost.\n")
                .read();
        for (String id : List.of("n1.txt", "n2.txt", "n3.txt")) {
            assertEquals(Map.of(), c.doc(id).fields(), id);
        }
        assertEquals("Date night at the cinema drew a crowd.\n", c.doc("n1.txt").text());
    }

    @Test
    void noMetadataOnePerLine() throws Exception {
        CorpusFixture c = new CorpusFixture(dir).text("000.txt", "The river rose overnight.\n"
                + "Flood defences\n"
                + "Residents moved furniture upstairs.\n").read();
        Document d = c.doc("000.txt");
        assertEquals(Map.of(), d.fields());
        assertEquals(1, d.textLine());
        assertEquals(List.of(new Paragraph("The river rose overnight.", 1), new Paragraph("Flood defences", 2),
                new Paragraph("Residents moved furniture upstairs.", 3)), d.paragraphs());
    }

    @Test
    void theConfiguredEncodingIsUsed() throws Exception {
        byte[] latin = "---\ntitle: Caf\u00e9 reopens\n---\nThe caf\u00e9 reopened.\n".getBytes(StandardCharsets.ISO_8859_1);
        CorpusFixture c = new CorpusFixture(dir).bytes("cafe.txt", latin);
        c.charset = Charset.forName("windows-1252");
        c.read();
        assertEquals("Caf\u00e9 reopens", c.doc("cafe.txt").field("title"));
        assertEquals(List.of(new Paragraph("The caf\u00e9 reopened.", 4)), c.doc("cafe.txt").paragraphs());
        assertEquals(List.of(), c.findings);

        c.charset = StandardCharsets.UTF_8; // the same bytes are invalid UTF-8: reported, still read
        c.read();
        assertEquals(List.of("input.encoding cafe.txt:2"), c.findingKeys());
        assertEquals(2, c.findings.get(0).evidence().get("invalidSequences"));
        assertEquals("Caf\uFFFD reopens", c.doc("cafe.txt").field("title"));
    }

    @Test
    void crlfFilesAreReadLikeLfFiles() throws Exception {
        CorpusFixture c = new CorpusFixture(dir).text("w.txt", "---\r\nid: w\r\ntitle: Windows\r\n---\r\nOne.\r\n\r\nTwo.\r\n").read();
        Document d = c.doc("w");
        assertEquals(Map.of("id", "w", "title", "Windows"), d.fields());
        assertEquals(List.of(new Paragraph("One.", 5), new Paragraph("Two.", 7)), d.paragraphs());
    }

    @Test
    void byteOrderMarkIsDropped() throws Exception {
        CorpusFixture c = new CorpusFixture(dir).text("bom.txt", "\uFEFF---\nid: b1\n---\nText.\n").read();
        assertEquals(List.of("b1"), c.ids());
        assertEquals("Text.\n", c.docs.get(0).text());
    }

    @Test
    void frontMatterOnlyIsAMissingTextWarningButTheDocumentIsEmitted() throws Exception {
        CorpusFixture c = new CorpusFixture(dir).text("meta-only.md", "---\nid: m1\ntitle: Placeholder\n---\n\n").read();
        Document d = c.doc("m1");
        assertNull(d.text());
        assertEquals(List.of(), d.paragraphs());
        assertEquals(List.of("input.missing-text meta-only.md:1"), c.findingKeys());
        assertEquals(0, c.findings.get(0).documentIndex());
        assertEquals("m1", c.findings.get(0).document());
    }
}
