package io.github.corpuscheck.check.duplicate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LongListTest {

    @Test
    void sortUniqueHashedSortsLikeSortUnique() {
        SplittableRandom random = new SplittableRandom(3);
        for (int n : new int[] {0, 5, 4095, 4096, 100_000}) {
            LongList hashed = new LongList(1);
            LongList plain = new LongList(1);
            for (int i = 0; i < n; i++) {
                // Hashes (negative ones too), repeats, and one hash in many values (a bucket over 32).
                long v = i % 7 == 0 ? (0x7A5L << 52) | random.nextInt(1000) : random.nextLong();
                if (i % 11 == 0 && i > 0) {
                    v = hashed.get(i / 2);
                }
                hashed.add(v);
                plain.add(v);
            }
            hashed.sortUniqueHashed();
            plain.sortUnique();
            assertArrayEquals(plain.toArray(), hashed.toArray(), "n=" + n);
        }
    }
}
