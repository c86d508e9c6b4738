package io.github.corpuscheck.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.corpuscheck.api.Document;
import io.github.corpuscheck.api.Finding;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.lang.management.ManagementFactory;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Input built to hurt: huge lines, odd names, wrong sizes, other encodings, duplicate keys. */
class HostileInputTest {

    @TempDir
    Path dir;

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** One gzip member holding {@code bytes}. */
    private static byte[] gzipMember(byte[] bytes) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    /**
     * A gzip file whose second line is {@code megabytes} MiB long: a few hundred kilobytes on disk, written as
     * concatenated gzip members (one line start, the same compressed MiB of 'x' again and again, the line end and a
     * third line), which a gzip reader reads as one stream.
     */
    private static void gzipWithLongLine(Path file, int megabytes) throws Exception {
        byte[] chunk = new byte[1 << 20];
        java.util.Arrays.fill(chunk, (byte) 'x');
        byte[] compressedChunk = gzipMember(chunk);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(gzipMember(utf8("{\"id\": \"a\", \"text\": \"Before.\"}\n{\"id\": \"long\", \"text\": \"")));
            for (int i = 0; i < megabytes; i++) {
                out.write(compressedChunk);
            }
            out.write(gzipMember(utf8("\"}\n{\"id\": \"c\", \"text\": \"After.\"}\n")));
        }
    }

    private static final int LONG_LINE_REST = "{\"id\": \"long\", \"text\": \"\"}".length();

    @Test
    void aLineOverMaxLineSizeInAGzipIsSkippedQuicklyAndReadingGoesOn() throws Exception {
        Path file = dir.resolve("feed.jsonl.gz");
        gzipWithLongLine(file, 200);
        assertTrue(Files.size(file) < 1_000_000, "compressed " + Files.size(file));
        long start = System.nanoTime();
        CorpusFixture c = new CorpusFixture(dir).read();
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(List.of("a", "c"), c.ids());
        assertEquals(List.of("input.too-large feed.jsonl.gz:2"), c.findingKeys());
        Finding f = c.findings.get(0);
        long length = 200L * (1 << 20) + LONG_LINE_REST;
        assertEquals("Line 2 has " + length + " bytes, more than maxLineSize 67108864; the line was skipped.", f.message());
        assertEquals(Map.of("bytes", length, "maxLineSize", 67108864L), f.evidence());
        assertTrue(millis < 20_000, millis + " ms");
    }

    @Test
    void aLongLineCostsMemoryUpToTheLimitOnly() throws Exception {
        gzipWithLongLine(dir.resolve("feed.jsonl.gz"), 64);
        CorpusFixture c = new CorpusFixture(dir);
        c.maxLineSize = 1 << 20;
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        c.read();
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertEquals(List.of("a", "c"), c.ids());
        assertEquals(List.of("input.too-large feed.jsonl.gz:2"), c.findingKeys());
        assertEquals(64L * (1 << 20) + LONG_LINE_REST, c.findings.get(0).evidence().get("bytes"));
        // The 64 MiB line is never held: the line buffer stops at 1 MiB.
        assertTrue(allocated < 16 << 20, allocated + " bytes allocated");
    }

    @Test
    void aStringAsLongAsItsLineIsRead() throws Exception {
        String text = "Long. ".repeat(5_000_000); // 30 million characters: over Jackson's default limit of 20 million
        CorpusFixture c = new CorpusFixture(dir).text("big.jsonl", "{\"id\": \"big\", \"text\": \"" + text + "\"}\n").read();
        assertEquals(List.of(), c.findingKeys());
        assertEquals(text, c.doc("big").text());
    }

    @Test
    void aFileNameWithABackslashIsRead() throws Exception {
        CorpusFixture c = new CorpusFixture(dir).text("back\\slash.txt", "Words in a file.\n")
                .text("sub/x\\y.jsonl", "{\"id\": \"j\", \"text\": \"Line.\"}\n").read();
        assertEquals(List.of(), c.findingKeys());
        assertEquals(List.of("back\\slash.txt", "j"), c.ids());
        assertEquals("sub/x\\y.jsonl", c.doc("j").file());
    }

    @Test
    void aTextFileTooBigForMemoryButUnderMaxFileSizeSaysSo() throws Exception {
        Path sparse = dir.resolve("huge.txt");
        long size = 3L * 1024 * 1024 * 1024 + 5;
        try (RandomAccessFile f = new RandomAccessFile(sparse.toFile(), "rw")) {
            f.setLength(size);
        }
        CorpusFixture c = new CorpusFixture(dir).text("ok.txt", "Fine.\n");
        c.maxFileSize = 10_000_000_000L;
        c.read();
        assertEquals(List.of("ok.txt"), c.ids());
        assertEquals(List.of("input.too-large huge.txt:1"), c.findingKeys());
        Finding f = c.findings.get(0);
        assertEquals("The file has 3221225477 bytes, more than the 2147483631 bytes one text article can hold (maxFileSize is "
                + "10000000000); it was skipped.", f.message());
        assertEquals(Map.of("bytes", size, "maxFileSize", 10_000_000_000L, "maxTextBytes", 2147483631L), f.evidence());
    }

    @Test
    void anEmptyGzipSaysItHoldsNoDataAfterDecompression() throws Exception {
        CorpusFixture c = new CorpusFixture(dir).gzip("empty.jsonl.gz", "").gzip("blank.jsonl.gz", " \n\n")
                .gzip("empty.txt.gz", "");
        c.includes = List.of("*.gz");
        c.read();
        assertEquals(List.of("input.empty-file blank.jsonl.gz:1", "input.empty-file empty.jsonl.gz:1",
                "input.empty-file empty.txt.gz:1"), c.findingKeys());
        long size = Files.size(dir.resolve("empty.jsonl.gz"));
        assertEquals(20, size);
        assertEquals("The file holds only whitespace after decompression (3 bytes).", c.findings.get(0).message());
        assertEquals("The file holds no data after decompression (20 bytes compressed).", c.findings.get(1).message());
        assertEquals("The file holds no data after decompression (20 bytes compressed).", c.findings.get(2).message());
        assertEquals(Map.of("bytes", 0L, "compressedBytes", 20L), c.findings.get(1).evidence());
    }

    private static byte[] withBom(String text, Charset charset, int... bom) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int b : bom) {
            out.write(b);
        }
        out.writeBytes(text.getBytes(charset));
        return out.toByteArray();
    }

    @Test
    void textFilesWithAUtf16OrUtf32ByteOrderMarkAreDecodedByIt() throws Exception {
        String text = "---\ndate: 2024-05-02\n---\nGrüße aus Köln – 𝄞.\n";
        CorpusFixture c = new CorpusFixture(dir)
                .bytes("a-16le.txt", withBom(text, StandardCharsets.UTF_16LE, 0xFF, 0xFE))
                .bytes("b-16be.txt", withBom(text, StandardCharsets.UTF_16BE, 0xFE, 0xFF))
                .bytes("c-32le.txt", withBom(text, Charset.forName("UTF-32LE"), 0xFF, 0xFE, 0, 0))
                .bytes("d-32be.txt", withBom(text, Charset.forName("UTF-32BE"), 0, 0, 0xFE, 0xFF))
                .read();
        assertEquals(List.of(), c.findingKeys());
        assertEquals(List.of("a-16le.txt", "b-16be.txt", "c-32le.txt", "d-32be.txt"), c.ids());
        for (Document d : c.docs) {
            assertEquals("Grüße aus Köln – 𝄞.\n", d.text(), d.id());
            assertEquals(Map.of("date", "2024-05-02"), d.fields());
            assertEquals(4, d.textLine());
        }
    }

    @Test
    void jsonLinesWithAUtf16ByteOrderMarkAreDecodedAndReread() throws Exception {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= 300; i++) {
            sb.append("{\"id\": \"u").append(i).append("\", \"text\": \"Ĉ story ").append(i).append(" – ")
                    .append("é".repeat(400)).append(".\"}\n");
        }
        CorpusFixture c = new CorpusFixture(dir).bytes("w16.jsonl", withBom(sb.toString(), StandardCharsets.UTF_16LE, 0xFF, 0xFE))
                .read();
        assertEquals(300, c.docs.size());
        assertEquals(List.of(), c.findingKeys());
        assertEquals("Ĉ story 7 – " + "é".repeat(400) + ".", c.doc("u7").text());
        assertEquals(7, c.doc("u7").line());
        BitSet wanted = new BitSet();
        wanted.set(0);
        wanted.set(250);
        List<Document> again = new ArrayList<>();
        c.reader.reread(wanted, again::add);
        assertEquals(List.of(c.docs.get(0), c.docs.get(250)), again);
    }

    @Test
    void aDuplicateKeyMakesTheLineMalformedNamingTheKey() throws Exception {
        CorpusFixture c = new CorpusFixture(dir).text("d.jsonl", "{\"id\": \"a\", \"text\": \"One.\", \"text\": \"Two.\"}\n"
                + "{\"id\": \"b\", \"text\": \"B.\", \"meta\": {\"date\": \"2024-01-01\", \"date\": \"2024-01-02\"}}\n"
                + "{\"id\": \"c\", \"text\": \"C.\", \"extra\": {\"k\": 1, \"k\": 2}}\n");
        c.fields = Map.of("date", "/meta/date");
        c.read();
        // Objects the reader reads are checked (the line's object, /meta on the mapped path); unread ones (extra) not.
        assertEquals(List.of("c"), c.ids());
        assertEquals(List.of("input.malformed d.jsonl:1", "input.malformed d.jsonl:2"), c.findingKeys());
        assertEquals("Line 1 is not valid JSON (duplicate key 'text' at column 29); the line was skipped.",
                c.findings.get(0).message());
        assertEquals("duplicate key 'date'", c.findings.get(1).evidence().get("error"));
    }

    @Test
    void badUtf16InAJsonLineIsAnEncodingProblemOfThatLine() throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(0xFF);
        b.write(0xFE);
        b.writeBytes("{\"id\": \"a\", \"text\": \"A.\"}\n{\"id\": \"b\", \"text\": \"B".getBytes(StandardCharsets.UTF_16LE));
        b.write(0x00); // a lone high surrogate, U+D800
        b.write(0xD8);
        b.writeBytes("\"}\n{\"id\": \"c\", \"text\": \"C.\"}\n".getBytes(StandardCharsets.UTF_16LE));
        CorpusFixture c = new CorpusFixture(dir).bytes("bad16.jsonl", b.toByteArray()).read();
        assertEquals(List.of("a", "c"), c.ids());
        assertEquals(List.of("input.encoding bad16.jsonl:2"), c.findingKeys());
        // The offset counts the line's bytes as UTF-8, into which the file was re-encoded.
        assertEquals(Map.of("byteOffset", 22L, "invalidSequences", 1, "encoding", "UTF-8"), c.findings.get(0).evidence());
    }

    @Test
    void jsonLinesInAConfiguredWideEncodingAreSplitIntoLinesCorrectly() throws Exception {
        // U+010A is the bytes 0A 01 in UTF-16LE: cutting lines at the byte 0A broke such files.
        String text = "{\"id\": \"a\", \"text\": \"\u010A one.\"}\n{\"id\": \"b\", \"text\": \"Two \u0A0A.\"}\n";
        CorpusFixture c = new CorpusFixture(dir).bytes("w.jsonl", text.getBytes(StandardCharsets.UTF_16LE))
                .gzip("z.jsonl.gz", "{\"id\": \"z\", \"text\": \"Plain.\"}\n");
        c.charset = StandardCharsets.UTF_16LE;
        c.includes = List.of("w.jsonl");
        c.read();
        assertEquals(List.of(), c.findingKeys());
        assertEquals(List.of("a", "b"), c.ids());
        assertEquals("\u010A one.", c.doc("a").text());
        assertEquals("Two \u0A0A.", c.doc("b").text());
    }
}
