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
     * As {@link #sortUnique}, for values whose top bits are spread evenly (they start with a hash): a radix sort by
     * bytes from the top, in place (American flag sort), down to buckets of a few values, which insertion sort
     * finishes. Two to three times faster than a comparison sort of a million values, and no second array, which a
     * million documents would feel. 256 buckets a pass keep the swaps within cached lines (65,536 did not).
     */
    void sortUniqueHashed() {
        if (size < 4096) {
            sortUnique();
            return;
        }
        flagSort(a, 0, size, 56);
        unique();
    }

    /** Sorts {@code a[from, to)}, whose values agree above bit {@code shift + 8}, by the byte at {@code shift} first. */
    private static void flagSort(long[] a, int from, int to, int shift) {
        if (to - from <= 32 || shift < 0) {
            insertionSort(a, from, to);
            return;
        }
        int[] start = new int[257];
        for (int i = from; i < to; i++) {
            start[bucket(a[i], shift) + 1]++;
        }
        start[0] = from;
        for (int b = 0; b < 256; b++) {
            start[b + 1] += start[b];
        }
        int[] next = Arrays.copyOf(start, 256);
        for (int b = 0; b < 256; b++) {
            int end = start[b + 1];
            while (next[b] < end) {
                long v = a[next[b]];
                int vb = bucket(v, shift);
                while (vb != b) { // carry v to its bucket, picking up the value it displaces
                    long displaced = a[next[vb]];
                    a[next[vb]++] = v;
                    v = displaced;
                    vb = bucket(v, shift);
                }
                a[next[b]++] = v;
            }
        }
        for (int b = 0; b < 256; b++) {
            if (start[b + 1] - start[b] > 1) {
                flagSort(a, start[b], start[b + 1], shift - 8);
            }
        }
    }

    /** The byte at {@code shift}; the top one sign-flipped, so buckets follow the signed order of {@link Arrays#sort}. */
    private static int bucket(long v, int shift) {
        int b = (int) (v >>> shift) & 0xff;
        return shift == 56 ? b ^ 0x80 : b;
    }

    private static void insertionSort(long[] a, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            long v = a[i];
            int j = i - 1;
            while (j >= from && a[j] > v) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = v;
        }
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
