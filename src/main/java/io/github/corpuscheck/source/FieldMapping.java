package io.github.corpuscheck.source;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where each logical field ({@code id}, {@code text}, {@code title}, {@code date}, ...) is found in a JSON Lines
 * object: a top-level key, or a JSON Pointer such as {@code /meta/date}. Unmapped standard fields use their own name.
 * In text files, front-matter keys are the logical names.
 */
public final class FieldMapping {

    /** The logical fields every reader knows. Custom fields can be added through the mapping. */
    public static final List<String> STANDARD_FIELDS =
            List.of("id", "text", "title", "date", "dateline", "source", "url", "language", "author");

    private final Map<String, String> locations;

    public FieldMapping(Map<String, String> overrides) {
        Map<String, String> m = new TreeMap<>();
        for (String f : STANDARD_FIELDS) {
            m.put(f, f);
        }
        if (overrides != null) {
            overrides.forEach((k, v) -> {
                if (v != null && !v.isBlank()) {
                    m.put(k.trim(), v.trim());
                }
            });
        }
        this.locations = Collections.unmodifiableMap(m);
    }

    public static FieldMapping defaults() {
        return new FieldMapping(Map.of());
    }

    /** Logical field name to JSON key or JSON Pointer (starting with {@code /}), sorted by field name. */
    public Map<String, String> locations() {
        return locations;
    }

    public String locationOf(String field) {
        return locations.get(field);
    }
}
