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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A corpus that is not a folder of the driver's machine, as the driver's run sees it: listed through Hadoop, and
 * read through a local mirror that holds only the files the driver needs — those without an analysed entry (read
 * before the reader opens them) and, for the corpus phase's re-reads, the files of the wanted documents, fetched in
 * batches of about {@link #BATCH_BYTES} and deleted after each batch. The mirror is a temporary folder that
 * {@link #close} deletes.
 */
final class RemoteCorpus implements CorpusRun.Input, AutoCloseable {

    /** Bytes of files fetched for one batch of re-reads (at least one file). */
    static final long BATCH_BYTES = 64L << 20;

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
    /** Listed size of each file, by corpus-relative path. */
    private final Map<String, Long> sizes = new HashMap<>();
    /** Files fetched in all (for tests and the log). */
    int fetched;

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
        CorpusReader.Listing listing = reader.listing(hadoop.tree());
        for (int i = 0; i < listing.files().size(); i++) {
            sizes.put(listing.files().get(i), listing.sizes()[i]);
        }
        return listing;
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

    private void fetch(String rel) throws IOException {
        fetched++;
        fetcher.fetch(rel, mirror);
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
                            delete(file); // the reader finds no file and reports it unreadable
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
            List<String> fetchedHere = new ArrayList<>();
            long bytes = 0;
            int k = wanted.nextSetBit(0);
            while (k >= 0 && k < total) {
                int file = fileOf(k);
                int to = file + 1 < files.size() ? firsts.get(file + 1) : total;
                String rel = files.get(file);
                if (!kept.contains(rel)) {
                    fetch(rel);
                    fetchedHere.add(rel);
                    bytes += sizes.getOrDefault(rel, 0L);
                }
                for (int w = k; w >= 0 && w < to; w = wanted.nextSetBit(w + 1)) {
                    batch.set(w);
                }
                if (bytes >= BATCH_BYTES) {
                    reader.reread(batch, consumer);
                    fetchedHere.forEach(RemoteCorpus.this::delete);
                    fetchedHere.clear();
                    batch.clear();
                    bytes = 0;
                }
                k = wanted.nextSetBit(to);
            }
            if (!batch.isEmpty()) {
                reader.reread(batch, consumer);
            }
            fetchedHere.forEach(RemoteCorpus.this::delete);
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
