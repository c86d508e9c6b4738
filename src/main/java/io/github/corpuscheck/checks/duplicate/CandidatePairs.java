package io.github.corpuscheck.checks.duplicate;

import io.github.corpuscheck.internal.LongList;
import io.github.corpuscheck.internal.Radix;
import io.github.corpuscheck.internal.Tasks;
import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Candidate near-duplicate pairs among canonical documents, from two cheap sources: LSH banding over the MinHash
 * signatures (similar shingle sets) and an index of identical paragraphs (editions that share whole paragraphs but
 * whose Jaccard is low). Pairs are {@code (a << 32) | b} with {@code a < b}, sorted, distinct. Nothing here is
 * quadratic in the corpus: buckets and paragraph postings are capped.
 */
final class CandidatePairs {

    /** Components of candidate pairs up to this size are completed to all pairs, so clusters need no chaining. */
    static final int CLOSURE_LIMIT = 24;

    private CandidatePairs() {}

    static long pair(int a, int b) {
        // min and max rather than a comparison: a branch whose one side the profile had not seen yet sent the
        // methods that inlined this back to be compiled again.
        return ((long) Math.min(a, b) << 32) | Math.max(a, b);
    }

    static int first(long pair) {
        return (int) (pair >>> 32);
    }

    static int second(long pair) {
        return (int) pair;
    }

    /** The candidate pairs; the LSH and the paragraph index are built in parallel when {@code pool} is given. */
    static long[] find(FingerprintStore store, ExactGroups exact, DuplicateConfig config, ExecutorService pool) {
        int n = store.size();
        int[] eligible = new int[n];
        int m = 0;
        for (int d = 0; d < n; d++) {
            if (exact.isCanonical(d) && store.comparable(d)) {
                eligible[m++] = d;
            }
        }
        LongList pairs = new LongList(1024);
        int count = m;
        Future<LongList> byParagraphs = pool == null ? null : pool.submit(() -> {
            LongList out = new LongList(1024);
            paragraphs(store, eligible, count, config, out);
            return out;
        });
        lsh(store, eligible, m, config, pairs);
        if (byParagraphs == null) {
            paragraphs(store, eligible, m, config, pairs);
        } else {
            LongList more = Tasks.await(byParagraphs, "finding duplicate candidates");
            for (int i = 0; i < more.size(); i++) {
                pairs.add(more.get(i));
            }
        }
        pairs.sortUnique();
        closure(pairs, n);
        pairs.sortUnique();
        return pairs.toArray();
    }

    /**
     * Per band, documents with equal band keys, each paired with up to {@code maxBucket} members before it (in
     * document order). Buckets are chained through an open-addressing table instead of sorting the keys: one probe
     * or two per document and band.
     */
    static void lsh(FingerprintStore store, int[] eligible, int m, DuplicateConfig config, LongList out) {
        int bits = Math.min(30, Math.max(4, 33 - Integer.numberOfLeadingZeros(Math.max(1, m)))); // at most half full
        int mask = (1 << bits) - 1;
        int[] slotKey = new int[1 << bits];
        int[] slotLast = new int[1 << bits];
        int[] previous = new int[m]; // the member before, in the same bucket, or -1
        for (int b = 0; b < config.bands(); b++) {
            Arrays.fill(slotLast, -1);
            for (int i = 0; i < m; i++) {
                int key = store.bandKey(eligible[i], b);
                int slot = (key * 0x9E3779B9) >>> (32 - bits);
                while (slotLast[slot] >= 0 && slotKey[slot] != key) {
                    slot = (slot + 1) & mask;
                }
                previous[i] = slotLast[slot];
                slotKey[slot] = key;
                slotLast[slot] = i;
                for (int y = previous[i], k = 0; y >= 0 && k < config.maxBucket(); y = previous[y], k++) {
                    out.add(pair(eligible[y], eligible[i]));
                }
            }
        }
    }

    /** Pairs sharing at least two indexed paragraphs; paragraphs in too many documents are skipped as boilerplate. */
    private static void paragraphs(FingerprintStore store, int[] eligible, int m, DuplicateConfig config, LongList out) {
        int bits = ExactGroups.bitsFor(store.size());
        long mask = (1L << bits) - 1;
        LongList postings = new LongList(m * 8);
        for (int i = 0; i < m; i++) {
            int d = eligible[i];
            for (int p = 0, c = store.paragraphCount(d); p < c; p++) {
                long h = store.paragraph(d, p);
                if (Fingerprint.indexed(h)) {
                    postings.add(((h >>> bits) << bits) | d);
                }
            }
        }
        postings.sortUnique();
        LongList shared = new LongList(1024);
        long[] a = postings.array();
        int k = postings.size();
        int i = 0;
        while (i < k) {
            int j = i + 1;
            while (j < k && (a[j] >>> bits) == (a[i] >>> bits)) {
                j++;
            }
            if (j - i >= 2 && j - i <= config.maxParagraphPostings()) {
                for (int x = i; x < j; x++) {
                    for (int y = x + 1; y < j; y++) {
                        shared.add(pair((int) (a[x] & mask), (int) (a[y] & mask)));
                    }
                }
            }
            i = j;
        }
        postings = null;
        Radix.sort(shared.array(), 0, shared.size());
        i = 0;
        while (i < shared.size()) {
            int j = i + 1;
            while (j < shared.size() && shared.array()[j] == shared.array()[i]) {
                j++;
            }
            if (j - i >= 2) {
                out.add(shared.array()[i]);
            }
            i = j;
        }
    }

    /** Completes small connected components of candidates to all their pairs. */
    private static void closure(LongList pairs, int n) {
        UnionFind uf = new UnionFind(n);
        for (int i = 0; i < pairs.size(); i++) {
            uf.union(first(pairs.get(i)), second(pairs.get(i)));
        }
        LongList docs = new LongList(pairs.size() * 2);
        for (int i = 0; i < pairs.size(); i++) {
            docs.add(first(pairs.get(i)));
            docs.add(second(pairs.get(i)));
        }
        docs.sortUnique();
        // (root << 32 | doc) sorted groups each component's documents together.
        int k = docs.size();
        long[] byRoot = new long[k];
        for (int i = 0; i < k; i++) {
            int d = (int) docs.get(i);
            byRoot[i] = ((long) uf.find(d) << 32) | d;
        }
        Radix.sort(byRoot);
        int i = 0;
        while (i < k) {
            int j = i + 1;
            while (j < k && (byRoot[j] >>> 32) == (byRoot[i] >>> 32)) {
                j++;
            }
            if (j - i >= 3 && j - i <= CLOSURE_LIMIT) {
                for (int x = i; x < j; x++) {
                    for (int y = x + 1; y < j; y++) {
                        pairs.add(pair((int) byRoot[x], (int) byRoot[y]));
                    }
                }
            }
            i = j;
        }
    }
}
