package io.github.corpuscheck.source;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.FailsafeSchema;

/**
 * Front matter at the top of a text article, as static site generators (Jekyll, Hugo, Eleventy...) read it:
 * <ul>
 *   <li>YAML between two {@code ---} lines, read by SnakeYAML Engine: comments, quotes, flow and block lists, block
 *       scalars ({@code |}, {@code >}), anchors. Every scalar is kept as written ({@code 2024-05-14},
 *       {@code 0012}, {@code true}: the failsafe schema), so the metadata checks see the text, not a reading of it;
 *   <li>TOML between two {@code +++} lines, read by Jackson's TOML parser; dates are kept as written too;
 *   <li>JSON: a first line {@code &#123;} opens a JSON object, which ends the front matter when it closes (Hugo's
 *       JSON front matter).
 * </ul>
 * The block must be a mapping (an object, a table). Each top-level key gives a field, kept as written (trimmed; an
 * empty key is dropped); a string value as it is, another scalar as its text, a list or a mapping as compact JSON
 * ({@code ["Ann","Bob"]}), as the JSON Lines reader keeps them; {@code null} (an empty YAML value) is absent. A
 * key given twice is an error, as in JSON Lines objects.
 *
 * <p>A block that does not parse (or is not a mapping) is a {@link Problem} with its line in the file: the reader
 * reports it as {@code input.malformed}; the fields are then empty and the body still starts after the closing
 * fence. Without a closing fence (YAML, TOML), or a JSON object that never closes, the text has no front matter and
 * is all body. Only texts whose first line is a fence are parsed at all.
 */
final class FrontMatter {

    /** A block that does not parse: its format, the 1-based line in the text and what is wrong. */
    record Problem(String format, int line, String message) {}

    private static final LoadSettings YAML_SETTINGS = LoadSettings.builder()
            .setSchema(new FailsafeSchema())
            // An empty value is null (absent); explicitly tagged scalars (!!int 5) keep their text like the others.
            .setTagConstructors(Map.of(Tag.NULL, node -> null, Tag.INT, FrontMatter::scalarText,
                    Tag.FLOAT, FrontMatter::scalarText, Tag.BOOL, FrontMatter::scalarText))
            .setAllowDuplicateKeys(false)
            .setMaxAliasesForCollections(50)
            .setCodePointLimit(4 * 1024 * 1024)
            .setLabel("front matter")
            .build();
    private static final TomlMapper TOML = new TomlMapper();
    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private FrontMatter() {}

    /**
     * Parses front matter at the start of {@code text} into {@code fields}. Returns the char offset where the body
     * starts and sets {@code bodyLine[0]} to the body's 1-based line, or returns -1 when there is no front matter.
     * A block that does not parse leaves {@code fields} empty and sets {@code problem[0]}.
     */
    static int parse(String text, Map<String, String> fields, int[] bodyLine, Problem[] problem) {
        int firstEnd = lineEnd(text, 0);
        String fence = fence(text, 0, firstEnd);
        if (fence == null) {
            return -1;
        }
        if (fence.equals("}")) {
            return -1;
        }
        if (fence.equals("{")) {
            return json(text, fields, bodyLine, problem);
        }
        int pos = next(text, firstEnd);
        // First find the closing fence, so a text that merely starts with "---" keeps all its content.
        int scan = pos;
        int closeStart = -1;
        int closeLine = 2;
        while (scan >= 0 && scan < text.length()) {
            int end = lineEnd(text, scan);
            if (fence.equals(fence(text, scan, end))) {
                closeStart = scan;
                break;
            }
            scan = next(text, end);
            closeLine++;
        }
        if (closeStart < 0) {
            return -1;
        }
        String block = pos < 0 ? "" : text.substring(pos, closeStart);
        Problem p = fence.equals("---") ? yaml(block, fields) : toml(block, fields);
        if (p != null) {
            fields.clear();
            problem[0] = p;
        }
        int bodyStart = next(text, lineEnd(text, closeStart));
        bodyLine[0] = closeLine + 1;
        return bodyStart < 0 ? text.length() : bodyStart;
    }

    /** As {@link #parse(String, Map, int[], Problem[])}, without saying why a block does not parse. */
    static int parse(String text, Map<String, String> fields, int[] bodyLine) {
        return parse(text, fields, bodyLine, new Problem[1]);
    }

    /** The YAML block (lines 2… of the text) into fields, or the problem. */
    private static Problem yaml(String block, Map<String, String> fields) {
        Object root;
        try {
            root = new Load(YAML_SETTINGS).loadFromString(block);
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().or(e::getContextMark).map(m -> m.getLine()).orElse(0);
            String what = e.getProblem() != null ? e.getProblem() : firstLine(e.getMessage());
            String context = e.getContext();
            return new Problem("YAML", 2 + line, (context == null ? "" : context + ": ") + what);
        } catch (YamlEngineException | IllegalArgumentException | StackOverflowError e) {
            return new Problem("YAML", 2, firstLine(String.valueOf(e.getMessage())));
        }
        if (root == null) {
            return null; // an empty block
        }
        if (!(root instanceof Map<?, ?> map)) {
            return new Problem("YAML", 2, "the front matter is a " + kind(root) + ", not a mapping of keys to values");
        }
        for (Map.Entry<?, ?> e : map.entrySet()) {
            put(fields, String.valueOf(e.getKey()), e.getValue());
        }
        return null;
    }

    /** The TOML block (lines 2… of the text) into fields, or the problem. */
    private static Problem toml(String block, Map<String, String> fields) {
        JsonNode root;
        try {
            root = TOML.readTree(block);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = at == null || at.getLineNr() < 1 ? 1 : at.getLineNr();
            return new Problem("TOML", 1 + line, firstLine(e.getOriginalMessage()));
        } catch (IOException | RuntimeException | StackOverflowError e) {
            return new Problem("TOML", 2, firstLine(String.valueOf(e.getMessage())));
        }
        if (root == null || root.isMissingNode()) {
            return null;
        }
        for (Map.Entry<String, JsonNode> e : root.properties()) {
            JsonNode v = e.getValue();
            put(fields, e.getKey(), v.isNull() ? null : v.isValueNode() ? v.asText() : v.toString());
        }
        return null;
    }

    /** A JSON object from the first line on; the body starts on the line after the one where it closes. */
    private static int json(String text, Map<String, String> fields, int[] bodyLine, Problem[] problem) {
        try (JsonParser p = JSON.createParser(text)) {
            p.nextToken(); // START_OBJECT
            JsonToken t;
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                JsonToken v = p.nextToken();
                if (v == JsonToken.START_OBJECT || v == JsonToken.START_ARRAY) {
                    StringWriter w = new StringWriter();
                    try (JsonGenerator g = JSON.createGenerator(w)) {
                        g.copyCurrentStructure(p);
                    }
                    put(fields, key, w.toString());
                } else {
                    put(fields, key, v == JsonToken.VALUE_NULL ? null : p.getText());
                }
            }
            if (t != JsonToken.END_OBJECT) {
                throw new IllegalStateException("unexpected " + t);
            }
            JsonLocation end = p.currentLocation();
            int closeEnd = (int) Math.min(text.length(), Math.max(0, end.getCharOffset()));
            int lineEnd = lineEnd(text, closeEnd);
            int bodyStart = next(text, lineEnd);
            bodyLine[0] = end.getLineNr() + 1;
            return bodyStart < 0 ? text.length() : bodyStart;
        } catch (JsonProcessingException e) {
            if (e.getMessage() != null && e.getMessage().contains("end-of-input")) {
                fields.clear();
                return -1; // never closes: not front matter
            }
            fields.clear();
            JsonLocation at = e.getLocation();
            int line = at == null || at.getLineNr() < 1 ? 1 : at.getLineNr();
            problem[0] = new Problem("JSON", line, firstLine(e.getOriginalMessage()));
            return skipBlock(text, line, bodyLine);
        } catch (IOException | RuntimeException e) {
            fields.clear();
            problem[0] = new Problem("JSON", 1, firstLine(String.valueOf(e.getMessage())));
            return skipBlock(text, 1, bodyLine);
        }
    }

    /**
     * The body of a JSON front matter that does not parse: after the first line holding only {@code &#125;}, or,
     * without one, after the line of the error.
     */
    private static int skipBlock(String text, int errorLine, int[] bodyLine) {
        int pos = 0;
        int line = 1;
        int fallback = -1;
        int fallbackLine = 0;
        while (pos >= 0 && pos < text.length()) {
            int end = lineEnd(text, pos);
            if (line > 1 && "}".equals(fence(text, pos, end))) {
                bodyLine[0] = line + 1;
                int b = next(text, end);
                return b < 0 ? text.length() : b;
            }
            if (line == errorLine) {
                fallback = next(text, end);
                fallbackLine = line + 1;
            }
            pos = next(text, end);
            line++;
        }
        bodyLine[0] = Math.max(2, fallbackLine);
        return fallback < 0 ? text.length() : fallback;
    }

    /** Puts one field: the key trimmed (an empty one dropped), a list or mapping as compact JSON, null as absent. */
    private static void put(Map<String, String> fields, String key, Object value) {
        String k = key.strip();
        if (k.isEmpty() || value == null) {
            return;
        }
        fields.put(k, value instanceof String s ? s : compactJson(value));
    }

    /** A YAML list or mapping as compact JSON, scalars as strings (the failsafe schema reads every scalar as text). */
    private static String compactJson(Object value) {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(w)) {
            write(g, value, 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    private static void write(JsonGenerator g, Object value, int depth) throws IOException {
        if (depth > 100) {
            g.writeString("...");
        } else if (value instanceof Map<?, ?> m) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                g.writeFieldName(String.valueOf(e.getKey()));
                write(g, e.getValue(), depth + 1);
            }
            g.writeEndObject();
        } else if (value instanceof List<?> l) {
            g.writeStartArray();
            for (Object o : l) {
                write(g, o, depth + 1);
            }
            g.writeEndArray();
        } else if (value == null) {
            g.writeNull();
        } else {
            g.writeString(String.valueOf(value));
        }
    }

    private static Object scalarText(Node node) {
        return node instanceof ScalarNode scalar ? scalar.getValue() : null;
    }

    private static String kind(Object root) {
        return root instanceof List<?> ? "list" : "single value";
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "parse error";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }

    /** The fence a line is ({@code ---}, {@code +++} or {@code {}/{@code }} alone, trailing spaces allowed), or null. */
    private static String fence(String text, int start, int end) {
        int e = end;
        while (e > start && ParagraphSplitter.isSpace(text.charAt(e - 1))) {
            e--;
        }
        int n = e - start;
        if (n == 3 && (text.startsWith("---", start) || text.startsWith("+++", start))) {
            return text.substring(start, e);
        }
        if (n == 1 && (text.charAt(start) == '{' || text.charAt(start) == '}')) {
            return text.substring(start, e);
        }
        return null;
    }

    /** End of the line starting at {@code pos} (index of its '\n', or the text length). */
    static int lineEnd(String text, int pos) {
        int nl = text.indexOf('\n', pos);
        return nl < 0 ? text.length() : nl;
    }

    /** Start of the next line, or -1 when {@code end} is the end of the text. */
    private static int next(String text, int end) {
        return end < text.length() ? end + 1 : -1;
    }
}
