package io.github.corpuscheck.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.corpuscheck.source.CorpusReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MemoryEstimateTest {

    private static final long MB = 1L << 20;
    private static final long MAX_FILE_SIZE = 64 * MB;

    @TempDir
    Path dir;

    /** A JSON Lines line of exactly {@code length} bytes with its newline. */
    private static String line(int i, int length) {
        String start = "{\"id\":\"n" + i + "\",\"text\":\"";
        return start + "x".repeat(length - start.length() - 3) + "\"}\n";
    }

    private Path jsonLines(String name, int lines, int length) throws Exception {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lines; i++) {
            sb.append(line(i, length));
        }
        return Files.writeString(dir.resolve(name), sb);
    }

    private static CorpusReader.Listing listing(List<String> files, long[] sizes, int... jsonLines) {
        BitSet b = new BitSet();
        for (int i : jsonLines) {
            b.set(i);
        }
        return new CorpusReader.Listing(files, sizes, b);
    }

    @Test
    void textFilesAreOneDocumentEachAndTheLargestIsHeldTwice() {
        // An empty file and one over maxFileSize give no document.
        CorpusReader.Listing l = listing(List.of("a.txt", "b.txt", "empty.txt", "huge.txt"),
                new long[] {1000, 3000, 0, MAX_FILE_SIZE + 1});

        MemoryEstimate cold = MemoryEstimate.of(l, dir, MAX_FILE_SIZE, false, 0, 2);
        assertEquals(2, cold.documents());
        assertEquals(MemoryEstimate.BASE + 2 * MemoryEstimate.PER_DOCUMENT + 2 * 2000 + 2 * 3000, cold.heap());
        assertEquals(1000 + 3000 + MAX_FILE_SIZE + 1, cold.bytes());

        MemoryEstimate cached = MemoryEstimate.of(l, dir, MAX_FILE_SIZE, true, 5 * MB, 2);
        assertEquals(cold.heap() + 2 * MemoryEstimate.PER_CACHED_DOCUMENT + 5 * MB, cached.heap());
    }

    @Test
    void jsonLinesDocumentsAreCountedFromTheHeadOfTheFileHalved() throws Exception {
        Path file = jsonLines("news.jsonl", 1000, 500);
        MemoryEstimate e = MemoryEstimate.of(listing(List.of("news.jsonl"), new long[] {Files.size(file)}, 0), dir,
                MAX_FILE_SIZE, false, 0, 1);
        // 64 KB sampled: 131 whole lines of 500 bytes; 500,000 bytes / (500 * 2)
        assertEquals(500, e.documents());
    }

    @Test
    void aCompressedFileIsCountedByItsCompressedSize() throws Exception {
        Path file = dir.resolve("news.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            for (int i = 0; i < 1000; i++) {
                out.write(line(i, 500).getBytes(StandardCharsets.UTF_8));
            }
        }
        long size = Files.size(file);
        MemoryEstimate e = MemoryEstimate.of(listing(List.of("news.jsonl.gz"), new long[] {size}, 0), dir,
                MAX_FILE_SIZE, false, 0, 1);
        assertEquals(size / 1000, e.documents());
        assertTrue(e.documents() < 100, "fewer than the 1000 lines: " + e.documents());
    }

    /**
     * The benchmark's corpus (bench/run.sh 100000: 100,000 articles, 280,602,389 bytes of JSON Lines, lines of 2.8 KB
     * on average) ran with -Xmx1g, and completed without the cache with 104 MB, with the cache with 448 MB: the
     * estimate must stay below what it needed.
     */
    @Test
    void theBenchmarkCorpusFitsTheHeapsItRanWith() throws Exception {
        jsonLines("news.jsonl", 100, 2806); // the head; the listing gives the whole file's size
        CorpusReader.Listing bench = listing(List.of("news.jsonl"), new long[] {280_602_389L}, 0);

        MemoryEstimate cold = MemoryEstimate.of(bench, dir, MAX_FILE_SIZE, false, 0, 2);
        MemoryEstimate cached = MemoryEstimate.of(bench, dir, MAX_FILE_SIZE, true, 0, 2);
        MemoryEstimate manyThreads = MemoryEstimate.of(bench, dir, MAX_FILE_SIZE, true, 0, RunOptions.MAX_THREADS);

        assertEquals(50_000, cold.documents());
        assertTrue(cold.heap() < 96 * MB, cold.heap() / MB + " MB");
        assertTrue(cached.heap() < 320 * MB, cached.heap() / MB + " MB");
        assertFalse(manyThreads.tooLargeFor(1024 * MB), manyThreads.heap() / MB + " MB");
        // The same corpus did run out of memory at 96 MB without the cache, at 320 MB with it.
    }

    /**
     * 200,000 one-article files of the benchmark's articles (544 MB) needed more than 144 MB without the cache and
     * more than 512 MB with it; at 256 MB a first run with the cache is refused before reading.
     */
    @Test
    void manyArticleFilesNeedMoreThanTheirMeasuredMinimumNever() {
        List<String> files = new ArrayList<>();
        long[] sizes = new long[200_000];
        for (int i = 0; i < sizes.length; i++) {
            files.add(String.format("%03d/%06d.txt", i / 1000, i));
            sizes[i] = 2720;
        }
        CorpusReader.Listing articles = listing(files, sizes);

        MemoryEstimate cold = MemoryEstimate.of(articles, dir, MAX_FILE_SIZE, false, 0, 2);
        MemoryEstimate cached = MemoryEstimate.of(articles, dir, MAX_FILE_SIZE, true, 0, 2);

        assertTrue(cold.heap() < 144 * MB, cold.heap() / MB + " MB");
        assertTrue(cached.heap() < 512 * MB, cached.heap() / MB + " MB");
        assertTrue(cached.tooLargeFor(256 * MB));
        assertEquals("Not enough memory for this corpus of 200,000 files (518 MB, about 200,000 documents): it needs"
                + " an estimated 406 MB of Java heap or more, and this Java may use at most 256 MB. Give Java more"
                + " memory: for Maven, MAVEN_OPTS=-Xmx1280m (an environment variable, or a line -Xmx1280m in"
                + " .mvn/jvm.config); for the command line, java -Xmx1280m -jar ….", cached.message(256 * MB));
        // At 400 MB three times the estimate without the cache fits: the message offers that too.
        assertTrue(cached.message(400 * MB).endsWith(" Or switch the incremental cache off (-Dcorpus.cache=false,"
                + " --cache false): the estimate without it is 100 MB."), cached.message(400 * MB));
    }

    @Test
    void heapSizesReadAsPeopleAndJavaWriteThem() {
        assertEquals("256m", MemoryEstimate.xmx(1));
        assertEquals("768m", MemoryEstimate.xmx(700 * MB));
        assertEquals("1g", MemoryEstimate.xmx(1024 * MB));
        assertEquals("1280m", MemoryEstimate.xmx(1025 * MB));
        assertEquals("3 KB", MemoryEstimate.size(2100));
        assertEquals("518 MB", MemoryEstimate.size(544_000_000));
        assertEquals("2.6 GB", MemoryEstimate.size(2_806_023_890L));
        assertEquals("12 GB", MemoryEstimate.size(13_000_000_000L));
    }
}
