package io.github.corpuscheck.checks.duplicate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FingerprintStoreTest {

    @Test
    void sharedParagraphsCountsDistinctCommonIndexedParagraphsLikeTheSortedWay() {
        SplittableRandom random = new SplittableRandom(31);
        FingerprintStore store = new FingerprintStore(16);
        int docs = 300;
        for (int d = 0; d < docs; d++) {
            // Up to 90 paragraphs (beyond the direct comparison's size), drawn from a small pool: repeats and overlaps.
            long[] hashes = new long[random.nextInt(d % 10 == 0 ? 90 : 25)];
            for (int i = 0; i < hashes.length; i++) {
                long h = (random.nextInt(40) + 1L) << 1;
                hashes[i] = h | (h % 6 == 0 ? 0 : 1); // a paragraph's indexed bit follows its text
            }
            store.add(d, new Fingerprint(d, 100, 500, hashes, 10, new int[16], Integer.MAX_VALUE, null));
        }
        long total = 0;
        for (int x = 0; x < docs; x++) {
            for (int y = 0; y < docs; y += 7) {
                int expected = store.sharedParagraphsSorted(x, y);
                assertEquals(expected, store.sharedParagraphs(x, y), x + " vs " + y);
                total += expected;
            }
        }
        assertEquals(true, total > 1000, "pairs share paragraphs: " + total);
        assertEquals(2, new FingerprintStoreTest().twoShared());
    }

    private int twoShared() {
        FingerprintStore store = new FingerprintStore(16);
        store.add(0, new Fingerprint(0, 1, 1, new long[] {3, 5, 5, 7, 8}, 1, new int[16], 0, null));
        store.add(1, new Fingerprint(1, 1, 1, new long[] {5, 9, 3, 8, 5}, 1, new int[16], 0, null));
        return store.sharedParagraphs(0, 1); // 3 and 5 (odd: indexed); 8 is not indexed
    }
}
