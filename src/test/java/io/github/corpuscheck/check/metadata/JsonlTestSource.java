package io.github.corpuscheck.check.metadata;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.corpuscheck.io.CorpusSource;
import io.github.corpuscheck.io.DocumentConsumer;
import io.github.corpuscheck.model.FindingSink;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/**
 * Test-scope JSON Lines reader (flat string fields; {@code text} is the body, {@code id} the id, else
 * {@code file:line}); {@code .gz} files are decompressed. The plugin's own reader lives in the io package.
 */
final class JsonlTestSource implements CorpusSource {

    private final List<Path> files;

    JsonlTestSource(List<Path> files) {
        this.files = List.copyOf(files);
    }

    @Override
    public void read(DocumentConsumer consumer, FindingSink problems) throws IOException {
        JsonFactory f = new JsonFactory();
        int n = 0;
        for (Path file : files) {
            String name = file.getFileName().toString();
            InputStream in = Files.newInputStream(file);
            if (name.endsWith(".gz")) {
                in = new GZIPInputStream(in);
            }
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                int lineNo = 0;
                while ((line = r.readLine()) != null) {
                    lineNo++;
                    if (line.isBlank()) {
                        continue;
                    }
                    Map<String, String> fields = new TreeMap<>();
                    try (JsonParser p = f.createParser(line)) {
                        p.nextToken();
                        while (p.nextToken() == JsonToken.FIELD_NAME) {
                            String key = p.currentName();
                            if (p.nextToken() == JsonToken.VALUE_STRING) {
                                fields.put(key, p.getText());
                            } else {
                                p.skipChildren();
                            }
                        }
                    }
                    String text = fields.remove("text");
                    String id = fields.containsKey("id") ? fields.get("id") : name + ":" + lineNo;
                    consumer.accept(ListSource.document(n++, id, name, lineNo, fields, text));
                }
            }
        }
    }

    @Override
    public void reread(BitSet wanted, DocumentConsumer consumer) {
        throw new UnsupportedOperationException("not needed by the metadata check");
    }

    @Override
    public int files() {
        return files.size();
    }

    @Override
    public long bytes() {
        return 0;
    }
}
