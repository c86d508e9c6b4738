package io.github.corpuscheck.checks.metadata;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Results of a costly pure function of a metadata value, by value: a corpus repeats the same dates, datelines and
 * agency names thousands of times. Thread-safe; bounded by clearing when full, which changes no result.
 */
final class RecentValues<V> {

    private static final int MAX = 4096;
    private final Map<String, V> values = new ConcurrentHashMap<>();

    /** Values held now (never more than the bound). */
    int size() {
        return values.size();
    }

    V get(String key, Function<String, V> compute) {
        V known = values.get(key);
        if (known != null) {
            return known;
        }
        V computed = compute.apply(key);
        if (values.size() >= MAX) {
            values.clear();
        }
        values.put(key, computed);
        return computed;
    }
}
