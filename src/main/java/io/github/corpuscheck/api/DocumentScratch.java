package io.github.corpuscheck.api;

import java.util.HashMap;
import java.util.Map;

/**
 * Per-document values that one check computes and a later check reuses while the same document is analysed
 * (for example the body with its trailer stripped). Lives for one document on one worker thread.
 */
public final class DocumentScratch {

    /** A typed key; compare by identity. */
    public static final class Key<T> {
        private final String name;

        public Key(String name) {
            this.name = name;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private final Map<Key<?>, Object> values = new HashMap<>();

    public <T> void put(Key<T> key, T value) {
        values.put(key, value);
    }

    @SuppressWarnings("unchecked")
    public <T> T get(Key<T> key) {
        return (T) values.get(key);
    }
}
