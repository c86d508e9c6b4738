package io.github.corpuscheck.check.duplicate;

import io.github.corpuscheck.check.Radix;
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
        Radix.sort(a, 0, size);
        unique();
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
