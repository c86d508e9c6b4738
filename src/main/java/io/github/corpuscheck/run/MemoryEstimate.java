package io.github.corpuscheck.run;

import io.github.corpuscheck.source.CorpusReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * The Java heap a run needs at least, estimated before reading from what listing the corpus tells (files, sizes,
 * formats) plus the head of the largest JSON Lines files. Meant to stop a run that cannot finish before it spends
 * minutes on the way to an {@link OutOfMemoryError}, never to stop one that would: every part is a low estimate,
 * and a run is refused only when the heap is below it.
 *
 * <p>What stays in memory until the corpus phase is compact per-document state (ids, hashes, signatures, offsets in
 * primitive arrays: about 100 bytes plus 8 per paragraph for the duplicate check alone, see docs/duplicates.md), the
 * incremental cache's entries while it is written (each document's findings and check states) or after it is
 * loaded, the documents in flight to the worker threads and the text of the file being read. Measured on synthetic
 * news articles of 2–3 KB (the benchmark's), all standard checks, with the command line: without the cache,
 * 100,000 documents in one JSON Lines file need a heap between 96 and 104 MB, 300,000 between 200 and 240 MB (about
 * 600 bytes a document), 200,000 one-article files between 144 and 240 MB; with the cache, a first run of those
 * 100,000 needs between 320 and 448 MB, of the 200,000 files between 512 and 768 MB (about 3 KB a document). The
 * estimate takes {@link #PER_DOCUMENT} and {@link #PER_CACHED_DOCUMENT} bytes a document, well below those slopes.
 */
public final class MemoryEstimate {

    /** Fixed heap of a run: the JVM's and the front end's own objects, the checks' tables, buffers. */
    static final long BASE = 24L << 20;
    /** Heap per document that lives until the end of the corpus phase: well below the measured 600. */
    static final long PER_DOCUMENT = 400;
    /** Heap per document the incremental cache adds to a run that writes it: well below the measured 2.5 KB. */
    static final long PER_CACHED_DOCUMENT = 1600;
    /** Documents a worker thread has in flight: two batches of the engine's 64. */
    static final int IN_FLIGHT_PER_THREAD = 128;
    /** A text file is held as bytes and as a string at once. */
    static final int TEXT_COPIES = 2;
    /** JSON Lines files whose first lines are sampled to estimate their documents (the largest ones). */
    static final int SAMPLED_FILES = 16;
    /** Bytes read (after decompression) from the head of each sampled file. */
    static final int SAMPLE_BYTES = 64 << 10;
    /**
     * The average line of a sample is doubled: the head of a file need not be typical. Compressed files are
     * counted by their compressed size, fewer documents still.
     */
    static final int LINE_SAFETY = 2;

    private final long documents;
    private final long files;
    private final long bytes;
    private final long heap;
    /** The estimate without the incremental cache; equal to {@link #heap} when the run keeps none. */
    private final long heapWithoutCache;

    private MemoryEstimate(long documents, long files, long bytes, long heap, long heapWithoutCache) {
        this.documents = documents;
        this.files = files;
        this.bytes = bytes;
        this.heap = heap;
        this.heapWithoutCache = heapWithoutCache;
    }

    /**
     * The estimate for a listed corpus.
     *
     * @param directory the corpus folder the listing is relative to
     * @param maxFileSize text files above it are skipped, not read
     * @param cache whether the run keeps an incremental cache
     * @param cacheBytes size of the incremental cache file the run will load, 0 when none
     * @param threads the run's worker threads
     */
    public static MemoryEstimate of(CorpusReader.Listing listing, Path directory, long maxFileSize, boolean cache,
            long cacheBytes, int threads) {
        long documents = 0;
        long bytes = 0;
        long readBytes = 0;
        long largestText = 0;
        List<Integer> jsonLines = new ArrayList<>();
        for (int i = 0; i < listing.files().size(); i++) {
            long size = listing.sizes()[i];
            bytes += size;
            if (listing.jsonLines().get(i)) {
                jsonLines.add(i);
            } else if (size > 0 && size <= maxFileSize) {
                documents++;
                readBytes += size;
                largestText = Math.max(largestText, size);
            }
        }
        // The largest JSON Lines files tell their average line by their head; the others take the pooled average.
        jsonLines.sort(Comparator.comparingLong((Integer i) -> listing.sizes()[i]).reversed());
        long sampledBytes = 0;
        long sampledLines = 0;
        long[] lineBytes = new long[jsonLines.size()];
        for (int k = 0; k < jsonLines.size() && k < SAMPLED_FILES; k++) {
            String file = listing.files().get(jsonLines.get(k));
            long[] sample = sample(directory.resolve(file), file.endsWith(".gz"));
            if (sample[1] > 0) {
                lineBytes[k] = Math.max(1, sample[0] / sample[1]);
                sampledBytes += sample[0];
                sampledLines += sample[1];
            }
        }
        long pooled = sampledLines == 0 ? SAMPLE_BYTES : Math.max(1, sampledBytes / sampledLines);
        for (int k = 0; k < jsonLines.size(); k++) {
            long line = lineBytes[k] > 0 ? lineBytes[k] : pooled;
            long size = listing.sizes()[jsonLines.get(k)];
            documents += size / (line * LINE_SAFETY);
            readBytes += size;
        }
        long averageDocument = documents == 0 ? 0 : readBytes / documents;
        long inFlight = Math.min(documents, (long) IN_FLIGHT_PER_THREAD * Math.max(1, threads)) * averageDocument;
        long withoutCache = BASE + documents * PER_DOCUMENT + inFlight + TEXT_COPIES * largestText;
        long heap = cache ? withoutCache + documents * PER_CACHED_DOCUMENT + cacheBytes : withoutCache;
        return new MemoryEstimate(documents, listing.files().size(), bytes, heap, withoutCache);
    }

    /** Bytes and non-blank lines in the head of a JSON Lines file; zeros when it cannot be read (the run says why). */
    private static long[] sample(Path file, boolean gzip) {
        try (InputStream raw = Files.newInputStream(file);
                InputStream in = gzip ? new GZIPInputStream(raw, 8192) : raw) {
            byte[] head = in.readNBytes(SAMPLE_BYTES);
            long lines = 0;
            boolean content = false;
            int end = 0; // the sample ends at its last complete line
            for (int i = 0; i < head.length; i++) {
                byte b = head[i];
                if (b == '\n') {
                    lines += content ? 1 : 0;
                    content = false;
                    end = i + 1;
                } else if (b != ' ' && b != '\t' && b != '\r') {
                    content = true;
                }
            }
            if (head.length < SAMPLE_BYTES && content) { // the whole file, its last line without a newline
                lines++;
                end = head.length;
            }
            return new long[] {end, lines};
        } catch (IOException | RuntimeException e) {
            return new long[] {0, 0};
        }
    }

    /** Bytes of the listed files (on disk: compressed size for gzip). */
    public long bytes() {
        return bytes;
    }

    /** Documents the estimate counts on (a low estimate for JSON Lines). */
    public long documents() {
        return documents;
    }

    /** The heap the run needs at least, in bytes. */
    public long heap() {
        return heap;
    }

    /** Whether a heap of {@code maxMemory} bytes is too small for the run. */
    public boolean tooLargeFor(long maxMemory) {
        return maxMemory < heap;
    }

    /**
     * The message when the heap is too small: the corpus, the estimate, the heap and how to give Java more.
     *
     * @param maxMemory the heap this JVM may use ({@link Runtime#maxMemory()})
     */
    public String message(long maxMemory) {
        String msg = String.format(Locale.ROOT, "Not enough memory for this corpus of %,d %s (%s, about %,d documents):"
                + " it needs an estimated %s of Java heap or more, and this Java may use at most %s. %s", files,
                files == 1 ? "file" : "files", size(bytes), documents, size(heap), size(maxMemory),
                advice(heap, maxMemory));
        if (heapWithoutCache < heap && heapWithoutCache * ADVICE_FACTOR <= maxMemory) {
            msg += " Or switch the incremental cache off (-Dcorpus.cache=false, --cache false): the estimate without it"
                    + " is " + size(heapWithoutCache) + ".";
        }
        return msg;
    }

    /** The estimate is low on purpose; what a run really took was up to 3 times as much (see the class comment). */
    static final int ADVICE_FACTOR = 3;

    /**
     * How to run with more heap: the setting for Maven and for the command line, with a size of at least three times
     * {@code needed} (a low estimate) and twice the current heap.
     */
    static String advice(long needed, long maxMemory) {
        String xmx = xmx(Math.max(needed * ADVICE_FACTOR, maxMemory * 2));
        return "Give Java more memory: for Maven, MAVEN_OPTS=-Xmx" + xmx + " (an environment variable, or a line "
                + "-Xmx" + xmx + " in .mvn/jvm.config); for the command line, java -Xmx" + xmx + " -jar ….";
    }

    /** A heap size for {@code -Xmx}, rounded up to 256 MB steps: {@code 768m}, {@code 2g}. */
    static String xmx(long bytes) {
        long step = 256L << 20;
        long rounded = Math.max(step, (bytes + step - 1) / step * step);
        return rounded % (1L << 30) == 0 ? (rounded >> 30) + "g" : (rounded >> 20) + "m";
    }

    /** Bytes for people: {@code 256 MB}, {@code 2.8 GB}. */
    static String size(long bytes) {
        if (bytes >= 10L << 30) {
            return String.format(Locale.ROOT, "%,d GB", bytes >> 30);
        }
        if (bytes >= 1L << 30) {
            return String.format(Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30));
        }
        if (bytes >= 1L << 20) {
            return String.format(Locale.ROOT, "%,d MB", bytes >> 20);
        }
        return String.format(Locale.ROOT, "%,d KB", (bytes + 1023) >> 10);
    }
}
