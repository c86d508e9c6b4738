package io.github.corpuscheck.check.duplicate;

import java.util.Arrays;

/** A growable {@code long[]}. */
final class LongList {
    long[] a;
    int size;

    LongList(int capacity) {
        a = new long[Math.max(4, capacity)];
    }

    void add(long v) {
        if (size == a.length) {
            a = Arrays.copyOf(a, a.length + (a.length >> 1) + 1);
        }
        a[size++] = v;
    }

    long get(int i) {
        return a[i];
    }

    int size() {
        return size;
    }

    long[] toArray() {
        return Arrays.copyOf(a, size);
    }

    /** Sorts and removes repeated values. */
    void sortUnique() {
        Arrays.sort(a, 0, size);
        unique();
    }

    /**
     * As {@link #sortUnique}, for values whose top 16 bits are spread evenly (they start with a hash): a counting
     * pass and one pass of swaps put them into 65,536 buckets of a few values each, which are then sorted. Several
     * times faster than a comparison sort on a million values, and little code for a cold run to compile.
     */
    void sortUniqueHashed() {
        if (size < 4096) {
            sortUnique();
            return;
        }
        int[] start = new int[(1 << 16) + 1];
        for (int i = 0; i < size; i++) {
            start[bucket(a[i]) + 1]++;
        }
        for (int b = 0; b < 1 << 16; b++) {
            start[b + 1] += start[b];
        }
        // Into the buckets in place (American flag sort): no second array, which a million documents would feel.
        int[] next = Arrays.copyOf(start, 1 << 16);
        for (int b = 0; b < 1 << 16; b++) {
            int end = start[b + 1];
            while (next[b] < end) {
                long v = a[next[b]];
                int vb = bucket(v);
                while (vb != b) { // carry v to its bucket, picking up the value it displaces
                    long displaced = a[next[vb]];
                    a[next[vb]++] = v;
                    v = displaced;
                    vb = bucket(v);
                }
                a[next[b]++] = v;
            }
        }
        for (int b = 0; b < 1 << 16; b++) {
            int from = start[b];
            int to = start[b + 1];
            if (to - from > 32) {
                Arrays.sort(a, from, to); // a value repeated often (the same paragraph in many texts)
            } else {
                for (int i = from + 1; i < to; i++) { // insertion sort: buckets hold a handful of values
                    long v = a[i];
                    int j = i - 1;
                    while (j >= from && a[j] > v) {
                        a[j + 1] = a[j];
                        j--;
                    }
                    a[j + 1] = v;
                }
            }
        }
        unique();
    }

    /** The top 16 bits, sign flipped, so buckets follow the signed order of {@link Arrays#sort(long[])}. */
    private static int bucket(long v) {
        return (int) (v >>> 48) ^ 0x8000;
    }

    private void unique() {
        int w = 0;
        for (int i = 0; i < size; i++) {
            if (w == 0 || a[i] != a[w - 1]) {
                a[w++] = a[i];
            }
        }
        size = w;
    }
}
