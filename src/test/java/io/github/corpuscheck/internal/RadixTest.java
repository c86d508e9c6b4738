package io.github.corpuscheck.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RadixTest {

    @Test
    void sortsLongsLikeArraysSort() {
        SplittableRandom random = new SplittableRandom(3);
        for (int n : new int[] {0, 1, 5, 32, 33, 257, 4096, 100_000}) {
            for (int shape = 0; shape < 4; shape++) {
                long[] values = new long[n];
                for (int i = 0; i < n; i++) {
                    values[i] = switch (shape) {
                        case 0 -> random.nextLong(); // hashes, negative ones too
                        case 1 -> (0x7A5L << 52) | random.nextInt(1000); // one hash prefix: buckets recurse to the last byte
                        case 2 -> ((long) random.nextInt(5000) << 32) | random.nextInt(5000); // pairs of indices
                        default -> i % 11 == 0 && i > 0 ? values[i / 2] : -random.nextInt(3); // repeats, tiny range
                    };
                }
                long[] expected = values.clone();
                Arrays.sort(expected);
                long[] actual = values.clone();
                Radix.sort(actual);
                assertArrayEquals(expected, actual, "n=" + n + " shape " + shape);
                // A range of the array only: what lies outside it stays where it was.
                if (n > 10) {
                    long[] part = values.clone();
                    Radix.sort(part, 3, n - 4);
                    long[] partExpected = values.clone();
                    Arrays.sort(partExpected, 3, n - 4);
                    assertArrayEquals(partExpected, part, "range, n=" + n + " shape " + shape);
                }
            }
        }
    }
}
