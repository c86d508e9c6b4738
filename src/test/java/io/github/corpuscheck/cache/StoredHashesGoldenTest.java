package io.github.corpuscheck.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.corpuscheck.api.Document;
import io.github.corpuscheck.api.Paragraph;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden values of the keys the incremental cache stores and compares with the next run's: a corpus file's content
 * hash, a document's content key, the {@link CorpusMemo} keys of values about documents and the checksum of a
 * block of the file ({@link CacheBlocks}). The literals were
 * computed once and must never be edited: a failure means a cache written before the change would be read with
 * another meaning (unchanged files seen as changed, or worse, memo values found under the keys of other content).
 * If the change is intended, bump {@code CacheFile.FORMAT} so old caches are discarded, and only then update the
 * literals.
 */
class StoredHashesGoldenTest {

    @Test
    void documentContentKey() {
        Map<String, String> fields = new TreeMap<>();
        fields.put("date", "2023-09-04");
        fields.put("title", "Northport container traffic rises");
        fields.put("url", null);
        String first = "Harbour authorities in Northport said traffic rose.";
        String second = "Le café a rouvert à Genève.";
        Document doc = new Document(0, "np-1", "np.txt", 1, fields, first + "\n\n" + second, 3,
                List.of(new Paragraph(first, 3), new Paragraph(second, 5)));
        assertEquals(0xb0ff50e8402acce5L, CorpusMemo.documentKey(doc));
    }

    @Test
    void memoKeysOfOneDocumentAndOfAPair() {
        CorpusMemo memo = new CorpusMemo(CorpusMemo.Stored.EMPTY, true);
        memo.setDocumentKey(0, 0x0123456789abcdefL);
        memo.setDocumentKey(1, 0x7edcba9876543210L);
        assertEquals(0x6d77ae74babf6868L, memo.key("truncation.ending", 0));
        assertEquals(0x1d3b9a2065f9fa08L, memo.key("duplicate.pair-scores", 0, 1));
    }

    @Test
    void corpusFileContentHash(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("np.txt");
        Files.write(file, "Harbour authorities in Northport said traffic rose.\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(0x2a821f3015c88d0cL, IncrementalCache.hash(file));
    }

    @Test
    void blockChecksum() {
        byte[] payload = "Harbour authorities in Northport said traffic rose.".getBytes(StandardCharsets.UTF_8);
        assertEquals(0xd492925fc9157facL, CacheBlocks.checksum(3, payload, payload.length));
        assertEquals(0x7ea3f743cde40843L, CacheBlocks.checksum(4, new byte[0], 0), "the end block");
    }
}
