package io.github.corpuscheck.checks.metadata;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A metadata value that is a list: the readers keep a list (YAML or TOML front matter, a JSON array in JSON Lines) as
 * compact JSON, {@code ["Ann Lee","Bo Chen"]}. The field schema checks each element of such a value.
 */
final class ListValue {

    private static final JsonFactory JSON = new JsonFactory();

    private ListValue() {}

    /**
     * The elements of a value written as a JSON array of scalars (strings as they are, numbers and booleans as their
     * text, {@code null} left out), or {@code null} when the value is not such an array (a plain value, or an array
     * holding arrays or objects, which is checked as it is written).
     */
    static List<String> elements(String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip();
        if (v.length() < 2 || v.charAt(0) != '[' || v.charAt(v.length() - 1) != ']') {
            return null;
        }
        try (JsonParser p = JSON.createParser(v)) {
            p.nextToken();
            List<String> out = new ArrayList<>();
            JsonToken t;
            while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                if (t == null || t.isStructStart()) {
                    return null;
                }
                if (t != JsonToken.VALUE_NULL) {
                    out.add(p.getText());
                }
            }
            return p.nextToken() == null ? out : null;
        } catch (IOException e) {
            return null;
        }
    }
}
