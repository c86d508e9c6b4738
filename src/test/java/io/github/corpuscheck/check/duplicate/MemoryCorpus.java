package io.github.corpuscheck.check.duplicate;

import io.github.corpuscheck.io.CorpusSource;
import io.github.corpuscheck.io.DocumentConsumer;
import io.github.corpuscheck.model.Document;
import io.github.corpuscheck.model.FindingSink;
import io.github.corpuscheck.model.Paragraph;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;

/** A corpus held in memory for duplicate tests; one paragraph a non-blank line. Counts re-reads. */
final class MemoryCorpus implements CorpusSource {

    private final List<Document> docs = new ArrayList<>();
    int rereads;
    int rereadDocuments;

    MemoryCorpus add(String id, Map<String, String> fields, String text) {
        List<Paragraph> paras = new ArrayList<>();
        if (text != null) {
            String[] lines = text.split("\n");
            for (int i = 0; i < lines.length; i++) {
                if (!lines[i].isBlank()) {
                    paras.add(new Paragraph(lines[i].strip(), i + 1));
                }
            }
        }
        docs.add(new Document(docs.size(), id, "corpus.jsonl", docs.size() + 1, fields, text, docs.size() + 1, paras));
        return this;
    }

    MemoryCorpus add(String id, String text) {
        return add(id, Map.of(), text);
    }

    int size() {
        return docs.size();
    }

    @Override
    public void read(DocumentConsumer consumer, FindingSink problems) {
        docs.forEach(consumer::accept);
    }

    @Override
    public void reread(BitSet wanted, DocumentConsumer consumer) {
        rereads++;
        for (Document d : docs) {
            if (wanted.get(d.index())) {
                rereadDocuments++;
                consumer.accept(d);
            }
        }
    }

    @Override
    public int files() {
        return 1;
    }

    @Override
    public long bytes() {
        return docs.stream().mapToLong(d -> d.text() == null ? 0 : d.text().length()).sum();
    }
}
