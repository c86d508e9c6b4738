package io.github.corpuscheck.api;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One article as read from the corpus. It lives only while it is being checked: the engine keeps compact
 * per-document state, never the texts.
 *
 * @param index position in reading order (0-based, stable for the same corpus and configuration)
 * @param id the document id (front-matter or id field; else the relative path, or {@code path:line} for JSON Lines)
 * @param file corpus-relative file with {@code /} separators
 * @param line 1-based line where the document starts in its file
 * @param fields metadata by logical field name ({@code date}, {@code title}, custom names...), values as read
 * @param text the body text, or {@code null} when the document has none
 * @param textLine 1-based file line where the body text starts
 * @param paragraphs the body split into paragraphs (empty when there is no text)
 */
public record Document(
        int index,
        String id,
        String file,
        int line,
        Map<String, String> fields,
        String text,
        int textLine,
        List<Paragraph> paragraphs) {

    public Document {
        fields = Collections.unmodifiableMap(new TreeMap<>(fields));
        paragraphs = List.copyOf(paragraphs);
    }

    /** The value of a logical field, or {@code null} when it is absent. */
    public String field(String name) {
        return fields.get(name);
    }

    /** True when the document has a text with at least one non-whitespace character. */
    public boolean hasText() {
        return text != null && !text.isBlank();
    }

    public Location location() {
        return new Location(file, line);
    }
}
