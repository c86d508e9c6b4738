package io.github.corpuscheck.source;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Pulls the mapped fields out of one JSON object with the streaming parser. Locations form a small tree (a top-level
 * key is a one-step pointer), so subtrees nobody asked for are skipped with {@code skipChildren()}. Values: strings
 * as they are, other scalars as their JSON text ({@code 42}, {@code true}), {@code null} as absent, objects and
 * arrays as compact JSON. Top-level scalars under keys that no logical field claims are kept under their own key.
 */
final class JsonFields {

    private static final class Node {
        final Map<String, Node> children = new HashMap<>();
        List<String> fields;
    }

    private final Node root = new Node();
    private final Set<String> logicalNames;
    private final JsonFactory factory;

    JsonFields(FieldMapping mapping, JsonFactory factory) {
        this.factory = factory;
        this.logicalNames = new HashSet<>(mapping.locations().keySet());
        mapping.locations().forEach((field, location) -> {
            Node n = root;
            for (String segment : segments(location)) {
                n = n.children.computeIfAbsent(segment, k -> new Node());
            }
            if (n.fields == null) {
                n.fields = new ArrayList<>(1);
            }
            n.fields.add(field);
        });
    }

    /** Pointer segments of a location: {@code /a/b} gives a, b (with ~1 and ~0 unescaped); a plain key is one segment. */
    static List<String> segments(String location) {
        if (!location.startsWith("/")) {
            return List.of(location);
        }
        List<String> out = new ArrayList<>();
        int p = 1;
        while (p <= location.length()) {
            int slash = location.indexOf('/', p);
            int end = slash < 0 ? location.length() : slash;
            out.add(location.substring(p, end).replace("~1", "/").replace("~0", "~"));
            if (slash < 0) {
                break;
            }
            p = slash + 1;
        }
        return out;
    }

    /** Reads the object whose START_OBJECT the parser is on, putting logical fields into {@code out}. */
    void readObject(JsonParser p, Map<String, String> out) throws IOException {
        object(p, root, true, out);
    }

    /**
     * Reads one object's fields. A key used twice is a {@link JsonParseException} ("duplicate key 'k'"): which value
     * counts is unspecified (RFC 8259), so the line is malformed rather than silently keeping one. Only the objects
     * read here are checked (the line's object and those on mapped JSON Pointer paths), not skipped subtrees: a
     * linear scan over names the parser has already canonicalised, cheaper than Jackson's general detection.
     */
    private void object(JsonParser p, Node node, boolean top, Map<String, String> out) throws IOException {
        String[] seen = null;
        int count = 0;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            if (seen == null) {
                seen = new String[8];
            }
            for (int i = 0; i < count; i++) {
                String s = seen[i];
                if (s == name || s.equals(name)) {
                    throw new JsonParseException(p, "duplicate key '" + name + "'", p.currentTokenLocation());
                }
            }
            if (count == seen.length) {
                seen = java.util.Arrays.copyOf(seen, count * 2);
            }
            seen[count++] = name;
            Node child = node == null ? null : node.children.get(name);
            JsonToken v = p.nextToken();
            value(p, v, child, top ? name : null, out);
        }
    }

    private void array(JsonParser p, Node node, Map<String, String> out) throws IOException {
        int i = 0;
        JsonToken v;
        while ((v = p.nextToken()) != JsonToken.END_ARRAY && v != null) {
            value(p, v, node.children.get(Integer.toString(i++)), null, out);
        }
    }

    private void value(JsonParser p, JsonToken v, Node child, String topKey, Map<String, String> out) throws IOException {
        if (v == null) {
            return;
        }
        boolean structured = v == JsonToken.START_OBJECT || v == JsonToken.START_ARRAY;
        if (child != null && child.fields != null) {
            String text = structured ? compact(p) : scalar(p, v);
            if (text != null) {
                for (String f : child.fields) {
                    out.put(f, text);
                }
            }
            if (structured && !child.children.isEmpty()) {
                // Rare: a location and a location inside it are both mapped; read the copied value once more.
                try (JsonParser again = factory.createParser(text)) {
                    JsonToken t = again.nextToken();
                    if (t == JsonToken.START_OBJECT) {
                        object(again, child, false, out);
                    } else {
                        array(again, child, out);
                    }
                }
            }
        } else if (child != null && v == JsonToken.START_OBJECT) {
            object(p, child, false, out);
        } else if (child != null && v == JsonToken.START_ARRAY) {
            array(p, child, out);
        } else if (structured) {
            p.skipChildren();
        } else if (topKey != null && !logicalNames.contains(topKey)) {
            String text = scalar(p, v);
            if (text != null) {
                out.put(topKey, text);
            }
        }
    }

    private static String scalar(JsonParser p, JsonToken v) throws IOException {
        return v == JsonToken.VALUE_NULL ? null : p.getText();
    }

    private String compact(JsonParser p) throws IOException {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = factory.createGenerator(w)) {
            g.copyCurrentStructure(p);
        }
        return w.toString();
    }
}
