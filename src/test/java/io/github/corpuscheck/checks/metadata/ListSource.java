package io.github.corpuscheck.checks.metadata;

import io.github.corpuscheck.api.Document;
import io.github.corpuscheck.api.DocumentConsumer;
import io.github.corpuscheck.api.FindingSink;
import io.github.corpuscheck.api.Paragraph;
import io.github.corpuscheck.source.CorpusSource;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Documents held in memory (test scope), one file each unless a file is given. */
final class ListSource implements CorpusSource {

    final List<Document> docs = new ArrayList<>();

    /** Adds a document; {@code kv} are field name/value pairs. */
    ListSource add(String id, String text, String... kv) {
        return addIn(id, 1, id, text, kv);
    }

    ListSource addIn(String file, int line, String id, String text, String... kv) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i + 1 < kv.length; i += 2) {
            fields.put(kv[i], kv[i + 1]);
        }
        docs.add(document(docs.size(), id, file, line, fields, text));
        return this;
    }

    static Document document(int index, String id, String file, int line, Map<String, String> fields, String text) {
        List<Paragraph> paras = new ArrayList<>();
        if (text != null) {
            String[] lines = text.split("\n");
            for (int i = 0; i < lines.length; i++) {
                if (!lines[i].isBlank()) {
                    paras.add(new Paragraph(lines[i].trim(), line + i));
                }
            }
        }
        return new Document(index, id, file, line, fields, text, line, paras);
    }

    @Override
    public void read(DocumentConsumer consumer, FindingSink problems) {
        docs.forEach(consumer::accept);
    }

    @Override
    public void reread(BitSet wanted, DocumentConsumer consumer) {
        docs.stream().filter(d -> wanted.get(d.index())).forEach(consumer::accept);
    }

    @Override
    public int files() {
        return docs.size();
    }

    @Override
    public long bytes() {
        return 0;
    }
}
