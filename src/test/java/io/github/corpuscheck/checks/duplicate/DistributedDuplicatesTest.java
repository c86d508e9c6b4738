package io.github.corpuscheck.checks.duplicate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.corpuscheck.internal.LongList;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The duplicate family's steps as a cluster runs them, against the local corpus phase's own code. */
class DistributedDuplicatesTest {

    @Test
    void bucketsPairEachDocumentWithItsLastPredecessorsOnly() {
        List<Long> out = new ArrayList<>();
        DistributedDuplicates.BucketPairs buckets = new DistributedDuplicates.BucketPairs(2);
        for (int d : new int[] {1, 3, 5, 7}) {
            buckets.add(10L, d, out::add);
        }
        buckets.add(11L, 2, out::add);
        buckets.add(11L, 9, out::add);
        List<String> pairs = out.stream().map(p -> DistributedDuplicates.first(p) + "-" + DistributedDuplicates.second(p))
                .toList();
        assertEquals(List.of("1-3", "3-5", "1-5", "5-7", "3-7", "2-9"), pairs); // the nearest predecessor first
        assertEquals(4, buckets.largest());
    }

    @Test
    void bucketPairsAreTheLocalSearchsPairs() {
        // Random band keys over few values (large buckets): the streamed buckets give the local LSH step's pairs.
        Random random = new Random(7);
        int bands = 3;
        int documents = 400;
        FingerprintStore store = new FingerprintStore(bands);
        int[][] keys = new int[documents][bands];
        for (int d = 0; d < documents; d++) {
            for (int b = 0; b < bands; b++) {
                keys[d][b] = random.nextInt(12) - 6;
            }
            store.add(d, new Fingerprint(d, 30, 200, new long[] {1L}, 10, keys[d], Integer.MAX_VALUE, null));
        }
        int[] eligible = new int[documents];
        for (int d = 0; d < documents; d++) {
            eligible[d] = d;
        }
        DuplicateConfig three = DuplicateConfig.builder().bands(bands).maxBucket(4).build(); // buckets of ~33
        LongList local = new LongList(16);
        CandidatePairs.lsh(store, eligible, documents, three, local);
        local.sortUnique();

        LongList streamed = new LongList(16);
        DistributedDuplicates.BucketPairs buckets = new DistributedDuplicates.BucketPairs(three.maxBucket());
        List<long[]> sorted = new ArrayList<>();
        for (int d = 0; d < documents; d++) {
            for (int b = 0; b < bands; b++) {
                sorted.add(new long[] {((long) b << 32) | (keys[d][b] & 0xFFFFFFFFL), d});
            }
        }
        sorted.sort((x, y) -> x[0] != y[0] ? Long.compare(x[0], y[0]) : Long.compare(x[1], y[1]));
        for (long[] k : sorted) {
            buckets.add(k[0], (int) k[1], streamed::add);
        }
        streamed.sortUnique();
        assertArrayEquals(local.toArray(), streamed.toArray());
    }

    @Test
    void paragraphKeysAreTheDistinctIndexedParagraphsAboveTheDroppedBits() {
        DistributedDuplicates.Doc d = new DistributedDuplicates.Doc(0, "x", 1, 10, 10, 0,
                new long[] {0x1F1L, 0x1F0L, 0x101L, 0x1F1L, 0x2F3L}, null, null);
        assertArrayEquals(new long[] {0x10L, 0x1FL, 0x2FL}, DistributedDuplicates.paragraphKeys(d, 4));
        assertEquals(3, d.indexedParagraphs());
        assertEquals(1, DistributedDuplicates.sharedParagraphs(new long[] {0x1F1L, 0x2F3L, 0x400L},
                new long[] {0x2F3L, 0x400L, 0x2F3L}));
    }

    @Test
    void aDocumentWithoutExactShinglesCannotBeVerified() {
        DistributedDuplicates.Doc a = new DistributedDuplicates.Doc(0, "a", 1, 10, 10, 0, new long[0], new int[] {1}, null);
        assertThrows(IllegalArgumentException.class, () -> DistributedDuplicates.score(a, a.at(1)));
        assertNull(DistributedDuplicates.doc(0, "a", null));
        assertThrows(IllegalArgumentException.class, () -> DistributedDuplicates.doc(0, "a", "not a fingerprint"));
    }

    @Test
    void aComponentsClustersFollowThePolicyAndTheDirectPairsOnly() {
        // 1 ~ 2 ~ 3 in a chain, 4 an exact copy of 2. Longest: 3 (most chars) represents; 2 (with its copy 4) is near
        // 3; 1 is near 2 only, so it forms no cluster with 3 and stays alone (its pair to 2 is taken).
        DistributedDuplicates.Params p = DistributedDuplicates.params(DuplicateConfig.builder()
                .representative(RepresentativePolicy.LONGEST).build());
        PairScores s12 = new PairScores(1, 2, 0.9, 0.9, 0.9, 90, 2, false, 100, 100);
        PairScores s23 = new PairScores(2, 3, 0.85, 0.9, 0.8, 80, 1, false, 100, 110);
        List<DistributedDuplicates.Info> infos = List.of(
                new DistributedDuplicates.Info(1, "d1", 500, 0, 2, 0),
                new DistributedDuplicates.Info(2, "d2", 520, 0, 3, 0),
                new DistributedDuplicates.Info(3, "d3", 600, 0, 3, 0),
                new DistributedDuplicates.Info(4, "d4", 520, 0, 3, 0));
        List<DuplicateClusters.Cluster> clusters = DistributedDuplicates.clusters(p, List.of(s23, s12),
                new long[] {(2L << 32) | 4}, infos);
        assertEquals(1, clusters.size());
        DuplicateClusters.Cluster c = clusters.get(0);
        assertEquals(3, c.representative());
        assertEquals(List.of(2, 4), c.members().stream().map(DuplicateClusters.Member::document).toList());
        DuplicateClusters.Member two = c.members().get(0);
        assertEquals(0.9, two.containmentOfDocument()); // containmentA: the share of 2's shingles found in 3
        assertEquals(0.8, two.containmentOfRepresentative());
        assertEquals("jaccard", two.basis());
    }
}
