package io.github.corpuscheck.internal;

import java.util.Arrays;

/**
 * Sorts primitive arrays by a radix sort on bytes from the top, in place (American flag sort): 256 buckets a pass,
 * recursing down to buckets of 32 values, which insertion sort finishes. Most of what the corpus phase sorts is
 * hash-like (text, paragraph and key hashes), where this is two to three times faster than {@link Arrays#sort},
 * also in a cold run; on other values (pairs of document indices) it costs a few passes over empty top bytes. No
 * second array, which a million documents would feel. 256 buckets a pass keep the swaps within cached lines.
 */
public final class Radix {

    private Radix() {}

    /** Sorts {@code a[from, to)} ascending (signed order, as {@link Arrays#sort(long[], int, int)}). */
    public static void sort(long[] a, int from, int to) {
        sort(a, from, to, 56);
    }

    /** Sorts {@code a} ascending. */
    public static void sort(long[] a) {
        sort(a, 0, a.length, 56);
    }

    /** Sorts {@code a[from, to)}, whose values agree above bit {@code shift + 8}, by the byte at {@code shift} first. */
    private static void sort(long[] a, int from, int to, int shift) {
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
                sort(a, start[b], start[b + 1], shift - 8);
            }
        }
    }

    /** The byte at {@code shift}; the top one sign-flipped, so buckets follow the signed order. */
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
}
