package io.github.corpuscheck.check;

import io.github.corpuscheck.io.CorpusSource;
import io.github.corpuscheck.io.DocumentConsumer;
import io.github.corpuscheck.model.Document;
import io.github.corpuscheck.model.FindingSink;
import io.github.corpuscheck.model.Paragraph;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;

/** A corpus held in memory, for engine tests. */
final class InMemorySource implements CorpusSource {

    private final List<Document> docs = new ArrayList<>();
    int rereads;

    InMemorySource add(String id, Map<String, String> fields, String text) {
        List<Paragraph> paras = new ArrayList<>();
        if (text != null) {
            String[] lines = text.split("\n");
            for (int i = 0; i < lines.length; i++) {
                if (!lines[i].isBlank()) {
                    paras.add(new Paragraph(lines[i].trim(), i + 1));
                }
            }
        }
        docs.add(new Document(docs.size(), id, id, 1, fields, text, 1, paras));
        return this;
    }

    @Override
    public void read(DocumentConsumer consumer, FindingSink problems) {
        docs.forEach(consumer::accept);
    }

    @Override
    public void reread(BitSet wanted, DocumentConsumer consumer) {
        rereads++;
        docs.stream().filter(d -> wanted.get(d.index())).forEach(consumer::accept);
    }

    @Override
    public int files() {
        return docs.size();
    }

    @Override
    public long bytes() {
        return docs.stream().mapToLong(d -> d.text() == null ? 0 : d.text().length()).sum();
    }
}
