package io.github.corpuscheck.adopt;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import io.github.corpuscheck.internal.AtomicFiles;
import io.github.corpuscheck.internal.SafeText;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes {@code corpus-baseline.json}, a file meant to be committed: sorted entries, two-space
 * indentation, {@code \n} line ends, nothing that changes between runs (no dates, no tool version).
 *
 * <pre>{@code
 * {
 *   "fingerprintVersion": 1,
 *   "findings": [
 *     {
 *       "rule": "duplicate.exact",
 *       "document": "wire/b.txt",
 *       "fingerprint": "432a6d77e253fea9",
 *       "related": [
 *         "wire/a.txt"
 *       ]
 *     }
 *   ]
 * }
 * }</pre>
 */
public final class BaselineFile {

    private static final JsonFactory FACTORY = new JsonFactory();

    private BaselineFile() {}

    /**
     * Writes the baseline through a temporary file next to it, moved into place when complete: on a full disk or any
     * other failure the committed baseline stays as it was.
     */
    public static void write(Baseline baseline, Path file) throws IOException {
        AtomicFiles.write(file, out -> {
            try (JsonGenerator g = FACTORY.createGenerator(out)) {
                DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
                g.setPrettyPrinter(new DefaultPrettyPrinter(Separators.createDefaultInstance()
                                .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                        .withObjectIndenter(indenter).withArrayIndenter(indenter));
                g.writeStartObject();
                g.writeNumberField("fingerprintVersion", baseline.fingerprintVersion());
                g.writeArrayFieldStart("findings");
                for (Baseline.Entry e : baseline.entries()) {
                    g.writeStartObject();
                    g.writeStringField("rule", e.rule());
                    g.writeStringField("document", e.document());
                    g.writeStringField("fingerprint", e.fingerprint());
                    if (!e.related().isEmpty()) {
                        g.writeArrayFieldStart("related");
                        for (String r : e.related()) {
                            g.writeString(r);
                        }
                        g.writeEndArray();
                    }
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
                g.writeRaw('\n');
            }
        });
    }

    /** Reads a baseline; a malformed file is an {@link IllegalArgumentException} naming the file and the problem. */
    public static Baseline read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file);
                JsonParser p = FACTORY.createParser(in)) {
            expect(p.nextToken(), JsonToken.START_OBJECT, file);
            Integer version = null;
            List<Baseline.Entry> entries = new ArrayList<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken t = p.nextToken();
                if (name.equals("fingerprintVersion")) {
                    expect(t, JsonToken.VALUE_NUMBER_INT, file);
                    version = p.getIntValue();
                } else if (name.equals("findings")) {
                    expect(t, JsonToken.START_ARRAY, file);
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        entries.add(entry(p, file));
                    }
                } else {
                    p.skipChildren();
                }
            }
            if (version == null) {
                throw bad(file, "no fingerprintVersion");
            }
            if (version < 1 || version > Fingerprints.CURRENT_VERSION) {
                throw bad(file, "fingerprintVersion " + version + " is not known to this plugin (it knows 1 to "
                        + Fingerprints.CURRENT_VERSION + ")");
            }
            return new Baseline(version, entries);
        } catch (JsonProcessingException e) {
            String what = e.getOriginalMessage() == null ? "not valid JSON" : e.getOriginalMessage();
            boolean encoding = what.startsWith("Invalid UTF-8");
            JsonLocation at = e.getLocation();
            if (encoding) {
                what = "bytes that are not valid UTF-8"; // the column Jackson gives is a few bytes past them
            }
            throw bad(file, SafeText.oneLine(at == null || at.getLineNr() < 1 ? what
                    : what + " at line " + at.getLineNr() + (encoding ? "" : ", column " + at.getColumnNr())));
        }
    }

    private static Baseline.Entry entry(JsonParser p, Path file) throws IOException {
        String rule = null;
        String document = null;
        String fingerprint = null;
        List<String> related = new ArrayList<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken t = p.nextToken();
            switch (name) {
                case "rule" -> rule = p.getValueAsString();
                case "document" -> document = p.getValueAsString();
                case "fingerprint" -> fingerprint = p.getValueAsString();
                case "related" -> {
                    expect(t, JsonToken.START_ARRAY, file);
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        related.add(p.getValueAsString());
                    }
                }
                default -> p.skipChildren();
            }
        }
        if (rule == null || fingerprint == null) {
            throw bad(file, "an entry without rule or fingerprint near line " + p.currentLocation().getLineNr());
        }
        return new Baseline.Entry(rule, document == null ? "" : document, fingerprint, related);
    }

    private static void expect(JsonToken actual, JsonToken wanted, Path file) {
        if (actual != wanted) {
            throw bad(file, "expected " + wanted + " but found " + actual);
        }
    }

    private static IllegalArgumentException bad(Path file, String what) {
        return new IllegalArgumentException("Baseline " + file + " is not usable: " + what
                + ". Regenerate it with corpus:baseline.");
    }
}
