package io.github.corpuscheck.spark;

import io.github.corpuscheck.api.Finding;
import io.github.corpuscheck.cache.CacheFile;
import io.github.corpuscheck.cache.IncrementalCache;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;

/**
 * The documents of one corpus file as its pieces' executors left them: decoded one piece at a time, when the replay
 * reaches it, with indices moved from the piece to the file; the previous piece is dropped. So a file of a million
 * documents never has all its states (with their exact shingle sets) in memory at once.
 */
final class PieceDocs extends AbstractList<CacheFile.Doc> {

    private final List<SparkAnalysis.Result> pieces;
    private final CacheFile format;
    /** Index of each piece's first document in the file, and the total at the end. */
    private final int[] starts;
    private int current = -1;
    private List<CacheFile.Doc> docs = List.of();

    /** The entry bytes of a piece, by its order. */
    private final java.util.function.IntFunction<byte[]> stream;

    PieceDocs(List<SparkAnalysis.Result> pieces, CacheFile format, java.util.function.IntFunction<byte[]> stream) {
        this.pieces = pieces;
        this.format = format;
        this.stream = stream;
        this.starts = new int[pieces.size() + 1];
        for (int i = 0; i < pieces.size(); i++) {
            starts[i + 1] = starts[i] + pieces.get(i).documents();
        }
    }

    @Override
    public int size() {
        return starts[pieces.size()];
    }

    @Override
    public CacheFile.Doc get(int index) {
        if (index < 0 || index >= size()) {
            throw new IndexOutOfBoundsException(index);
        }
        int piece = current >= 0 && index >= starts[current] && index < starts[current + 1] ? current : pieceOf(index);
        if (piece != current) {
            docs = decode(piece);
            current = piece;
        }
        return docs.get(index - starts[piece]);
    }

    private int pieceOf(int index) {
        int p = java.util.Arrays.binarySearch(starts, index);
        p = p >= 0 ? p : -p - 2;
        while (starts[p + 1] == starts[p]) { // a piece without documents
            p++;
        }
        return p;
    }

    private List<CacheFile.Doc> decode(int piece) {
        try {
            SparkAnalysis.Result r = pieces.get(piece);
            CacheFile.Entry e = format.decode(stream.apply(r.order()));
            if (e.docs.size() != r.documents()) {
                throw new IOException("Piece " + r.order() + " holds " + e.docs.size() + " documents, not " + r.documents());
            }
            int offset = starts[piece];
            List<CacheFile.Doc> out = new ArrayList<>(e.docs.size());
            for (CacheFile.Doc d : e.docs) {
                List<Finding> moved = new ArrayList<>(d.findings().size());
                d.findings().forEach(f -> moved.add(IncrementalCache.rebase(f, offset)));
                out.add(new CacheFile.Doc(d.id(), d.line(), d.key(), moved, d.states()));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the results of a piece of the corpus", e);
        }
    }
}
