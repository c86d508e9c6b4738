package io.github.corpuscheck.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.JsonGeneratorDelegate;
import com.fasterxml.jackson.core.util.Separators;
import io.github.corpuscheck.api.Location;
import io.github.corpuscheck.internal.SafeText;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Collection;
import java.util.Map;

/** Writes JSON-like Java values (Map, Collection, String, Number, Boolean, null, Location) with a fixed layout. */
public final class JsonValues {

    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonValues() {}

    /**
     * A generator with two-space indentation and {@code \n} line ends on every platform. Strings and names with an
     * unpaired surrogate are written with U+FFFD in its place (Jackson would write the lone {@code \ud800} escape,
     * which no strict reader accepts).
     */
    public static JsonGenerator prettyGenerator(OutputStream out) throws IOException {
        JsonGenerator g = new WellFormed(FACTORY.createGenerator(out));
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter pp = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
        g.setPrettyPrinter(pp);
        return g;
    }

    /** Passes strings and names on with unpaired surrogates replaced by U+FFFD. */
    private static final class WellFormed extends JsonGeneratorDelegate {
        WellFormed(JsonGenerator d) {
            super(d, false);
        }

        @Override
        public void writeString(String text) throws IOException {
            delegate.writeString(SafeText.wellFormed(text));
        }

        @Override
        public void writeString(char[] text, int offset, int len) throws IOException {
            writeString(new String(text, offset, len));
        }

        @Override
        public void writeFieldName(String name) throws IOException {
            delegate.writeFieldName(SafeText.wellFormed(name));
        }
    }

    public static void write(JsonGenerator g, Object value) throws IOException {
        if (value == null) {
            g.writeNull();
        } else if (value instanceof String s) {
            g.writeString(s);
        } else if (value instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            g.writeNumber(((Number) value).longValue());
        } else if (value instanceof Double d) {
            g.writeNumber(d);
        } else if (value instanceof Float f) {
            g.writeNumber(f.doubleValue());
        } else if (value instanceof Number n) {
            g.writeNumber(n.toString());
        } else if (value instanceof Location l) {
            g.writeStartObject();
            g.writeStringField("file", l.file());
            g.writeNumberField("line", l.line());
            g.writeEndObject();
        } else if (value instanceof Map<?, ?> m) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                g.writeFieldName(String.valueOf(e.getKey()));
                write(g, e.getValue());
            }
            g.writeEndObject();
        } else if (value instanceof Collection<?> c) {
            g.writeStartArray();
            for (Object o : c) {
                write(g, o);
            }
            g.writeEndArray();
        } else if (value instanceof long[] a) {
            g.writeArray(a, 0, a.length);
        } else if (value instanceof int[] a) {
            g.writeArray(a, 0, a.length);
        } else {
            g.writeString(value.toString());
        }
    }
}
