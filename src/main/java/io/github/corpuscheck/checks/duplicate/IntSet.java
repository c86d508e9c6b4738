package io.github.corpuscheck.checks.duplicate;

import java.util.Arrays;

/**
 * A set of ints in an open-addressing table (linear probing, at most half full). Verifying a pair intersects two
 * shingle sets; building this table is linear, where sorting the shingles cost more than all the rest of a profile.
 */
final class IntSet {

    /** 0 marks an empty slot; the value 0 itself is kept aside. */
    private final int[] table;
    private final int mask;
    private final int shift;
    private final boolean hasZero;
    private final int size;

    /** The distinct values among {@code values[0..n)}. */
    IntSet(int[] values, int n) {
        int capacity = Integer.highestOneBit(Math.max(4, n) * 2 - 1) << 1;
        table = new int[capacity];
        mask = capacity - 1;
        shift = Integer.numberOfLeadingZeros(capacity) + 1; // the top log2(capacity) bits of the product
        boolean zero = false;
        int count = 0;
        for (int k = 0; k < n; k++) {
            int v = values[k];
            if (v == 0) {
                zero = true;
                continue;
            }
            int i = slot(v);
            while (table[i] != 0 && table[i] != v) {
                i = (i + 1) & mask;
            }
            if (table[i] == 0) {
                table[i] = v;
                count++;
            }
        }
        hasZero = zero;
        size = count + (zero ? 1 : 0);
    }

    private int slot(int v) {
        return (v * 0x9E3779B9) >>> shift;
    }

    int size() {
        return size;
    }

    boolean contains(int v) {
        if (v == 0) {
            return hasZero;
        }
        for (int i = slot(v); table[i] != 0; i = (i + 1) & mask) {
            if (table[i] == v) {
                return true;
            }
        }
        return false;
    }

    /** Number of values both sets hold: the smaller one's values probed in the larger. */
    static int intersection(IntSet x, IntSet y) {
        IntSet small = x.size <= y.size ? x : y;
        IntSet large = small == x ? y : x;
        int n = small.hasZero && large.hasZero ? 1 : 0;
        for (int v : small.table) {
            if (v != 0 && large.contains(v)) {
                n++;
            }
        }
        return n;
    }

    /** Ints of memory held. */
    int memoryInts() {
        return table.length + 4;
    }

    /** The values, sorted (for tests and debugging). */
    int[] toSortedArray() {
        int[] out = new int[size];
        int w = 0;
        if (hasZero) {
            out[w++] = 0;
        }
        for (int v : table) {
            if (v != 0) {
                out[w++] = v;
            }
        }
        Arrays.sort(out);
        return out;
    }
}
