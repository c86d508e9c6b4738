package io.github.corpuscheck.io;

import java.util.Arrays;

/** A growable long array, e.g. the line offsets of a file. */
final class LongArray {

    private long[] values = new long[64];
    private int size;

    void add(long v) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = v;
    }

    long get(int i) {
        return values[i];
    }

    void clear() {
        size = 0;
    }
}
