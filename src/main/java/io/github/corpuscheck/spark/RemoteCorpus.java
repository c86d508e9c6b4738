package io.github.corpuscheck.spark;

import io.github.corpuscheck.api.DocumentConsumer;
import io.github.corpuscheck.api.FindingSink;
import io.github.corpuscheck.internal.IntList;
import io.github.corpuscheck.run.CorpusRun;
import io.github.corpuscheck.source.CorpusReader;
import io.github.corpuscheck.source.CorpusSource;
import io.github.corpuscheck.source.FileGate;
import io.github.corpuscheck.source.ReaderOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A corpus that is not a folder of the driver's machine, as the driver's run sees it: listed through Hadoop, and
 * read through a local mirror that holds only the files the driver needs — those without an analysed entry (read
 * before the reader opens them) and, for the corpus phase's re-reads, the files of the wanted documents, fetched in
 * batches of about {@link #BATCH_BYTES}; re-read files stay for the next re-read while they take at most
 * {@link #KEEP_BYTES} of disk, the least recently used go first. The mirror is a temporary folder that
 * {@link #close} deletes.
 */
final class RemoteCorpus implements CorpusRun.Input, AutoCloseable {

    /** Bytes of files fetched for one batch of re-reads (at least one file). */
    static final long BATCH_BYTES = 64L << 20;
    /** Disk the re-read files may keep taking in the mirror between re-reads. */
    static final long KEEP_BYTES = 1L << 30;

    /** Puts the file {@code rel} of the corpus under the mirror folder, as the readers read it. */
    @FunctionalInterface
    interface Fetcher {
        void fetch(String rel, Path mirror) throws IOException;
    }

    private final HadoopInput hadoop;
    private final Fetcher fetcher;
    private final Path mirror;
    private final CorpusReader reader;
    private final MirrorSource source = new MirrorSource();
    /** Files fetched in all, and their bytes in the mirror (for the log). */
    int fetched;
    long fetchedBytes;
    /** Files fetched for re-reads and kept, least recently used first, with their sizes in the mirror. */
    private final java.util.LinkedHashMap<String, Long> cached = new java.util.LinkedHashMap<>(16, 0.75f, true);
    private long cachedBytes;

    RemoteCorpus(HadoopInput hadoop, ReaderOptions options, Fetcher fetcher) throws IOException {
        this.hadoop = hadoop;
        this.fetcher = fetcher;
        this.mirror = Files.createTempDirectory("corpus-spark-input").toRealPath();
        this.reader = new CorpusReader(options.withDirectory(mirror));
    }

    @Override
    public String missing() throws IOException {
        return hadoop.status() == null ? "Corpus " + hadoop.label() + " does not exist." : null;
    }

    @Override
    public CorpusReader.Listing listing() throws IOException {
        return reader.listing(hadoop.tree());
    }

    @Override
    public CorpusSource source() {
        return source;
    }

    @Override
    public String label() {
        return hadoop.label();
    }

    @Override
    public void close() {
        SparkAnalysis.deleteTree(mirror);
    }

    /** Fetches a file into the mirror; returns its size there. */
    private long fetch(String rel) throws IOException {
        fetcher.fetch(rel, mirror);
        long size = Files.size(mirror.resolve(rel));
        fetched++;
        fetchedBytes += size;
        return size;
    }

    /** Keeps the files a batch of re-reads fetched, dropping the least recently used beyond {@link #KEEP_BYTES}. */
    private void keep(Map<String, Long> fetchedHere) {
        fetchedHere.forEach((rel, size) -> {
            cached.put(rel, size);
            cachedBytes += size;
        });
        fetchedHere.clear();
        var it = cached.entrySet().iterator();
        while (cachedBytes > KEEP_BYTES && it.hasNext()) {
            var e = it.next();
            it.remove();
            cachedBytes -= e.getValue();
            delete(e.getKey());
        }
    }

    private void delete(String rel) {
        try {
            Files.deleteIfExists(mirror.resolve(rel));
        } catch (IOException e) {
            // removed with the mirror at the end
        }
    }

    /** The reader over the mirror, fetching each file before it is opened. */
    private final class MirrorSource implements CorpusSource {

        /** Files of the last read, the index of the first document of each, and the total. */
        private final List<String> files = new ArrayList<>();
        private final IntList firsts = new IntList();
        private int total;
        /** Files the read fetched (they stay until the end). */
        private final Set<String> kept = new HashSet<>();

        @Override
        public void read(DocumentConsumer consumer, FindingSink problems) throws IOException {
            read(consumer, problems, null);
        }

        @Override
        public boolean read(DocumentConsumer consumer, FindingSink problems, FileGate gate) throws IOException {
            files.clear();
            firsts.clear();
            total = 0;
            reader.read(doc -> {
                total = Math.max(total, doc.index() + 1);
                consumer.accept(doc);
            }, problems, (file, path, size, firstIndex) -> {
                files.add(file);
                firsts.add(firstIndex);
                total = Math.max(total, firstIndex);
                int[] known = gate == null ? null : gate.before(file, path, size, firstIndex);
                if (known == null) {
                    if (!kept.contains(file)) {
                        try {
                            fetch(file);
                            kept.add(file);
                        } catch (IOException e) {
                            delete(file);
                            CorpusReader.reportUnreadable(file, e, problems);
                            return new int[0]; // not read: no documents
                        }
                    }
                } else {
                    total = Math.max(total, firstIndex + known.length);
                }
                return known;
            });
            return true;
        }

        @Override
        public void reread(BitSet wanted, DocumentConsumer consumer) throws IOException {
            BitSet batch = new BitSet();
            Map<String, Long> fetchedHere = new java.util.LinkedHashMap<>();
            long bytes = 0;
            int k = wanted.nextSetBit(0);
            while (k >= 0 && k < total) {
                int file = fileOf(k);
                int to = file + 1 < files.size() ? firsts.get(file + 1) : total;
                String rel = files.get(file);
                if (!kept.contains(rel) && cached.get(rel) == null && !fetchedHere.containsKey(rel)) {
                    long size = fetch(rel);
                    fetchedHere.put(rel, size);
                    bytes += size;
                }
                for (int w = k; w >= 0 && w < to; w = wanted.nextSetBit(w + 1)) {
                    batch.set(w);
                }
                if (bytes >= BATCH_BYTES) {
                    reader.reread(batch, consumer);
                    keep(fetchedHere);
                    batch.clear();
                    bytes = 0;
                }
                k = wanted.nextSetBit(to);
            }
            if (!batch.isEmpty()) {
                reader.reread(batch, consumer);
            }
            keep(fetchedHere);
        }

        /** The file holding document {@code index}: the last whose first index is at most it. */
        private int fileOf(int index) {
            int lo = 0, hi = files.size() - 1;
            while (lo < hi) {
                int mid = (lo + hi + 1) >>> 1;
                if (firsts.get(mid) <= index) {
                    lo = mid;
                } else {
                    hi = mid - 1;
                }
            }
            // files without documents share their first index with the next: take the last of them
            return lo;
        }

        @Override
        public int files() {
            return reader.files();
        }

        @Override
        public long bytes() {
            return reader.bytes();
        }

        @Override
        public long bytesRead() {
            return reader.bytesRead();
        }
    }
}
