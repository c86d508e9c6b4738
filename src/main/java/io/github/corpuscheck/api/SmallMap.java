package io.github.corpuscheck.api;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * An immutable map of a few entries in insertion order, in one array: a finding's evidence. A corpus can have
 * hundreds of thousands of them, and a {@code LinkedHashMap} of seven entries costs several times the memory.
 * Lookups scan the array, which is fast for a handful of keys.
 */
public final class SmallMap extends AbstractMap<String, Object> {

    private static final SmallMap EMPTY = new SmallMap(new Object[0]);

    /** Keys at even, values at odd indices. */
    private final Object[] entries;

    private SmallMap(Object[] entries) {
        this.entries = entries;
    }

    /** An immutable copy of the map, in its iteration order. */
    public static Map<String, Object> copyOf(Map<String, Object> map) {
        if (map.isEmpty()) {
            return EMPTY;
        }
        Object[] kv = new Object[2 * map.size()];
        int i = 0;
        for (Map.Entry<String, Object> e : map.entrySet()) {
            kv[i++] = e.getKey();
            kv[i++] = e.getValue();
        }
        return new SmallMap(kv);
    }

    /** A map of the first {@code length} slots of {@code keysAndValues} (keys at even indices), copied. */
    static Map<String, Object> ofEntries(Object[] keysAndValues, int length) {
        return length == 0 ? EMPTY : new SmallMap(Arrays.copyOf(keysAndValues, length));
    }

    @Override
    public int size() {
        return entries.length / 2;
    }

    @Override
    public Object get(Object key) {
        for (int i = 0; i < entries.length; i += 2) {
            if (entries[i].equals(key)) {
                return entries[i + 1];
            }
        }
        return null;
    }

    @Override
    public boolean containsKey(Object key) {
        for (int i = 0; i < entries.length; i += 2) {
            if (entries[i].equals(key)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Set<Map.Entry<String, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<String, Object>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < entries.length;
                    }

                    @Override
                    public Map.Entry<String, Object> next() {
                        if (next >= entries.length) {
                            throw new NoSuchElementException();
                        }
                        Map.Entry<String, Object> e = new SimpleImmutableEntry<>((String) entries[next], entries[next + 1]);
                        next += 2;
                        return e;
                    }
                };
            }

            @Override
            public int size() {
                return entries.length / 2;
            }
        };
    }
}
