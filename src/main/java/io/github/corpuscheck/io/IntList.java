package io.github.corpuscheck.io;

import java.util.Arrays;

/** A growable int array: one value per document without boxing. */
final class IntList {

    private int[] values = new int[1024];
    private int size;

    void add(int v) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = v;
    }

    int get(int i) {
        return values[i];
    }

    void clear() {
        size = 0;
    }
}
