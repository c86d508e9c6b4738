package io.github.corpuscheck.checks.metadata;

import com.dynatrace.hash4j.hashing.Hasher64;
import com.dynatrace.hash4j.hashing.Hashing;
import io.github.corpuscheck.internal.Radix;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * 64-bit keys per document (0 = none), growable, and the groups of documents sharing a key. Memory is one long per
 * document; a map is built only for the keys that occur more than once, found by sorting a copy.
 */
final class RepeatedKeys {

    /**
     * Stored: keys are kept in the metadata check's cached state and compared with those of re-read documents. XXH3-64
     * without seed is a specified algorithm, the same in every hash4j release.
     */
    private static final Hasher64 XXH3 = Hashing.xxh3_64();

    private long[] keys = new long[1024];
    private int size;

    void set(int index, long key) {
        if (index >= keys.length) {
            keys = Arrays.copyOf(keys, Math.max(index + 1, keys.length * 2));
        }
        keys[index] = key;
        size = Math.max(size, index + 1);
    }

    long get(int index) {
        return index < size ? keys[index] : 0L;
    }

    /** Groups of two or more document indices with the same key, each ascending, ordered by first index. */
    List<int[]> groups() {
        long[] sorted = Arrays.copyOf(keys, size);
        Radix.sort(sorted);
        Map<Long, List<Integer>> repeated = new HashMap<>();
        for (int i = 1; i < sorted.length; i++) {
            if (sorted[i] != 0L && sorted[i] == sorted[i - 1]) {
                repeated.putIfAbsent(sorted[i], new ArrayList<>());
            }
        }
        List<List<Integer>> ordered = new ArrayList<>();
        if (!repeated.isEmpty()) {
            for (int i = 0; i < size; i++) {
                List<Integer> g = repeated.get(keys[i]);
                if (g != null) {
                    if (g.isEmpty()) {
                        ordered.add(g);
                    }
                    g.add(i);
                }
            }
        }
        List<int[]> out = new ArrayList<>(ordered.size());
        ordered.forEach(g -> out.add(g.stream().mapToInt(Integer::intValue).toArray()));
        return out;
    }

    /** A key for a string: XXH3, never 0. */
    static long keyOf(String value) {
        long h = XXH3.hashCharsToLong(value);
        return h == 0L ? 1L : h;
    }
}
