package io.github.corpuscheck.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.corpuscheck.api.Finding;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
}
