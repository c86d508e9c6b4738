package io.github.corpuscheck.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.corpuscheck.api.Document;
import io.github.corpuscheck.api.Paragraph;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** JSON Lines: field mapping (keys and pointers), value rendering, ids, gzip. */
class JsonLinesTest {

    @TempDir
    Path dir;

    @Test
    void defaultMappingReadsTopLevelKeysAndKeepsOtherScalars() throws Exception {
        CorpusFixture c = new CorpusFixture(dir).text("wire.jsonl",
                "{\"id\": \"w1\", \"title\": \"TIN PRICES EASE\", \"date\": \" 3-MAR-1988 10:01:02.00\","
                        + " \"text\": \"Tin prices eased\\nin London.\\n    Dealers cited\\nthin trade.\\n\","
                        + " \"topics\": [\"tin\"], \"split\": \"TRAIN\", \"meta\": {\"desk\": \"metals\"}}\n"
                        + "\n"
                        + "{\"id\": 17, \"text\": \"Second story.\", \"urgent\": true, \"source\": null}\n").read();
        Document w1 = c.doc("w1");
        assertEquals(0, w1.index());
        assertEquals(1, w1.line());
        assertEquals(1, w1.textLine());
        assertEquals(Map.of("id", "w1", "title", "TIN PRICES EASE", "date", " 3-MAR-1988 10:01:02.00", "split", "TRAIN"),
                w1.fields());
        assertEquals("Tin prices eased\nin London.\n    Dealers cited\nthin trade.\n", w1.text());
        assertEquals(List.of(new Paragraph("Tin prices eased in London.", 1), new Paragraph("Dealers cited thin trade.", 1)),
                w1.paragraphs());
        Document second = c.doc("17");
        assertEquals(1, second.index());
        assertEquals(3, second.line());
        assertEquals(Map.of("id", "17", "urgent", "true"), second.fields());
        assertEquals(List.of(), c.findings);
    }

    @Test
    void pointersAndRenamedKeysMapLogicalFields() throws Exception {
        CorpusFixture c = new CorpusFixture(dir).text("feed.ndjson",
                "{\"uid\": 9001, \"body\": \"Story body.\", \"text\": \"not the body\", \"meta\": {\"date\": \"2024-01-05\","
                        + " \"score\": 4.50, \"tags\": [\"a\", {\"k\": 1}]}, \"authors\": [\"Ann Lee\", \"Bo Chan\"]}\n");
        c.fields = Map.of("id", "uid", "text", "body", "date", "/meta/date", "score", "/meta/score",
                "tagobj", "/meta/tags/1", "author", "/authors/0", "byline", "authors");
        c.read();
        Document d = c.doc("9001");
        assertEquals("Story body.", d.text());
        assertEquals(Map.of("id", "9001", "date", "2024-01-05", "score", "4.50", "tagobj", "{\"k\":1}",
                "author", "Ann Lee", "byline", "[\"Ann Lee\",\"Bo Chan\"]"), d.fields());
    }

    @Test
    void pointerEscapesAndCrlfAndByteOrderMark() throws Exception {
        CorpusFixture c = new CorpusFixture(dir).text("e.jsonl",
                "\uFEFF{\"id\": \"e1\", \"a/b\": {\"c~d\": \"deep\"}, \"text\": \"E.\"}\r\n{\"id\": \"e2\", \"text\": \"F.\"}\r\n");
        c.fields = Map.of("source", "/a~1b/c~0d");
        c.read();
        assertEquals(List.of("e1", "e2"), c.ids());
        assertEquals("deep", c.doc("e1").field("source"));
        assertEquals(2, c.doc("e2").line());
        assertEquals(List.of(), c.findings);
    }

    @Test
    void idFallsBackToPathAndLine() throws Exception {
        CorpusFixture c = new CorpusFixture(dir).text("sub/a.jsonl",
                "{\"text\": \"One.\"}\n{\"id\": \"  \", \"text\": \"Two.\"}\n").read();
        assertEquals(List.of("sub/a.jsonl:1", "sub/a.jsonl:2"), c.ids());
    }

    @Test
    void gzipIsStreamed() throws Exception {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= 3000; i++) {
            sb.append("{\"id\": \"g").append(i).append("\", \"text\": \"Line number ").append(i).append(".\"}\n");
        }
        CorpusFixture c = new CorpusFixture(dir).gzip("big.jsonl.gz", sb.toString()).read();
        assertEquals(3000, c.docs.size());
        Document last = c.docs.get(2999);
        assertEquals("g3000", last.id());
        assertEquals(3000, last.line());
        assertEquals(List.of(new Paragraph("Line number 3000.", 3000)), last.paragraphs());
        assertEquals(List.of(), c.findings);
    }

    @Test
    void missingAndBlankTextsAreWarningsAndTheDocumentsStay() throws Exception {
        CorpusFixture c = new CorpusFixture(dir).text("m.jsonl",
                "{\"id\": \"a\", \"title\": \"BRIEF\"}\n{\"id\": \"b\", \"text\": \" \\n \"}\n{\"id\": \"c\", \"text\": \"Fine.\"}\n")
                .read();
        assertEquals(List.of("a", "b", "c"), c.ids());
        assertNull(c.doc("a").text());
        assertNull(c.doc("b").text());
        assertEquals(List.of("input.missing-text m.jsonl:1", "input.missing-text m.jsonl:2"), c.findingKeys());
        assertEquals("absent", c.findings.get(0).evidence().get("reason"));
        assertEquals("blank", c.findings.get(1).evidence().get("reason"));
        assertEquals("a", c.findings.get(0).document());
        assertEquals(1, c.findings.get(1).documentIndex());
    }
}
