package io.github.corpuscheck.internal;

import java.util.Arrays;

/** A growable {@code int[]}: one value per document or pair without boxing. */
public final class IntList {
    private int[] a;
    private int size;

    public IntList() {
        this(1024);
    }

    public IntList(int capacity) {
        a = new int[Math.max(4, capacity)];
    }

    public void add(int v) {
        if (size == a.length) {
            a = Arrays.copyOf(a, a.length + (a.length >> 1) + 1);
        }
        a[size++] = v;
    }

    /** Makes room so that every index below {@code n} can be set. */
    public void ensureSize(int n) {
        if (n > a.length) {
            a = Arrays.copyOf(a, Math.max(n, a.length + (a.length >> 1) + 1));
        }
        if (n > size) {
            size = n;
        }
    }

    public int get(int i) {
        return a[i];
    }

    public void set(int i, int v) {
        a[i] = v;
    }

    public int size() {
        return size;
    }

    public void clear() {
        size = 0;
    }

    /** The values, in a new array of {@link #size()}. */
    public int[] toArray() {
        return Arrays.copyOf(a, size);
    }
}
