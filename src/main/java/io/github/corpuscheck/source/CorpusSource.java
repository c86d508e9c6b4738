package io.github.corpuscheck.source;

import io.github.corpuscheck.api.DocumentConsumer;
import io.github.corpuscheck.api.FindingSink;
import java.io.IOException;
import java.util.BitSet;

/**
 * A corpus read as a stream of documents in a stable order. Reading the same corpus twice yields the same
 * documents with the same indices.
 */
public interface CorpusSource {

    /**
     * Streams every document; problems with the input (bad bytes, malformed lines, binary files...) are reported to
     * {@code problems} as {@code input.*} findings and reading goes on.
     */
    void read(DocumentConsumer consumer, FindingSink problems) throws IOException;

    /**
     * Like {@link #read(DocumentConsumer, FindingSink)}, asking {@code gate} before each file whether to read it.
     * Returns {@code false} when this source does not support gates (it then read everything and never asked).
     */
    default boolean read(DocumentConsumer consumer, FindingSink problems, FileGate gate) throws IOException {
        read(consumer, problems);
        return false;
    }

    /** Reads again only the documents whose index is set; files holding none of them are not opened. */
    void reread(BitSet wanted, DocumentConsumer consumer) throws IOException;

    /** Files read by the last {@link #read}. */
    int files();

    /** Bytes read by the last {@link #read} (compressed size for gzip files). */
    long bytes();

    /**
     * While a {@link #read} is under way, the bytes of the corpus files read so far (on disk; a gzip file counts
     * when it is done): what progress is measured by. By default the files done.
     */
    default long bytesRead() {
        return bytes();
    }
}
