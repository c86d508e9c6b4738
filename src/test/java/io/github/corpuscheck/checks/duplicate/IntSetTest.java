package io.github.corpuscheck.checks.duplicate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class IntSetTest {

    @Test
    void holdsTheDistinctValuesIncludingZeroAndNegatives() {
        IntSet s = new IntSet(new int[] {5, 0, -7, 5, Integer.MIN_VALUE, 0, 99, 123}, 7); // the last value is not taken
        assertEquals(5, s.size());
        assertArrayEquals(new int[] {Integer.MIN_VALUE, -7, 0, 5, 99}, s.toSortedArray());
        assertTrue(s.contains(0));
        assertTrue(s.contains(-7));
        assertFalse(s.contains(123));
        assertFalse(new IntSet(new int[0], 0).contains(0));
    }

    @Test
    void intersectionCountsCommonValuesLikeSortedSets() {
        SplittableRandom random = new SplittableRandom(11);
        for (int round = 0; round < 500; round++) {
            int n = random.nextInt(3000);
            int m = random.nextInt(3000);
            int range = 1 + random.nextInt(5000); // small ranges force repeats and overlap
            int[] a = new int[n];
            int[] b = new int[m];
            TreeSet<Integer> sa = new TreeSet<>();
            TreeSet<Integer> sb = new TreeSet<>();
            for (int i = 0; i < n; i++) {
                a[i] = random.nextInt(range) - range / 2;
                sa.add(a[i]);
            }
            for (int i = 0; i < m; i++) {
                b[i] = random.nextInt(range) - range / 2;
                sb.add(b[i]);
            }
            IntSet x = new IntSet(a, n);
            IntSet y = new IntSet(b, m);
            sa.retainAll(sb);
            assertEquals(sa.size(), IntSet.intersection(x, y));
            assertEquals(sa.size(), IntSet.intersection(y, x));
        }
    }
}
