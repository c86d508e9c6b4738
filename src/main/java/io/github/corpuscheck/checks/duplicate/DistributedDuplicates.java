package io.github.corpuscheck.checks.duplicate;

import io.github.corpuscheck.api.DocumentTable;
import java.io.IOException;
import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntUnaryOperator;
import java.util.function.LongConsumer;

/**
 * The duplicate family's corpus phase cut into steps that a cluster can run on partitions of the corpus, each a plain
 * function of a few documents (no engine, no Spark): exact groups by text hash, LSH band keys grouped into buckets
 * with the local engine's bucket guard ({@link BucketPairs}), pairs sharing indexed paragraphs, the closure of small
 * candidate components, exact verification of a pair ({@link #score}), the near thresholds ({@link #isNear}) and the
 * clusters of one connected component under the representative policy ({@link #clusters}). Run by a
 * {@link Search}, they give exactly the clusters the local corpus phase forms.
 *
 * <p>A run publishes a {@link Search} in its corpus context to have the search done elsewhere; the check then only
 * reports the clusters it gets back.
 */
public final class DistributedDuplicates {

    private DistributedDuplicates() {}

    /** Components of candidate pairs up to this size are completed to all their pairs. */
    public static final int CLOSURE_LIMIT = CandidatePairs.CLOSURE_LIMIT;

    /** The settings the steps need, as a value that travels to the workers of a cluster. */
    public record Params(double nearJaccard, double nearContainment, double editionContainment, int editionParagraphs,
            int templateWords, int bands, int maxBucket, int maxParagraphPostings, RepresentativePolicy policy)
            implements Serializable {}

    public static Params params(DuplicateConfig c) {
        return new Params(c.nearJaccard(), c.nearContainment(), c.editionContainment(), c.editionParagraphs(),
                c.templateWords(), c.bands(), c.maxBucket(), c.maxParagraphPostings(), c.representative());
    }

    /**
     * What the corpus phase needs of one document with text, as the duplicate check's state holds it.
     *
     * @param index the document's index in reading order (in the run's document table)
     * @param bandKeys the LSH keys, {@code null} when the text is too short to be compared
     * @param exact the exact shingle set ({@link ShingleSpill#entry}); present when {@code bandKeys} is
     */
    public record Doc(int index, String id, long textHash, int words, int chars, int dateKey, long[] paragraphHashes,
            int[] bandKeys, byte[] exact) implements Serializable {

        public boolean comparable() {
            return bandKeys != null;
        }

        /** The same document at another index. */
        public Doc at(int newIndex) {
            return new Doc(newIndex, id, textHash, words, chars, dateKey, paragraphHashes, bandKeys, exact);
        }

        /** Distinct indexed paragraphs. */
        public int indexedParagraphs() {
            return indexedSorted(paragraphHashes).length;
        }
    }

    /**
     * The document from the duplicate check's per-document state ({@link DuplicateCheck#analyze} on a worker that
     * keeps exact shingle sets); {@code null} for a document without text.
     *
     * @throws IllegalArgumentException when {@code state} is not the duplicate check's, or a comparable document
     *     comes without its exact shingle set
     */
    public static Doc doc(int index, String id, Object state) {
        if (state == null) {
            return null;
        }
        if (!(state instanceof Fingerprint f)) {
            throw new IllegalArgumentException("Not a duplicate check's state: " + state.getClass().getName());
        }
        if (f.bandKeys() != null && f.exact() == null) {
            throw new IllegalArgumentException("The duplicate check was not asked to keep exact shingle sets");
        }
        return new Doc(index, id, f.textHash(), f.words(), f.chars(), f.dateKey(), f.paragraphHashes(), f.bandKeys(),
                f.exact() == null ? null : f.exact().entry());
    }

    /**
     * The duplicate check's state without its exact shingle set, as the incremental cache keeps it: for a run that
     * has the search done elsewhere and so never verifies pairs itself (a run that does reads the documents again).
     */
    public static Object withoutExact(Object state) {
        if (state instanceof Fingerprint f && f.exact() != null) {
            return new Fingerprint(f.textHash(), f.words(), f.chars(), f.paragraphHashes(), f.lastParagraphLength(),
                    f.bandKeys(), f.dateKey(), null);
        }
        return state;
    }

    /** A candidate pair of documents as one long: the smaller index in the high half. */
    public static long pair(int a, int b) {
        return CandidatePairs.pair(a, b);
    }

    public static int first(long pair) {
        return CandidatePairs.first(pair);
    }

    public static int second(long pair) {
        return CandidatePairs.second(pair);
    }

    /**
     * Bits of a paragraph hash dropped for the paragraph index of a corpus of {@code documents} documents: the local
     * index keys paragraphs by {@code hash >>> bits}, so two hashes that agree above those bits count as one paragraph.
     */
    public static int paragraphKeyBits(int documents) {
        return ExactGroups.bitsFor(documents);
    }

    /** The document's distinct indexed paragraph keys ({@link #paragraphKeyBits}), ascending. */
    public static long[] paragraphKeys(Doc d, int bits) {
        long[] keys = new long[d.paragraphHashes().length];
        int n = 0;
        for (long h : d.paragraphHashes()) {
            if (Fingerprint.indexed(h)) {
                keys[n++] = h >>> bits;
            }
        }
        long[] sorted = Arrays.copyOf(keys, n);
        Arrays.sort(sorted);
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (i == 0 || sorted[i] != sorted[m - 1]) {
                sorted[m++] = sorted[i];
            }
        }
        return Arrays.copyOf(sorted, m);
    }

    /**
     * Candidate pairs of LSH buckets met in order (bucket after bucket, each bucket's documents in reading order):
     * each document is paired with up to {@code maxBucket} members before it in its bucket, as the local search pairs
     * them. Keeps only the last {@code maxBucket} documents.
     */
    public static final class BucketPairs {
        private final int maxBucket;
        private final int[] ring;
        private long bucket;
        private long size;
        private long largest;

        public BucketPairs(int maxBucket) {
            this.maxBucket = maxBucket;
            this.ring = new int[maxBucket];
        }

        /** The next document, of bucket {@code key}; its pairs go to {@code out}. */
        public void add(long key, int doc, LongConsumer out) {
            if (size == 0 || key != bucket) {
                bucket = key;
                size = 0;
            }
            for (long k = 1; k <= maxBucket && k <= size; k++) {
                out.accept(pair(ring[(int) ((size - k) % maxBucket)], doc));
            }
            ring[(int) (size % maxBucket)] = doc;
            size++;
            largest = Math.max(largest, size);
        }

        /** Documents in the largest bucket met. */
        public long largest() {
            return largest;
        }
    }

    /** Distinct indexed paragraphs the two documents have in common. */
    static int sharedParagraphs(long[] x, long[] y) {
        long[] a = indexedSorted(x);
        long[] b = indexedSorted(y);
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length && j < b.length) {
            if (a[i] < b[j]) {
                i++;
            } else if (a[i] > b[j]) {
                j++;
            } else {
                n++;
                i++;
                j++;
            }
        }
        return n;
    }

    /** The distinct indexed paragraph hashes, ascending. */
    static long[] indexedSorted(long[] hashes) {
        long[] out = new long[hashes.length];
        int n = 0;
        for (long h : hashes) {
            if (Fingerprint.indexed(h)) {
                out[n++] = h;
            }
        }
        Arrays.sort(out, 0, n);
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (m == 0 || out[i] != out[m - 1]) {
                out[m++] = out[i];
            }
        }
        return Arrays.copyOf(out, m);
    }

    /** Exact verification of a candidate pair from the two documents' exact shingle sets ({@code a.index < b.index}). */
    public static PairScores score(Doc a, Doc b) {
        if (a.exact() == null || b.exact() == null) {
            throw new IllegalArgumentException("Documents " + a.index() + " and " + b.index()
                    + " cannot be compared: no exact shingle set");
        }
        return PairVerifier.score(a.index(), profile(a), b.index(), profile(b),
                sharedParagraphs(a.paragraphHashes(), b.paragraphHashes()));
    }

    private static ShingleProfile profile(Doc d) {
        return ShingleSpill.profile(ByteBuffer.wrap(d.exact()).order(ByteOrder.LITTLE_ENDIAN), d.words());
    }

    /** Whether a verified pair is a near duplicate under the thresholds. */
    public static boolean isNear(Params p, PairScores s) {
        if (s.figuresDiffer() && Math.min(s.wordsA(), s.wordsB()) < p.templateWords()) {
            return false; // a short template filled with other figures: a different story
        }
        double c = Math.max(s.containmentA(), s.containmentB());
        return s.jaccard() >= p.nearJaccard()
                || c >= p.nearContainment()
                || (c >= p.editionContainment() && s.sharedParagraphs() >= p.editionParagraphs());
    }

    /** Which threshold made the pair a near duplicate (the first that holds). */
    public static String basis(Params p, PairScores s) {
        return s.jaccard() >= p.nearJaccard() ? "jaccard"
                : Math.max(s.containmentA(), s.containmentB()) >= p.nearContainment() ? "containment" : "paragraphs";
    }

    /** What the representative policy and a member's entry need of a document of a component. */
    public record Info(int index, String id, int chars, int dateKey, int indexedParagraphs, int errors)
            implements Serializable {}

    public static Info info(Doc d, int errors) {
        return new Info(d.index(), d.id(), d.chars(), d.dateKey(), d.indexedParagraphs(), errors);
    }

    /**
     * The clusters of one connected component (or of several): {@code nearPairs} its verified near pairs, in any
     * order; {@code exactCopies} {@code (canonical << 32) | copy} for its exact copies; {@code docs} every document
     * named there. Clusters in the order of their representatives' ids, as the local corpus phase orders them.
     */
    public static List<DuplicateClusters.Cluster> clusters(Params p, List<PairScores> nearPairs, long[] exactCopies,
            List<Info> docs) {
        Info[] byIndex = docs.toArray(new Info[0]);
        Arrays.sort(byIndex, (x, y) -> Integer.compare(x.index(), y.index()));
        int[] indices = new int[byIndex.length];
        for (int i = 0; i < byIndex.length; i++) {
            indices[i] = byIndex[i].index();
        }
        ClusterBuilder.DocInfo info = new ClusterBuilder.DocInfo() {
            private Info of(int d) {
                int k = Arrays.binarySearch(indices, d);
                if (k < 0) {
                    throw new IllegalArgumentException("No information on document " + d);
                }
                return byIndex[k];
            }

            @Override
            public int errors(int d) {
                return of(d).errors();
            }

            @Override
            public int chars(int d) {
                return of(d).chars();
            }

            @Override
            public int dateKey(int d) {
                return of(d).dateKey();
            }

            @Override
            public String id(int d) {
                return of(d).id();
            }

            @Override
            public int indexedParagraphs(int d) {
                return of(d).indexedParagraphs();
            }
        };
        PairScores[] edges = nearPairs.toArray(new PairScores[0]);
        Arrays.sort(edges, (x, y) -> Long.compare(pair(x.a(), x.b()), pair(y.a(), y.b())));
        long[] copies = exactCopies.clone();
        Arrays.sort(copies);
        return new ClusterBuilder(info, p.policy(), s -> basis(p, s)).build(List.of(edges), copies);
    }

    /** A search for the clusters done elsewhere, e.g. by the workers of a cluster. */
    public interface Search {
        /** The clusters of the run's documents, or {@code null} when this search cannot serve the run. */
        Found search(Request request) throws IOException;
    }

    /**
     * What a search is asked: the settings, the run's documents (its table: their indices are the ones the clusters
     * name), their error findings so far (for the {@code most-complete} policy) and where to say which step runs.
     */
    public record Request(Params params, DocumentTable table, IntUnaryOperator errorCount, Consumer<String> phase) {}

    /** What a search found: the clusters (in any order) and the counts the summary reports. */
    public record Found(List<DuplicateClusters.Cluster> clusters, int exactGroups, int candidatePairs,
            int verifiedNearPairs) {}
}
