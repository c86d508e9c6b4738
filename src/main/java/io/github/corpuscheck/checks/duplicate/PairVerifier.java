package io.github.corpuscheck.checks.duplicate;

import io.github.corpuscheck.api.CorpusContext;
import io.github.corpuscheck.api.Document;
import io.github.corpuscheck.api.Memo;
import io.github.corpuscheck.internal.IntList;
import io.github.corpuscheck.internal.LongList;
import io.github.corpuscheck.internal.Radix;
import io.github.corpuscheck.internal.Tasks;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Exact verification of candidate pairs on a bounded second pass: re-reads just the documents in pairs, in reading
 * order, and compares their exact shingle sets. A document's shingles are held only until its last partner has
 * been read; if that would exceed the memory budget, the remaining pairs wait for another pass.
 */
final class PairVerifier {

    /** Memo namespace of a pair's scores. */
    static final String MEMO = "duplicate.pair-scores";

    private final FingerprintStore store;
    private final Fingerprinter fingerprinter;
    private final long budgetInts;
    private Memo memo = Memo.OFF;
    /** Memo key of each pair (0 when its documents have no content key). */
    private long[] memoKeys;

    /** Exact shingle sets of the first pass, or {@code null}: then every pair is verified by re-reading. */
    private final ShingleSpill spill;
    private int fromSpill;

    PairVerifier(FingerprintStore store, Fingerprinter fingerprinter, long budgetInts, ShingleSpill spill) {
        this.store = store;
        this.fingerprinter = fingerprinter;
        this.budgetInts = Math.max(1, budgetInts);
        this.spill = spill;
    }

    /** Pairs verified from spilled shingle sets rather than by re-reading. */
    int pairsFromSpill() {
        return fromSpill;
    }

    /**
     * Scores for every pair (same order as {@code pairs}, which is sorted by a then b). Pairs whose scores the
     * context's memo holds are not re-read; scores computed here go to the memo.
     */
    PairScores[] verify(long[] pairs, CorpusContext ctx) throws IOException {
        PairScores[] out = new PairScores[pairs.length];
        memo = ctx.memo();
        memoKeys = new long[pairs.length];
        IntList unknown = new IntList(16);
        IntList spilled = new IntList(16);
        for (int p = 0; p < pairs.length; p++) {
            int a = CandidatePairs.first(pairs[p]);
            int b = CandidatePairs.second(pairs[p]);
            memoKeys[p] = memo.key(MEMO, a, b);
            byte[] known = memo.get(memoKeys[p]);
            if (known != null) {
                out[p] = decode(a, b, known);
            } else if (spill != null && spill.has(a) && spill.has(b)) {
                spilled.add(p);
            } else {
                unknown.add(p);
            }
        }
        verifySpilled(pairs, spilled.toArray(), out, ctx);
        // Pending pair indices ordered by (b, a) so they can be resolved as documents b arrive.
        int[] pending = orderBySecond(pairs, unknown.toArray());
        while (pending.length > 0) {
            pending = pass(pairs, pending, out, ctx);
        }
        return out;
    }

    private int[] pass(long[] pairs, int[] pending, PairScores[] out, CorpusContext ctx) throws IOException {
        BitSet wanted = new BitSet(store.size());
        Map<Integer, Integer> remainingAsFirst = new HashMap<>();
        for (int p : pending) {
            int a = CandidatePairs.first(pairs[p]);
            wanted.set(a);
            wanted.set(CandidatePairs.second(pairs[p]));
            remainingAsFirst.merge(a, 1, Integer::sum);
        }
        Map<Integer, ShingleProfile> held = new HashMap<>();
        long[] heldInts = {0};
        int[] cursor = {0};
        List<Integer> deferred = new ArrayList<>();
        // Profiles are computed on the workers while this thread goes on reading; they arrive in reading order.
        ctx.rereadInParallel(wanted, this::profile, (profile, d) -> {
            // Pairs whose later document is d (earlier documents that never arrived leave their pairs unscored).
            while (cursor[0] < pending.length && CandidatePairs.second(pairs[pending[cursor[0]]]) < d) {
                cursor[0]++;
            }
            while (cursor[0] < pending.length && CandidatePairs.second(pairs[pending[cursor[0]]]) == d) {
                int p = pending[cursor[0]++];
                int a = CandidatePairs.first(pairs[p]);
                ShingleProfile pa = held.get(a);
                if (pa == null) {
                    deferred.add(p);
                    continue;
                }
                out[p] = score(a, pa, d, profile);
                memo.put(memoKeys[p], encode(out[p]));
                if (remainingAsFirst.merge(a, -1, Integer::sum) == 0) {
                    remainingAsFirst.remove(a);
                    heldInts[0] -= held.remove(a).memoryInts();
                }
            }
            if (remainingAsFirst.containsKey(d) && (held.isEmpty() || heldInts[0] + profile.memoryInts() <= budgetInts)) {
                held.put(d, profile);
                heldInts[0] += profile.memoryInts();
            }
        });
        int[] next = deferred.stream().mapToInt(Integer::intValue).toArray();
        if (next.length == pending.length) {
            throw new IllegalStateException("Duplicate verification made no progress (documents missing on re-read?)");
        }
        return orderBySecond(pairs, next);
    }

    /** Pairs scored per step from the spill: their profiles are loaded together, in parallel, then dropped. */
    private static final int SPILL_CHUNK = 2048;

    /** Scores pairs from the spilled shingle sets, chunk by chunk; each chunk's profiles are loaded on the workers. */
    private void verifySpilled(long[] pairs, int[] chosen, PairScores[] out, CorpusContext ctx) {
        for (int from = 0; from < chosen.length; from += SPILL_CHUNK) {
            int to = Math.min(chosen.length, from + SPILL_CHUNK);
            LongList docs = new LongList(2 * (to - from));
            for (int k = from; k < to; k++) {
                docs.add(CandidatePairs.first(pairs[chosen[k]]));
                docs.add(CandidatePairs.second(pairs[chosen[k]]));
            }
            docs.sortUnique(); // the chunk's distinct documents; profiles[i] is that of the i-th
            long[] distinct = docs.array();
            int count = docs.size();
            ShingleProfile[] profiles = new ShingleProfile[count];
            Tasks.parallelFor(ctx, count, i -> profiles[i] = spill.load((int) distinct[i], store.words((int) distinct[i])),
                    "verifying duplicates");
            int first = from;
            Tasks.parallelFor(ctx, to - from, k -> {
                int p = chosen[first + k];
                int a = CandidatePairs.first(pairs[p]);
                int b = CandidatePairs.second(pairs[p]);
                out[p] = score(a, profiles[Arrays.binarySearch(distinct, 0, count, a)], b,
                        profiles[Arrays.binarySearch(distinct, 0, count, b)]);
            }, "verifying duplicates");
            for (int k = from; k < to; k++) {
                int p = chosen[k];
                if (memoKeys[p] != 0) { // 0: no memo, or a document without a content key
                    memo.put(memoKeys[p], encode(out[p]));
                }
            }
            fromSpill += to - from;
        }
    }

    /** The exact shingle profile of the document's body, cut as on the first pass. */
    private ShingleProfile profile(Document doc) {
        int d = doc.index();
        int count = store.paragraphCount(d);
        long lastHash = count == 0 ? 0 : store.paragraph(d, count - 1) & ~1L;
        return fingerprinter.profile(doc.paragraphs(), count, lastHash, store.lastParagraphLength(d));
    }

    private PairScores score(int a, ShingleProfile pa, int b, ShingleProfile pb) {
        return score(a, pa, b, pb, store.sharedParagraphs(a, b));
    }

    /** The scores of two documents' profiles that share {@code sharedParagraphs} indexed paragraphs. */
    static PairScores score(int a, ShingleProfile pa, int b, ShingleProfile pb, int sharedParagraphs) {
        int shared = IntSet.intersection(pa.shingles(), pb.shingles());
        int sizeA = pa.shingles().size();
        int sizeB = pb.shingles().size();
        int union = sizeA + sizeB - shared;
        double j = union == 0 ? 0 : (double) shared / union;
        double ca = sizeA == 0 ? 0 : (double) shared / sizeA;
        double cb = sizeB == 0 ? 0 : (double) shared / sizeB;
        // Figures of the shorter text that the other lacks: a template filled with other numbers.
        ShingleProfile shorter = pa.words() <= pb.words() ? pa : pb;
        ShingleProfile longer = shorter == pa ? pb : pa;
        boolean figuresDiffer = IntSet.intersection(shorter.numbers(), longer.numbers()) < shorter.numbers().size();
        return new PairScores(a, b, j, ca, cb, shared, sharedParagraphs, figuresDiffer, pa.words(), pb.words());
    }

    /**
     * A pair's scores as memo bytes: all but the indices and the shared paragraphs, which the fingerprints give. The
     * doubles are stored exactly, so memo and re-read give the same report.
     */
    static byte[] encode(PairScores s) {
        return ByteBuffer.allocate(ENCODED).putDouble(s.jaccard()).putDouble(s.containmentA())
                .putDouble(s.containmentB()).putInt(s.sharedShingles()).put((byte) (s.figuresDiffer() ? 1 : 0))
                .putInt(s.wordsA()).putInt(s.wordsB()).array();
    }

    private PairScores decode(int a, int b, byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        return new PairScores(a, b, in.getDouble(), in.getDouble(), in.getDouble(), in.getInt(),
                store.sharedParagraphs(a, b), in.get() != 0, in.getInt(), in.getInt());
    }

    private static final int ENCODED = 3 * Double.BYTES + 3 * Integer.BYTES + 1;

    private static int[] orderBySecond(long[] pairs, int[] idx) {
        long[] keys = new long[idx.length];
        for (int i = 0; i < idx.length; i++) {
            long p = pairs[idx[i]];
            // second (31 bits) then pair index (32 bits): sorted by b, and by a within b since pairs are sorted.
            keys[i] = ((long) CandidatePairs.second(p) << 32) | idx[i];
        }
        Radix.sort(keys);
        int[] out = new int[idx.length];
        for (int i = 0; i < idx.length; i++) {
            out[i] = (int) keys[i];
        }
        return out;
    }

}
