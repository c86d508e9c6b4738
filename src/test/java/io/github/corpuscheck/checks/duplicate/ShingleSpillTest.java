package io.github.corpuscheck.checks.duplicate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShingleSpillTest {

    @TempDir
    Path dir;

    @Test
    void entriesComeBackAsSetsThroughTheMappingAndThroughPlainReadsAndTheFileIsDeleted() throws Exception {
        long[] big = new long[400_000]; // larger than the write buffer: written on its own
        for (int i = 0; i < big.length; i++) {
            big[i] = (long) (i * 7 - 1_000_000) << 32 | i; // only the high 32 bits are kept
        }
        for (boolean map : new boolean[] {true, false}) {
            Path folder = dir.resolve(map ? "mapped" : "plain");
            ShingleSpill spill = new ShingleSpill(folder, map);
            spill.append(0, entry(new int[] {5, 3, 5, 0}, new int[] {42}));
            spill.append(2, ShingleSpill.entry(big, big.length, new long[0], 0));
            spill.append(3, entry(new int[] {-1}, new int[] {7, 7}));
            assertTrue(spill.finishWriting());
            assertTrue(spill.has(0));
            assertFalse(spill.has(1));
            ShingleProfile first = spill.load(0, 4);
            assertArrayEquals(new int[] {0, 3, 5}, first.shingles().toSortedArray());
            assertArrayEquals(new int[] {42}, first.numbers().toSortedArray());
            assertEquals(4, first.words());
            IntSet bigSet = spill.load(2, 1).shingles();
            assertEquals(big.length, bigSet.size());
            assertTrue(bigSet.contains(-1_000_000) && bigSet.contains(399_999 * 7 - 1_000_000));
            assertArrayEquals(new int[] {7}, spill.load(3, 1).numbers().toSortedArray());
            spill.close();
            try (Stream<Path> left = Files.list(folder)) {
                assertEquals(List.of(), left.toList());
            }
        }
    }

    @Test
    void anEntryHoldsTheCountsThenTheHigh32BitsLittleEndian() {
        byte[] e = ShingleSpill.entry(new long[] {0x01020304_AAAAAAAAL, -1L, 99L}, 2, new long[] {0x7F000000_00000001L},
                1).entry();
        assertArrayEquals(new byte[] {2, 0, 0, 0, 1, 0, 0, 0, 4, 3, 2, 1, -1, -1, -1, -1, 0, 0, 0, 0x7F}, e);
    }

    /** An entry whose values are {@code shingles} and {@code figures} as high halves. */
    private static Fingerprint.ExactShingles entry(int[] shingles, int[] figures) {
        return ShingleSpill.entry(high(shingles), shingles.length, high(figures), figures.length);
    }

    private static long[] high(int[] values) {
        long[] out = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (long) values[i] << 32 | 0xABCDL;
        }
        return out;
    }
}
