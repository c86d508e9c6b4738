package io.github.corpuscheck.check.duplicate;

import java.util.Arrays;

/** A growable {@code int[]}. */
final class IntList {
    int[] a;
    int size;

    IntList(int capacity) {
        a = new int[Math.max(4, capacity)];
    }

    void add(int v) {
        if (size == a.length) {
            a = Arrays.copyOf(a, a.length + (a.length >> 1) + 1);
        }
        a[size++] = v;
    }

    /** Makes room so that index {@code i} can be set. */
    void ensureSize(int n) {
        if (n > a.length) {
            a = Arrays.copyOf(a, Math.max(n, a.length + (a.length >> 1) + 1));
        }
        if (n > size) {
            size = n;
        }
    }

    int get(int i) {
        return a[i];
    }

    void set(int i, int v) {
        a[i] = v;
    }

    int size() {
        return size;
    }
}
