package io.github.corpuscheck.engine;

import io.github.corpuscheck.api.Document;
import io.github.corpuscheck.api.DocumentConsumer;
import io.github.corpuscheck.api.FindingSink;
import io.github.corpuscheck.api.Paragraph;
import io.github.corpuscheck.source.CorpusSource;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;

/**
 * A corpus held in memory, for engine and check tests; one paragraph a non-blank line. By default each document is
 * a file of its own named by its id; {@link #inOneFile} puts them on consecutive lines of one JSON Lines-like file.
 * Counts re-reads.
 */
public final class InMemorySource implements CorpusSource {

    private final List<Document> docs = new ArrayList<>();
    private final String file;
    public int rereads;
    public int rereadDocuments;

    public InMemorySource() {
        this(null);
    }

    private InMemorySource(String file) {
        this.file = file;
    }

    /** Documents on lines 1, 2, ... of one file. */
    public static InMemorySource inOneFile(String name) {
        return new InMemorySource(name);
    }

    public InMemorySource add(String id, Map<String, String> fields, String text) {
        List<Paragraph> paras = new ArrayList<>();
        if (text != null) {
            String[] lines = text.split("\n");
            for (int i = 0; i < lines.length; i++) {
                if (!lines[i].isBlank()) {
                    paras.add(new Paragraph(lines[i].strip(), i + 1));
                }
            }
        }
        int n = docs.size();
        docs.add(file == null
                ? new Document(n, id, id, 1, fields, text, 1, paras)
                : new Document(n, id, file, n + 1, fields, text, n + 1, paras));
        return this;
    }

    public InMemorySource add(String id, String text) {
        return add(id, Map.of(), text);
    }

    public int size() {
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
        return file == null ? docs.size() : 1;
    }

    @Override
    public long bytes() {
        return docs.stream().mapToLong(d -> d.text() == null ? 0 : d.text().length()).sum();
    }
}
