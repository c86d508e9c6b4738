package io.github.corpuscheck.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.corpuscheck.api.Finding;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Input built to hurt: huge lines, odd names, wrong sizes, other encodings, duplicate keys. */
class HostileInputTest {

    @TempDir
    Path dir;

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
