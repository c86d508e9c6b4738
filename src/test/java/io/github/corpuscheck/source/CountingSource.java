package io.github.corpuscheck.source;

import io.github.corpuscheck.api.DocumentConsumer;
import io.github.corpuscheck.api.FindingSink;
import java.io.IOException;
import java.util.BitSet;

/** A {@link CorpusReader} that counts what the engine reads through it: documents read, re-read calls and documents. */
public final class CountingSource implements CorpusSource {

    public final CorpusReader reader;
    public long documentsRead;
    public int rereadCalls;
    public long rereadDocuments;

    public CountingSource(CorpusReader reader) {
        this.reader = reader;
    }

    @Override
    public void read(DocumentConsumer consumer, FindingSink problems) throws IOException {
        reader.read(d -> {
            documentsRead++;
            consumer.accept(d);
        }, problems);
    }

    @Override
    public boolean read(DocumentConsumer consumer, FindingSink problems, FileGate gate) throws IOException {
        return reader.read(d -> {
            documentsRead++;
            consumer.accept(d);
        }, problems, gate);
    }

    @Override
    public void reread(BitSet wanted, DocumentConsumer consumer) throws IOException {
        rereadCalls++;
        reader.reread(wanted, d -> {
            rereadDocuments++;
            consumer.accept(d);
        });
    }

    @Override
    public int files() {
        return reader.files();
    }

    @Override
    public long bytes() {
        return reader.bytes();
    }
}
