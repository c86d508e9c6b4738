package io.github.corpuscheck.checks.duplicate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.corpuscheck.internal.LongList;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CandidatePairsTest {

    /** The definition the hash chains replace: per band, sort (key, document) and pair each member with up to
     *  maxBucket members before it. */
    private static long[] sortedReference(FingerprintStore store, int[] eligible, int m, DuplicateConfig config) {
        LongList out = new LongList(16);
        long[] keys = new long[m];
        for (int b = 0; b < config.bands(); b++) {
            for (int i = 0; i < m; i++) {
                keys[i] = ((long) store.bandKey(eligible[i], b) << 32) | eligible[i];
            }
            Arrays.sort(keys);
            int i = 0;
            while (i < m) {
                int j = i + 1;
                while (j < m && (keys[j] >>> 32) == (keys[i] >>> 32)) {
                    j++;
                }
                for (int x = i + 1; x < j; x++) {
                    for (int y = Math.max(i, x - config.maxBucket()); y < x; y++) {
                        out.add(CandidatePairs.pair((int) keys[y], (int) keys[x]));
                    }
                }
                i = j;
            }
        }
        out.sortUnique();
        return out.toArray();
    }

    @Test
    void lshPairsMatchSortingTheBandKeys() {
        SplittableRandom random = new SplittableRandom(7);
        DuplicateConfig config = DuplicateConfig.builder().bands(16).rows(4).maxBucket(5).build();
        FingerprintStore store = new FingerprintStore(config.bands());
        int docs = 2_000;
        int[] eligible = new int[docs];
        int m = 0;
        for (int d = 0; d < docs; d++) {
            int[] bands = new int[config.bands()];
            for (int b = 0; b < bands.length; b++) {
                // Few distinct keys in some bands (buckets far over maxBucket), many in others; negative keys too.
                bands[b] = b % 4 == 0 ? random.nextInt(3) - 1 : random.nextInt(400) * 0x10001 - 7_000_000;
            }
            store.add(d, new Fingerprint(d, 100, 500, new long[] {d << 1}, 10, bands, Integer.MAX_VALUE, null));
            if (d % 3 != 0) {
                eligible[m++] = d; // documents left out (exact copies, short texts) are skipped
            }
        }
        LongList found = new LongList(16);
        CandidatePairs.lsh(store, eligible, m, config, found);
        found.sortUnique();
        long[] expected = sortedReference(store, eligible, m, config);
        assertEquals(true, expected.length > 40_000, "buckets of every size: " + expected.length);
        assertArrayEquals(expected, found.toArray());
    }
}
