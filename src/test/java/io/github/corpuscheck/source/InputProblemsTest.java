package io.github.corpuscheck.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.corpuscheck.api.Document;
import io.github.corpuscheck.api.Finding;
import io.github.corpuscheck.api.Paragraph;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every input.* rule: rule id, file and line, evidence, and that the other documents are still read. */
class InputProblemsTest {

    @TempDir
    Path dir;

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void invalidBytesInATextFileAreReportedAtTheirLineAndTheDocumentIsStillRead() throws Exception {
        CorpusFixture c = new CorpusFixture(dir)
                .bytes("bad.txt", concat(utf8("Line one.\nLine two.\nCaf"), new byte[] {(byte) 0xFF}, utf8(" opened.\n")))
                .text("good.txt", "Fine.\n")
                .read();
        assertEquals(List.of("bad.txt", "good.txt"), c.ids());
        assertEquals(List.of(new Paragraph("Line one.", 1), new Paragraph("Line two.", 2), new Paragraph("Caf\uFFFD opened.", 3)),
                c.doc("bad.txt").paragraphs());
        assertEquals(List.of("input.encoding bad.txt:3"), c.findingKeys());
        Finding f = c.findings.get(0);
        assertEquals(Map.of("byteOffset", 23L, "invalidSequences", 1, "encoding", "UTF-8"), f.evidence());
        assertEquals(0, f.documentIndex());
        assertEquals("Bytes at offset 23 (line 3) are not valid UTF-8; the text was read with 1 replacement character.",
                f.message());
    }

    @Test
    void invalidBytesInAJsonLineSkipThatLineOnly() throws Exception {
        CorpusFixture c = new CorpusFixture(dir)
                .bytes("feed.jsonl", concat(utf8("{\"id\": \"a\", \"text\": \"A.\"}\n{\"id\": \"b\", \"text\": \"B"),
                        new byte[] {(byte) 0xC3, (byte) 0x28}, utf8("\"}\n{\"id\": \"c\", \"text\": \"C.\"}\n")))
                .read();
        assertEquals(List.of("a", "c"), c.ids());
        assertEquals(1, c.doc("c").index());
        assertEquals(3, c.doc("c").line());
        assertEquals(List.of("input.encoding feed.jsonl:2"), c.findingKeys());
        assertEquals(-1, c.findings.get(0).documentIndex());
        assertEquals(22L, c.findings.get(0).evidence().get("byteOffset"));
    }

    @Test
    void jsonLinesInAnotherCharsetAreDecodedFirst() throws Exception {
        CorpusFixture c = new CorpusFixture(dir).bytes("w.jsonl", concat(
                "{\"id\": \"a\", \"text\": \"Caf\u00e9.\"}\n".getBytes(StandardCharsets.ISO_8859_1),
                utf8("{\"id\": \"b\", \"text\": \"X"), new byte[] {(byte) 0x81}, utf8("\"}\n"),
                utf8("{\"id\": \"c\", \"text\": oops}\n{\"id\": \"d\", \"text\": \"D.\"}\n")));
        c.charset = java.nio.charset.Charset.forName("windows-1252");
        c.read();
        assertEquals(List.of("a", "d"), c.ids());
        assertEquals("Caf\u00e9.", c.doc("a").text());
        assertEquals(List.of("input.encoding w.jsonl:2", "input.malformed w.jsonl:3"), c.findingKeys());
        assertEquals("{\"id\": \"c\", \"text\": oops}", c.findings.get(1).evidence().get("snippet"));
    }

    @Test
    void overlongUtf8ThatAParserMightAcceptIsAnEncodingProblem() throws Exception {
        CorpusFixture c = new CorpusFixture(dir).bytes("o.jsonl", concat(
                utf8("{\"id\": \"a\", \"text\": \"A"), new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                utf8("\"}\n{\"id\": \"b\", \"text\": \"B.\"}\n"))).read();
        assertEquals(List.of("b"), c.ids());
        assertEquals(List.of("input.encoding o.jsonl:1"), c.findingKeys());
        assertEquals(22L, c.findings.get(0).evidence().get("byteOffset"));
    }

    @Test
    void malformedLinesAreSkippedAndTheParserResyncsAtTheNextLine() throws Exception {
        CorpusFixture c = new CorpusFixture(dir).text("m.jsonl", "{\"id\": \"a\", \"text\": \"A.\"}\n"
                + "{\"id\": \"b\", \"text\": \"unterminated}\n"
                + "{\"id\": \"c\", \"text\": \"C.\"} trailing\n"
                + "{\"id\": \"d\"}{\"id\": \"e\"}\n"
                + "[1, 2\n"
                + "{\"id\": \"f\", \"text\": \"F.\"}\n").read();
        assertEquals(List.of("a", "f"), c.ids());
        assertEquals(1, c.doc("f").index());
        assertEquals(6, c.doc("f").line());
        assertEquals(List.of("input.malformed m.jsonl:2", "input.malformed m.jsonl:3", "input.malformed m.jsonl:4",
                "input.malformed m.jsonl:5"), c.findingKeys());
        Finding first = c.findings.get(0);
        assertEquals("{\"id\": \"b\", \"text\": \"unterminated}", first.evidence().get("snippet"));
        assertTrue(first.message().startsWith("Line 2 is not valid JSON ("), first.message());
        assertTrue(first.message().endsWith("; the line was skipped."), first.message());
        assertEquals("more than one JSON value on the line", c.findings.get(2).evidence().get("error"));
    }

    @Test
    void longMalformedLinesGiveAnEightyCharacterSnippet() throws Exception {
        String line = "{\"text\": " + "x".repeat(200) + "}";
        CorpusFixture c = new CorpusFixture(dir).text("long.jsonl", line + "\n").read();
        String snippet = (String) c.findings.get(0).evidence().get("snippet");
        assertEquals(80, snippet.length());
        assertEquals(line.substring(0, 79) + "…", snippet);
    }

    @Test
    void aSnippetIsNotCutBetweenTheHalvesOfASurrogatePair() {
        String line = "a".repeat(78) + "\uD83D\uDE00 and more text after the emoji";
        assertEquals("a".repeat(78) + "…", FileProblems.snippet(line));
        assertEquals("a".repeat(77) + "\uD83D\uDE00…", FileProblems.snippet("a".repeat(77) + "\uD83D\uDE00 and more text after"));
    }

    /**
     * Valid UTF-8 cannot hold a surrogate, but a JSON escape can: {@code "\ud800"} without its low half. The record is
     * read with U+FFFD in its place (in values and in keys) and an input.encoding finding says where.
     */
    @Test
    void unpairedSurrogateEscapesAreReplacedAndReported() throws Exception {
        CorpusFixture c = new CorpusFixture(dir).text("s.jsonl",
                "{\"id\": \"s\\udc00\", \"k\\ud800\": \"v\", \"title\": \"\\ud83d\\ude00 pair\", \"text\": \"Body \\ud800\\ud800.\"}\n"
                        + "{\"id\": \"t\", \"text\": \"Fine \\ud83d\\ude00.\"}\n");
        c.read();
        Document s = c.doc("s\uFFFD");
        assertEquals("Body \uFFFD\uFFFD.", s.text());
        assertEquals(Map.of("id", "s\uFFFD", "k\uFFFD", "v", "title", "\uD83D\uDE00 pair"), s.fields());
        assertEquals("Fine \uD83D\uDE00.", c.doc("t").text());
        assertEquals(List.of("input.encoding s.jsonl:1"), c.findingKeys());
        Finding f = c.findings.get(0);
        assertEquals("s\uFFFD", f.document());
        assertEquals("Line 1 has 4 unpaired UTF-16 surrogate escapes (in id, k\uFFFD, text); each was read as U+FFFD.",
                f.message());
        assertEquals(Map.of("reason", "unpaired-surrogate", "fields", List.of("id", "k\uFFFD", "text"), "invalidSequences", 4),
                f.evidence());
    }

    @Test
    void validJsonThatIsNotAnObjectIsReported() throws Exception {
        CorpusFixture c = new CorpusFixture(dir).text("n.jsonl",
                "[\"a\", \"b\"]\n\"just a string\"\n42\n{\"id\": \"ok\", \"text\": \"Ok.\"}\n").read();
        assertEquals(List.of("ok"), c.ids());
        assertEquals(List.of("input.not-object n.jsonl:1", "input.not-object n.jsonl:2", "input.not-object n.jsonl:3"),
                c.findingKeys());
        assertEquals(List.of("array", "string", "number"),
                c.findings.stream().map(f -> f.evidence().get("type")).toList());
        assertEquals("Line 1 holds a JSON array, not an object; the line was skipped.", c.findings.get(0).message());
    }

    @Test
    void emptyFilesAreReportedAndSkipped() throws Exception {
        CorpusFixture c = new CorpusFixture(dir)
                .text("a-empty.txt", "")
                .text("b-blank.md", " \n\t\n")
                .text("c-empty.jsonl", "")
                .text("d-blank.jsonl", "\n  \n")
                .text("d-zero.jsonl.gz", "")
                .text("e-real.txt", "Real text.\n")
                .read();
        assertEquals(List.of("e-real.txt"), c.ids());
        assertEquals(0, c.docs.get(0).index());
        assertEquals(List.of("input.empty-file a-empty.txt:1", "input.empty-file b-blank.md:1",
                "input.empty-file c-empty.jsonl:1", "input.empty-file d-blank.jsonl:1", "input.empty-file d-zero.jsonl.gz:1"),
                c.findingKeys());
        assertEquals("The file is empty (0 bytes).", c.findings.get(0).message());
        assertEquals("The file holds only whitespace (4 bytes).", c.findings.get(1).message());
        assertEquals("The file holds only whitespace (4 bytes).", c.findings.get(3).message());
    }

    @Test
    void binaryFilesAreSkipped() throws Exception {
        CorpusFixture c = new CorpusFixture(dir)
                .bytes("img.txt", concat(utf8("GIF89a\n\n"), new byte[] {0, 1, 2}))
                .bytes("blob.jsonl", concat(utf8("{\"id\": \"x\"}\n"), new byte[] {0}))
                .text("ok.txt", "Words.\n")
                .read();
        assertEquals(List.of("ok.txt"), c.ids());
        assertEquals(List.of("input.binary blob.jsonl:2", "input.binary img.txt:3"), c.findingKeys());
        assertEquals(8L, c.findings.get(1).evidence().get("nulOffset"));
    }

    @Test
    void textFilesOverTheSizeLimitAreSkippedButJsonLinesAreStreamed() throws Exception {
        StringBuilder jsonl = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            jsonl.append("{\"id\": \"j").append(i).append("\", \"text\": \"Text number ").append(i).append(".\"}\n");
        }
        CorpusFixture c = new CorpusFixture(dir)
                .text("big.txt", "y".repeat(150))
                .text("small.txt", "Short.\n")
                .text("stream.jsonl", jsonl.toString());
        c.maxFileSize = 100;
        c.read();
        assertEquals(List.of("small.txt", "j0", "j1", "j2", "j3", "j4", "j5", "j6", "j7", "j8", "j9"), c.ids());
        assertEquals(List.of("input.too-large big.txt:1"), c.findingKeys());
        assertEquals(Map.of("bytes", 150L, "maxFileSize", 100L), c.findings.get(0).evidence());
        assertEquals("The file has 150 bytes, more than maxFileSize 100; it was skipped.", c.findings.get(0).message());
    }

    @Test
    void aFileThatCannotBeOpenedIsUnreadableWithoutItsAbsolutePath() throws Exception {
        CorpusFixture c = new CorpusFixture(dir).text("a.txt", "Gone soon.\n").text("b.txt", "Stays.\n");
        CorpusReader reader = new CorpusReader(c.options());
        List<String> keys = new java.util.ArrayList<>();
        List<Finding> found = new java.util.ArrayList<>();
        List<Document> docs = new java.util.ArrayList<>();
        // Listed, then deleted before it is opened: the walk sees it, reading it fails.
        reader.read(d -> {}, b -> {});
        Files.delete(dir.resolve("a.txt"));
        Files.createSymbolicLink(dir.resolve("a.txt"), dir.resolve("missing-target.txt"));
        reader.read(docs::add, b -> found.add(b.build()));
        found.forEach(f -> keys.add(f.ruleId() + " " + f.file() + ":" + f.line()));
        assertEquals(List.of("input.unreadable a.txt:1"), keys);
        assertEquals("The file could not be read (NoSuchFileException).", found.get(0).message());
        assertEquals(List.of("b.txt"), docs.stream().map(Document::id).toList());
        assertEquals(0, docs.get(0).index());
    }

    @Test
    void aLinkCycleIsReportedOnceAndTheRestIsRead() throws Exception {
        CorpusFixture c = new CorpusFixture(dir).text("sub/a.txt", "Inside.\n");
        Files.createSymbolicLink(dir.resolve("sub/back"), dir);
        c.read();
        assertEquals(List.of("sub/a.txt"), c.ids());
        assertEquals(List.of("input.unreadable sub/back:1"), c.findingKeys());
        assertEquals("The file could not be read (FileSystemLoopException).", c.findings.get(0).message());
    }

    @Test
    void corruptGzipIsUnreadableAfterTheDocumentsBeforeTheDamage() throws Exception {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= 2000; i++) {
            sb.append("{\"id\": \"z").append(i).append("\", \"text\": \"Entry ").append(i)
                    .append(" of a long feed with some words to compress.\"}\n");
        }
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(utf8(sb.toString()));
        }
        byte[] all = gz.toByteArray();
        CorpusFixture c = new CorpusFixture(dir)
                .bytes("cut.jsonl.gz", Arrays.copyOf(all, all.length / 2))
                .bytes("fake.jsonl.gz", utf8("{\"id\": \"plain\"}\n"))
                .text("next.txt", "Still read.\n")
                .read();
        List<String> keys = c.findingKeys();
        assertEquals(2, keys.size());
        Finding cut = c.findings.get(0);
        assertEquals("input.unreadable", cut.ruleId());
        assertEquals("cut.jsonl.gz", cut.file());
        int docsBeforeDamage = c.docs.size() - 1;
        assertTrue(docsBeforeDamage > 100 && docsBeforeDamage < 2000, "read " + docsBeforeDamage);
        assertEquals(docsBeforeDamage + 1, cut.line());
        assertEquals("z" + docsBeforeDamage, c.docs.get(docsBeforeDamage - 1).id());
        assertEquals("input.unreadable fake.jsonl.gz:1", keys.get(1));
        assertEquals("The file could not be read (ZipException: Not in GZIP format).", c.findings.get(1).message());
        Document last = c.docs.get(c.docs.size() - 1);
        assertEquals("next.txt", last.id());
        assertEquals(docsBeforeDamage, last.index());
    }
}
