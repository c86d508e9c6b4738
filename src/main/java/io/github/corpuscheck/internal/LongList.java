package io.github.corpuscheck.internal;

import java.util.Arrays;

/** A growable {@code long[]}: hashes, postings or offsets without boxing. */
public final class LongList {
    private long[] a;
    private int size;

    public LongList() {
        this(64);
    }

    public LongList(int capacity) {
        a = new long[Math.max(4, capacity)];
    }

    public void add(long v) {
        if (size == a.length) {
            a = Arrays.copyOf(a, a.length + (a.length >> 1) + 1);
        }
        a[size++] = v;
    }

    public long get(int i) {
        return a[i];
    }

    public int size() {
        return size;
    }

    public void clear() {
        size = 0;
    }

    /**
     * The backing array, valid up to {@link #size()}; for hot loops that read many values. It is replaced when the
     * list grows, so ask again after adding.
     */
    public long[] array() {
        return a;
    }

    /** The values, in a new array of {@link #size()}. */
    public long[] toArray() {
        return Arrays.copyOf(a, size);
    }

    /** Sorts and removes repeated values. */
    public void sortUnique() {
        Radix.sort(a, 0, size);
        int w = 0;
        for (int i = 0; i < size; i++) {
            if (w == 0 || a[i] != a[w - 1]) {
                a[w++] = a[i];
            }
        }
        size = w;
    }
}
